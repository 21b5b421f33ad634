/**
 * The portal's search router in the browser (src/lib/federation/search-router.ts): reads the small
 * directory once, then for a query only the chunks its words fall in (gzip, opened with the
 * browser's own DecompressionStream), and answers which members can have results.
 */
import {
  chunksFor,
  membersWithAll,
  membersWithPrefix,
  termWords,
  ROUTER_DIRECTORY,
  type RouterChunk,
  type RouterDirectory,
} from '../../lib/federation/search-router.ts';

export interface SearchRouter {
  /** Member ids that can answer any of the terms, in the directory's order, then those always searched. */
  candidates(terms: readonly string[]): Promise<string[]>;
}

async function gunzipJson<T>(response: Response): Promise<T> {
  if (!response.ok || !response.body) throw new Error(`${response.url}: ${response.status}`);
  const stream = response.body.pipeThrough(new DecompressionStream('gzip'));
  return (await new Response(stream).json()) as T;
}

export async function loadSearchRouter(folder: string): Promise<SearchRouter> {
  const response = await fetch(`${folder}${ROUTER_DIRECTORY}`);
  if (!response.ok) throw new Error(`${response.url}: ${response.status}`);
  const directory = (await response.json()) as RouterDirectory;
  const chunks = new Map<number, Promise<RouterChunk>>();
  const chunk = (i: number) => {
    if (!chunks.has(i))
      chunks.set(
        i,
        fetch(`${folder}${i}.json.gz`).then((r) => gunzipJson<RouterChunk>(r)),
      );
    return chunks.get(i)!;
  };
  /** Members that have a word beginning with `word`. */
  const withPrefix = async (word: string) => {
    const found = new Set<number>();
    for (const loaded of await Promise.all(chunksFor(directory.chunks, word).map(chunk)))
      membersWithPrefix(loaded, word, found);
    return found;
  };
  return {
    async candidates(terms) {
      const found = new Set<number>();
      for (const term of terms) {
        const words = termWords(term, directory.includeCharacters);
        if (words.length === 0) continue;
        for (const member of membersWithAll(await Promise.all(words.map(withPrefix)))) found.add(member);
      }
      const ids = [...found].sort((a, b) => a - b).map((member) => directory.members[member]!);
      return [...ids, ...directory.always];
    },
  };
}
