/**
 * The portal's search router: which members can answer a query at all, so that the browser merges
 * only their Pagefind indexes instead of all of them (each merged member costs its page list and
 * its word chunks on the first search, about 35 KB at 1,000 entries: 2 MB and more at 62 members).
 *
 * At portal build time every word a member's index holds (read back from the word chunks of its
 * published Pagefind index, pagefind-words.ts) goes into one sorted word list with the members that
 * have it, cut into gzipped chunks by word range (like Pagefind's own index). A query's terms are
 * read the way Pagefind's browser code reads them (Japanese word segmentation, punctuation dropped,
 * lower case, diacritics folded); a member is a candidate when every term of some search is the
 * beginning of one of its words. That is never fewer members than Pagefind would find results in
 * (the same words, prefix matching, all terms), only sometimes more (the words on different pages).
 * Pure functions: the files are written by write-search-router.ts and read in the browser by
 * src/scripts/federation/search-router.ts.
 */

/** Where the router lives in the portal's output (a folder of its own beside tiles/). */
export const ROUTER_FOLDER = 'search-router/';
export const ROUTER_DIRECTORY = 'index.json';

export interface RouterDirectory {
  version: 1;
  /** Member ids; a chunk names members by their position here. */
  members: string[];
  /** Members whose words could not be read: searched for every query, never left out. */
  always: string[];
  /** The first word of each chunk, in order (chunk i is `<i>.json.gz`). */
  chunks: string[];
  /** Characters Pagefind keeps although they are punctuation (its pagefind-entry.json). */
  includeCharacters: string[];
}

/** A chunk: sorted words, each with the member (position) or members that have it. */
export type RouterChunk = [word: string, members: number | number[]][];

const PUNCTUATION = /^[\p{Pd}\p{Pe}\p{Pf}\p{Pi}\p{Po}\p{Ps}]$/u;

/** Pagefind's diacritic folding (marks dropped, the kana voicing marks kept). */
export function foldDiacritics(word: string): string {
  const stripped = word.normalize('NFD').replace(/(?![\u3099\u309A])\p{M}/gu, '');
  return /[\u3099\u309A]/.test(stripped) ? stripped.normalize('NFC') : stripped;
}

const graphemes = new Intl.Segmenter('ja', { granularity: 'grapheme' });

/** Latin letters, digits, kana and common kanji: no punctuation, nothing to fold (the common case). */
const PLAIN = /^[0-9A-Za-z\u3041-\u3096\u30A1-\u30FA\u30FC\u4E00-\u9FFF]+$/;

/** One word as Pagefind compares it: punctuation dropped (but the kept characters), lower case, folded. */
export function normalizeWord(word: string, include: readonly string[] = []): string {
  if (PLAIN.test(word)) return word.toLowerCase();
  let out = '';
  for (const { segment } of graphemes.segment(word)) {
    if (include.includes(segment)) out += segment;
    else if (!PUNCTUATION.test(segment)) out += segment.toLocaleLowerCase();
  }
  return foldDiacritics(out.replace(/\s+/g, ''));
}

const words = new Intl.Segmenter('ja', { granularity: 'word' });

/** A search term's words as Pagefind's browser code makes them for a Japanese index. */
export function termWords(term: string, include: readonly string[] = []): string[] {
  const out: string[] = [];
  for (const { segment } of words.segment(term)) {
    for (const piece of segment.split(/\s+/)) {
      const word = normalizeWord(piece, include);
      if (word) out.push(word);
    }
  }
  return out;
}

/** Which chunks can hold a word that begins with `prefix` (positions in `firstWords`). */
export function chunksFor(firstWords: readonly string[], prefix: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < firstWords.length; i++) {
    const from = firstWords[i]!;
    const next = firstWords[i + 1];
    // words beginning with prefix sort from `prefix` on, before anything greater that lacks it
    const startsAfter = from > prefix && !from.startsWith(prefix);
    const endsBefore = next !== undefined && next <= prefix;
    if (!startsAfter && !endsBefore) out.push(i);
  }
  return out;
}

/** The members (positions) that have a word beginning with `prefix` in a chunk. */
export function membersWithPrefix(chunk: RouterChunk, prefix: string, into = new Set<number>()): Set<number> {
  for (const [word, members] of chunk) {
    if (!word.startsWith(prefix)) continue;
    if (typeof members === 'number') into.add(members);
    else for (const member of members) into.add(member);
  }
  return into;
}

/** Members (positions) that have every word, given each word's members. */
export function membersWithAll(perWord: readonly Set<number>[]): Set<number> {
  if (perWord.length === 0) return new Set();
  const [first, ...rest] = perWord;
  return new Set([...first!].filter((member) => rest.every((set) => set.has(member))));
}

/**
 * The word list from each member's words (in member order), cut into chunks of about
 * `chunkChars` characters of JSON: the directory's first words and the chunks.
 */
export function buildRouterChunks(
  memberWords: readonly Iterable<string>[],
  chunkChars = 60_000,
): { firstWords: string[]; chunks: RouterChunk[] } {
  const owners = new Map<string, number | number[]>();
  memberWords.forEach((list, member) => {
    for (const word of list) {
      const had = owners.get(word);
      if (had === undefined) owners.set(word, member);
      else if (typeof had === 'number') {
        if (had !== member) owners.set(word, [had, member]);
      } else if (had[had.length - 1] !== member) had.push(member);
    }
  });
  const sorted = [...owners.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const chunks: RouterChunk[] = [];
  const firstWords: string[] = [];
  let current: RouterChunk = [];
  let size = 0;
  for (const word of sorted) {
    const members = owners.get(word)!;
    current.push([word, members]);
    size += word.length + (typeof members === 'number' ? 4 : members.length * 3) + 6;
    if (size >= chunkChars) {
      firstWords.push(current[0]![0]);
      chunks.push(current);
      current = [];
      size = 0;
    }
  }
  if (current.length > 0 || chunks.length === 0) {
    firstWords.push(current[0]?.[0] ?? '');
    chunks.push(current);
  }
  return { firstWords, chunks };
}
