/**
 * Reads running text for ふりがな at build time. Names come first, with the readings staff checked:
 * the `kana` of every area, organization, resource and network, and the words of
 * content/readings.yaml (which win over everything, for the words the dictionary misreads,
 * 一人 → いちにん). The rest is read with the morphological analyzer (src/lib/text/japanese-analyzer.ts).
 */
import type { Token, Tokenizer } from '../text/japanese-analyzer.ts';
import { alignReading, hasKanji, joinPlain, toHiragana, type Segment } from './align.ts';

/** A written name and its staff-checked reading. */
export interface NamedReading {
  name: string;
  kana: string;
}

export interface ReaderSources {
  tokenizer: Tokenizer;
  /** Names from the content with their `kana`. */
  names: readonly NamedReading[];
  /** content/readings.yaml: word → reading; these win over names and the analyzer. */
  readings: ReadonlyMap<string, string>;
}

export interface Reader {
  /** The text in segments, kanji runs with their readings. */
  read(text: string): Segment[];
  /** Names whose kana could not be placed over their kanji (read by the analyzer instead). */
  unaligned: string[];
}

interface TrieNode {
  next: Map<string, TrieNode>;
  word?: Segment[];
}

/** Names shorter than this are left to the analyzer: a one-kanji area 「東」 would match inside any word. */
const SHORTEST_NAME = 2;

/** The segments of a name: its kana placed over its kanji, else over the whole name when it has no digits or letters. */
function nameSegments(name: string, kana: string): Segment[] | undefined {
  const aligned = alignReading(name, kana);
  if (aligned) return aligned;
  return /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}々〆ー]+$/u.test(name)
    ? [{ text: name, reading: kana.replace(/\s+/g, '') }]
    : undefined;
}

/**
 * Organizations' kana usually leave out the legal form (「医療法人社団 朝日会」 あさひかい, sorted under
 * あ): the last words of the name then carry the kana, and the legal form is read like any text.
 */
function nameTail(name: string, kana: string): NamedReading | undefined {
  const words = name.trim().split(/\s+/);
  const kanaWords = kana.trim().split(/\s+/);
  if (kanaWords.length >= words.length) return undefined;
  const tail = words.slice(words.length - kanaWords.length).join(' ');
  return alignReading(tail, kanaWords.join(' ')) ? { name: tail, kana } : undefined;
}

function insert(root: TrieNode, word: string, segments: Segment[]): void {
  let node = root;
  for (const unit of word) {
    let child = node.next.get(unit);
    if (!child) node.next.set(unit, (child = { next: new Map() }));
    node = child;
  }
  node.word = segments;
}

/** The longest dictionary word starting at `start`: its end and segments. */
function longestAt(root: TrieNode, text: string, start: number): { end: number; word: Segment[] } | undefined {
  let node: TrieNode | undefined = root;
  let found: { end: number; word: Segment[] } | undefined;
  for (let i = start; i < text.length && node;) {
    const unit = String.fromCodePoint(text.codePointAt(i)!);
    node = node.next.get(unit);
    i += unit.length;
    if (node?.word) found = { end: i, word: node.word };
  }
  return found;
}

/** Words before 「の方」 that make it a direction (右の方: みぎのほう), not a person. */
const DIRECTIONS = new Set(['右', '左', '上', '下', '前', '後ろ', '東', '西', '南', '北', '奥', '手前', '先', '横']);

/**
 * 方 as a person (かた), where IPADIC always says ほう: after a verb (「支援にあたる方」), an
 * adjective (「難しい方」), な (「必要な方」) or の after a noun (「住民の方」「専門職の方」), the way
 * this site's sentences use it. 「こちらの方」「右の方」 stay ほう, and so does 「した方が」 (た is
 * not in the list: 〜したほうがいい).
 */
function isPersonKata(token: Token, previous: Token | undefined, beforePrevious: Token | undefined): boolean {
  if (token.surface_form !== '方' || token.pos_detail_1 !== '非自立' || !previous) return false;
  if (previous.pos === '動詞' || previous.pos === '形容詞') return true;
  if (previous.pos === '助動詞') return previous.surface_form === 'な';
  if (previous.surface_form !== 'の' || previous.pos_detail_1 !== '連体化' || !beforePrevious) return false;
  return (
    beforePrevious.pos === '名詞' &&
    beforePrevious.pos_detail_1 !== '代名詞' &&
    !DIRECTIONS.has(beforePrevious.surface_form)
  );
}

/** Days of the month whose reading joins the number (1日 ついたち, 20日 はつか): no reading fits over 日 alone. */
const JOINED_DAYS = new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 14, 20, 24]);

/**
 * A counter after a number written in digits, read as dates and times are (IPADIC reads 4月 as
 * 4 つき, and 分 always ふん): 月 がつ, 分 ふん or ぷん by the last digit, 日 にち except where the
 * day has a reading of its own with its number (then '': no ruby rather than a wrong one).
 */
function counterReading(token: Token, previous: Token | undefined): string | undefined {
  if (previous?.pos_detail_1 !== '数' || !/^[0-9０-９]+$/.test(previous.surface_form)) return undefined;
  const number = Number(previous.surface_form.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)));
  switch (token.surface_form) {
    case '月':
      return 'がつ';
    case '分':
      return /[134680]$/.test(String(number)) ? 'ぷん' : 'ふん';
    case '日':
    case '日間':
      return JOINED_DAYS.has(number) ? '' : token.surface_form === '日' ? 'にち' : 'にちかん';
    default:
      return undefined;
  }
}

/** The dictionary's reading of one word, with its misreadings common in this site's sentences put right. */
function tokenReading(token: Token, previous?: Token, beforePrevious?: Token): string | undefined {
  if (isPersonKata(token, previous, beforePrevious)) return 'かた';
  const counter = counterReading(token, previous);
  if (counter !== undefined) return counter || undefined;
  return token.reading && token.reading !== '*' ? toHiragana(token.reading) : undefined;
}

/** Places a word's reading; the same word comes back thousands of times, so each is placed once. */
type Placer = (surface: string, reading: string) => Segment[] | undefined;

function placer(): Placer {
  const placed = new Map<string, Segment[] | undefined>();
  return (surface, reading) => {
    const key = `${surface}\t${reading}`;
    if (!placed.has(key)) placed.set(key, nameSegments(surface, reading));
    return placed.get(key);
  };
}

/** What stands before text that follows a name from the content (本町地区の方: the name is a noun). */
const NAME_BEFORE = { surface_form: '', pos: '名詞', pos_detail_1: '固有名詞' } as Token;

/** One stretch without dictionary words, read with the analyzer; `afterName` when a name comes just before it. */
function analyze(tokenizer: Tokenizer, text: string, place: Placer, afterName = false): Segment[] {
  if (!hasKanji(text)) return [{ text }];
  const tokens = tokenizer.tokenize(text);
  // The analyzer keeps every character; where it did not (U+0000 read as U+FFFD), the text stays as it is.
  if (tokens.map((token) => token.surface_form).join('') !== text) return [{ text }];
  const before = (index: number) => (index >= 0 ? tokens[index] : afterName && index === -1 ? NAME_BEFORE : undefined);
  return tokens.flatMap((token, index) => {
    const surface = token.surface_form;
    const reading = hasKanji(surface) ? tokenReading(token, before(index - 1), before(index - 2)) : undefined;
    return (reading && place(surface, reading)) || [{ text: surface }];
  });
}

/**
 * A name's kanji run read as one block (本町地区: ほんちょうちく) split into words where the
 * dictionary's words agree with the name's kana from either end (本町 ほんちょう + 地区 ちく), so
 * each reading sits over its own word. The part in the middle keeps the rest of the kana.
 */
function splitByWords(tokenizer: Tokenizer, segment: Segment): Segment[] {
  if (!segment.reading || segment.text.length < 3) return [segment];
  const words = tokenizer
    .tokenize(segment.text)
    .map((token) => ({ text: token.surface_form, reading: tokenReading(token) }));
  if (words.length < 2 || words.some((word) => !word.reading || !hasKanji(word.text))) return [segment];
  let rest = segment.reading;
  let first = 0;
  let last = words.length - 1;
  const fits = (word: Segment, at: 'start' | 'end') =>
    rest.length > word.reading!.length &&
    (at === 'start' ? rest.startsWith(word.reading!) : rest.endsWith(word.reading!));
  while (first < last && fits(words[first]!, 'start')) rest = rest.slice(words[first++]!.reading!.length);
  while (last > first && fits(words[last]!, 'end')) rest = rest.slice(0, -words[last--]!.reading!.length);
  const middle = {
    text: words
      .slice(first, last + 1)
      .map((word) => word.text)
      .join(''),
    reading: rest,
  };
  return [...words.slice(0, first), middle, ...words.slice(last + 1)];
}

/**
 * Marks and spaces where a sentence can be cut without changing how the analyzer reads
 * its words; the pieces between are read once per build and reused (most text on a site is the
 * same few phrases: 「相談窓口」「電話」, town names, category names).
 */
const PHRASE_BREAK = /([\s、。・，．！？!?,.:：;；/／()（）「」『』【】［］[\]〔〕<>＜＞~〜～\-－―‐]+)/u;

/** `analyze` one phrase at a time, each phrase read once; `afterName` when the text follows a name. */
function phraseReader(tokenizer: Tokenizer): (text: string, afterName: boolean) => Segment[] {
  const phrases = new Map<string, Segment[]>();
  const place = placer();
  return (text, afterName) =>
    text.split(PHRASE_BREAK).flatMap((piece, index) => {
      if (index % 2 === 1 || !hasKanji(piece)) return piece ? [{ text: piece }] : [];
      const named = afterName && index === 0;
      const key = named ? `\0${piece}` : piece;
      let segments = phrases.get(key);
      if (!segments) phrases.set(key, (segments = analyze(tokenizer, piece, place, named)));
      return segments;
    });
}

/** Words newer than the dictionary (IPADIC reads 令和 as りょう + わ); content/readings.yaml comes after and wins. */
const BUILT_IN_READINGS: [string, string][] = [['令和', 'れいわ']];

/** A reader for one build; the dictionary of names is made once. */
export function makeReader({ tokenizer, names, readings }: ReaderSources): Reader {
  const root: TrieNode = { next: new Map() };
  const unaligned: string[] = [];
  for (const named of names) {
    if (named.name.length < SHORTEST_NAME || !hasKanji(named.name)) continue;
    const { name, kana } = nameSegments(named.name, named.kana) ? named : (nameTail(named.name, named.kana) ?? named);
    if (!hasKanji(name)) continue; // 「株式会社 ケアリンク」: the kana is all over kana
    const segments = nameSegments(name, kana)?.flatMap((segment) => splitByWords(tokenizer, segment));
    if (segments) insert(root, name, segments);
    else unaligned.push(name);
  }
  for (const [word, kana] of [...BUILT_IN_READINGS, ...readings]) {
    insert(
      root,
      word,
      (nameSegments(word, kana) ?? [{ text: word }]).flatMap((segment) => splitByWords(tokenizer, segment)),
    );
  }
  const readPlain = phraseReader(tokenizer);
  return {
    unaligned,
    read(text) {
      const out: Segment[] = [];
      let plainStart = 0;
      for (let i = 0; i < text.length;) {
        const hit = longestAt(root, text, i);
        if (!hit) {
          i++;
          continue;
        }
        out.push(...readPlain(text.slice(plainStart, i), plainStart > 0), ...hit.word);
        i = plainStart = hit.end;
      }
      out.push(...readPlain(text.slice(plainStart), plainStart > 0));
      return joinPlain(out);
    },
  };
}
