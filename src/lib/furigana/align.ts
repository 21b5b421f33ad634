/**
 * Where a reading goes over a written word: 「池尻まちづくりセンター」 read いけじりまちづくりせんたー
 * gives いけじり over 池尻 and nothing over the kana, which are already readable. The kana a word
 * already contains anchor the split; digits and Latin letters take whatever reading lies between
 * anchors but never get ruby themselves. When the split is not certain (two kanji runs with no kana
 * between them, 「緑町本町」), the caller decides (see reader.ts).
 */

/** A stretch of text and, over kanji only, its reading in hiragana. */
export interface Segment {
  text: string;
  reading?: string;
}

/** Kanji and the marks written with them in names (々 in 佐々木, ヶ in 霞ヶ関, 〆). */
export const KANJI = /[\p{Script=Han}々〆ヶ]/u;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}ー]/u;
/** Written characters with a reading of their own that is not ruby: digits and Latin letters. */
const SPOKEN_OTHER = /[\p{Nd}\p{Script=Latin}]/u;

/** Katakana → hiragana (ー stays). */
export function toHiragana(text: string): string {
  return text.replace(/[\u30a1-\u30f6]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0x60));
}

type RunKind = 'kanji' | 'kana' | 'spoken' | 'silent';

function kindOf(ch: string): RunKind {
  if (KANJI.test(ch)) return 'kanji';
  if (KANA.test(ch)) return 'kana';
  return SPOKEN_OTHER.test(ch.normalize('NFKC')) ? 'spoken' : 'silent';
}

/** The text cut into runs of one kind. */
function runsOf(text: string): { kind: RunKind; text: string }[] {
  const runs: { kind: RunKind; text: string }[] = [];
  for (const ch of text) {
    const kind = kindOf(ch);
    const last = runs.at(-1);
    if (last?.kind === kind) last.text += ch;
    else runs.push({ kind, text: ch });
  }
  return runs;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The pattern of the reading: kana literal, kanji and digits captured (lazily or greedily). */
function readingPattern(runs: { kind: RunKind; text: string }[], lazy: boolean): RegExp {
  const capture = lazy ? '(.+?)' : '(.+)';
  const source = runs
    .map((run) => (run.kind === 'kana' ? escapeRegExp(toHiragana(run.text)) : run.kind === 'silent' ? '' : capture))
    .join('');
  return new RegExp(`^${source}$`, 'u');
}

/**
 * The segments of `text` read as `reading` (hiragana or katakana; spaces ignored), or undefined
 * when the reading does not fit the kana the text contains or the split is ambiguous.
 */
export function alignReading(text: string, reading: string): Segment[] | undefined {
  return alignWhole(text, reading) ?? alignWordByWord(text, reading);
}

/**
 * Names written with spaces usually have their kana spaced the same way (「医療法人社団 朝日会」
 * いりょうほうじんしゃだん あさひかい): then each word is placed on its own, which settles splits
 * the whole name leaves ambiguous.
 */
function alignWordByWord(text: string, reading: string): Segment[] | undefined {
  const words = text.split(/(\s+)/);
  const kana = reading.trim().split(/\s+/);
  if (kana.length < 2 || kana.length !== (words.length + 1) / 2) return undefined;
  const parts = words.map((word, index) => (index % 2 === 1 ? [{ text: word }] : alignWhole(word, kana[index / 2]!)));
  return parts.every((part) => part !== undefined) ? joinPlain(parts.flat()) : undefined;
}

function alignWhole(text: string, reading: string): Segment[] | undefined {
  const runs = runsOf(text);
  if (!runs.some((run) => run.kind === 'kanji')) return [{ text }];
  const kana = toHiragana(reading.replace(/\s+/g, ''));
  const lazy = readingPattern(runs, true).exec(kana);
  const greedy = readingPattern(runs, false).exec(kana);
  // Both ways agreeing means every captured run has exactly one possible reading.
  if (!lazy || !greedy || lazy.some((part, index) => part !== greedy[index])) return undefined;
  let group = 1;
  return joinPlain(
    runs.map((run) => {
      if (run.kind === 'kana' || run.kind === 'silent') return { text: run.text };
      const part = lazy[group++]!;
      return run.kind === 'kanji' ? { text: run.text, reading: part } : { text: run.text };
    }),
  );
}

/** True when the reading can be read over the text at all: it fits the kana the text contains. */
export function readingFits(text: string, reading: string): boolean {
  return readingPattern(runsOf(text), true).test(toHiragana(reading.replace(/\s+/g, '')));
}

/** True when the text has a kanji that could carry ruby. */
export const hasKanji = (text: string) => KANJI.test(text);

/** Adjacent plain segments joined, so the markup stays small. */
export function joinPlain(segments: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const segment of segments) {
    const last = out.at(-1);
    if (last && last.reading === undefined && segment.reading === undefined) last.text += segment.text;
    else if (segment.text) out.push({ ...segment });
  }
  return out;
}
