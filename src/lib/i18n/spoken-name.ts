/**
 * How to say an entry's Japanese name on the phone, for pages in other languages: its staff-checked
 * `kana` in romaji, cut into the name's words (「北部地域包括支援センター」 ほくぶちいきほうかつしえんせんたー →
 * 「Hokubu Chiiki Hokatsu Shien Senta」), so a caller can read it out a word at a time.
 *
 * The kana stays the only source of the sounds: the analyzer (kuromoji, build time only) only says
 * where the words of the written name end. A cut is made where the dictionary's reading of the words
 * matches the kana from either end of the name; where they disagree (本町 ほんまち in the dictionary,
 * ほんちょう in the kana) the words in between stay one word. Spaces in the kana are always cuts.
 * Suffixes stay on their word (認知症, 相談室, 対応型), and a particle joins its neighbours (にしはらの家
 * is one word), as names are written in Latin letters on signs.
 */
import { toHiragana as hiragana } from '../furigana/align.ts';
import { newTokenizer, type Token, type Tokenizer } from '../text/japanese-analyzer.ts';
import { kanaToRomaji } from '../text/romaji.ts';

/** A word of the written name, with its reading in hiragana (undefined when unknown). */
interface Word {
  surface: string;
  reading: string | undefined;
  kind: 'word' | 'particle-no' | 'particle' | 'space';
}

const KANA_ONLY = /^[\p{Script=Hiragana}\p{Script=Katakana}ー]+$/u;
const HIRAGANA_ONLY = /^[\p{Script=Hiragana}ー]+$/u;
/** Kana that cannot begin a word (ん, っ, small kana, ー). */
const NOT_FIRST = /^[んっゃゅょぁぃぅぇぉゎー]/u;

function readingOf(token: Token): string | undefined {
  if (token.reading && token.reading !== '*') return hiragana(token.reading);
  // Words the dictionary does not know (デイ) are read as written when written in kana.
  return KANA_ONLY.test(token.surface_form) ? hiragana(token.surface_form) : undefined;
}

const joinReadings = (a: string | undefined, b: string | undefined) =>
  a === undefined || b === undefined ? undefined : a + b;

/** Two words made one. */
const joined = (a: Word, b: Word): Word => ({
  surface: a.surface + b.surface,
  reading: joinReadings(a.reading, b.reading),
  kind: 'word',
});

/**
 * A suffix that belongs to the word before it: one character (症, 室, 会, 市), kana (づくり), or a
 * counter after a number (一丁目, 24時間). Longer ones the dictionary calls suffixes are words of
 * their own in names (東台 通いの場).
 */
const isSuffix = (token: Token, previous: Token | undefined) =>
  token.pos_detail_1 === '接尾' &&
  ([...token.surface_form].length === 1 ||
    !/\p{Script=Han}/u.test(token.surface_form) ||
    previous?.pos_detail_1 === '数');

/** The analyzer's words, suffixes joined to the word before them (認知+症), prefixes to the word after. */
function tokenWords(tokenizer: Tokenizer, name: string): Word[] {
  const words: Word[] = [];
  let prefix: Word | undefined;
  let previous: Token | undefined;
  for (const token of tokenizer.tokenize(name.normalize('NFKC'))) {
    const surface = token.surface_form;
    let word: Word;
    if (/^\s+$/u.test(surface) || (token.pos === '記号' && !KANA_ONLY.test(surface)))
      word = { surface, reading: '', kind: 'space' };
    else if (token.pos === '助詞')
      word = { surface, reading: readingOf(token), kind: surface === 'の' ? 'particle-no' : 'particle' };
    else word = { surface, reading: readingOf(token), kind: 'word' };
    if (prefix) {
      if (word.kind !== 'space') word = joined(prefix, word);
      else words.push(prefix);
      prefix = undefined;
    }
    const last = words.at(-1);
    if (token.pos === '接頭詞') prefix = word;
    else if (isSuffix(token, previous) && last?.kind === 'word') words[words.length - 1] = joined(last, word);
    else words.push(word);
    previous = token;
  }
  if (prefix) words.push(prefix);
  return words;
}

/**
 * The name's words: the analyzer's, with runs of hiragana made one word (it cuts hiragana names at
 * random: ひな+た), except the particle の between two words, which stands alone (かえで の 木). An の
 * before a space or at the end closes a name (きた+の: 北野).
 */
function wordsOf(tokenizer: Tokenizer, name: string): Word[] {
  const words = tokenWords(tokenizer, name);
  for (const [index, word] of words.entries()) {
    const next = words[index + 1];
    if (word.kind === 'particle-no' && (!next || next.kind === 'space' || index === 0)) word.kind = 'word';
  }
  const hiraganaWord = (word: Word) =>
    (word.kind === 'word' || word.kind === 'particle') && HIRAGANA_ONLY.test(word.surface);
  const out: Word[] = [];
  for (const word of words) {
    const last = out.at(-1);
    if (last && hiraganaWord(last) && hiraganaWord(word)) out[out.length - 1] = joined(last, word);
    else out.push(word);
  }
  return out;
}

/** Whether the romaji may have a space between two neighbouring words. */
function mayCut(before: Word, after: Word): boolean {
  if (before.kind === 'space' || after.kind === 'space') return true;
  if (before.kind === 'particle-no' || after.kind === 'particle-no') return true;
  if (before.kind === 'particle' || after.kind === 'particle') return false;
  // A word of one or two hiragana is usually a piece the analyzer cut off a longer name (歩+こう+会).
  const short = (word: Word) => HIRAGANA_ONLY.test(word.surface) && [...word.surface].length <= 2;
  if (short(before) || short(after)) return false;
  return !NOT_FIRST.test(after.reading ?? '');
}

/** Kana without voicing marks (じょ → しょ): sounds are voiced where words join (診療+所 しんりょうじょ). */
const unvoiced = (text: string) => text.normalize('NFD').replace(/[\u3099\u309a]/gu, '');

/** Whether the kana at `at` reads `reading`, allowing sounds voiced where words join (rendaku). */
function readsAt(kana: string, at: number, reading: string): boolean {
  if (at < 0 || at + reading.length > kana.length) return false;
  const written = kana.slice(at, at + reading.length);
  return written === reading || unvoiced(written) === unvoiced(reading);
}

/** Cuts in the kana (positions in it without spaces), and where the particle の stands alone. */
interface Cuts {
  at: Set<number>;
  particles: Set<number>;
}

/**
 * Where the kana (without spaces) can be cut between the name's words: the positions after each word
 * whose reading matches from the start, and before each word matching from the end.
 */
function cutsFromWords(words: Word[], kana: string): Cuts {
  const found: Cuts = { at: new Set(), particles: new Set() };
  const placed = new Map<number, [number, number]>(); // index of the word → where its kana starts and ends
  let start = 0;
  let first = 0;
  for (; first < words.length; first++) {
    const reading = words[first]!.reading;
    if (reading === undefined || !readsAt(kana, start, reading)) break;
    placed.set(first, [start, (start += reading.length)]);
  }
  let end = kana.length;
  let last = words.length - 1;
  for (; last >= first; last--) {
    const reading = words[last]!.reading;
    if (reading === undefined || end - reading.length < start || !readsAt(kana, end - reading.length, reading)) break;
    placed.set(last, [(end -= reading.length), end + reading.length]);
  }
  // Words matched from either end are cuts even where the kana leaves some words out (a name's
  // （専門職向け） or ステーション not in its kana): what lies between stays one word.
  for (const [index, [from, to]] of placed) {
    if (index + 1 < words.length && mayCut(words[index]!, words[index + 1]!)) found.at.add(to);
    if (index > 0 && mayCut(words[index - 1]!, words[index]!)) found.at.add(from);
    if (words[index]!.kind === 'particle-no') found.particles.add(from);
  }
  found.at = new Set([...found.at].filter((position) => position > 0 && position < kana.length));
  return found;
}

/** A word of the name's kana, and whether it is the particle の (written in lower case). */
export interface NameWord {
  kana: string;
  particle: boolean;
}

/** The name's kana cut into words (hiragana): at the kana's own spaces and marks, and between the name's words. */
export function nameWords(tokenizer: Tokenizer, name: string, kana: string): NameWord[] {
  // Spaces and marks (・) in the kana are cuts and have no sound.
  const spaced = hiragana(kana.normalize('NFKC'))
    .replace(/[\s\p{P}\p{S}]+/gu, ' ')
    .trim();
  const compact = spaced.replace(/\s+/g, '');
  const { at: cuts, particles } = cutsFromWords(wordsOf(tokenizer, name), compact);
  let position = 0;
  for (const ch of spaced) {
    if (/\s/.test(ch)) cuts.add(position);
    else position += ch.length;
  }
  const edges = [0, ...[...cuts].sort((a, b) => a - b), compact.length];
  return edges.slice(1).flatMap((to, index) => {
    const from = edges[index]!;
    return to > from ? [{ kana: compact.slice(from, to), particle: particles.has(from) && to - from === 1 }] : [];
  });
}

/** Words in romaji, each capitalized but the particle の: かえで の き → 「Kaede no Ki」. */
export function romajiWords(words: readonly NameWord[]): string {
  return words
    .map(({ kana, particle }) => {
      const word = kanaToRomaji(kana);
      return particle ? word : word.charAt(0).toUpperCase() + word.slice(1);
    })
    .filter(Boolean)
    .join(' ');
}

const spoken = new Map<string, string>();

/** How long the build keeps the analyzer after the last new name. */
export const ANALYZER_IDLE_MS = 5_000;
let analyzer: Promise<Tokenizer> | undefined;
let letGo: ReturnType<typeof setTimeout> | undefined;

/**
 * The analyzer for the names of a burst of pages, let go once no new name has come for a while:
 * it holds about 300 MB, which the rest of the build (Pagefind, ふりがな's own threads) can use.
 */
function borrowAnalyzer(): Promise<Tokenizer> {
  analyzer ??= newTokenizer();
  clearTimeout(letGo);
  letGo = setTimeout(() => (analyzer = undefined), ANALYZER_IDLE_MS);
  letGo.unref?.();
  return analyzer;
}

/** Whether the analyzer is held now (for tests). */
export const analyzerHeld = () => analyzer !== undefined;

/**
 * The name in romaji words, for a page in another language. The analyzer loads when such a page
 * first shows a name (about a second) and is let go when pages stop asking; each name is worked out once.
 */
export async function spokenName(name: string, kana: string): Promise<string> {
  const key = `${name}\t${kana}`;
  let found = spoken.get(key);
  if (found === undefined) {
    found = romajiWords(nameWords(await borrowAnalyzer(), name, kana));
    spoken.set(key, found);
  }
  return found;
}
