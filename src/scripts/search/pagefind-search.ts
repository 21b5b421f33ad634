/**
 * Pagefind for the /search/ page: loaded once, on demand (its JS and index reach no other page),
 * with every index of a large site merged into one.
 *
 * Two searches run side by side and are merged by score (see src/lib/search/search-terms.ts):
 * the search keys (Japanese folded and spelled in Latin letters, so index and query are split
 * the same way) and the page text as Pagefind reads it (networks and organizations have no keys).
 */
import { pagefindFilters, type FilterState } from '../../lib/search/facets.ts';
import { mergeByScore, normalizeQuery, queryKeys } from '../../lib/search/search-terms.ts';
import { BASE, href } from '../../lib/site/paths.ts';

/** What Pagefind gives for a result once asked: its URL and the meta fields of its document. */
export interface ResultData {
  url: string;
  meta: Record<string, string>;
}

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<ResultData>;
}
interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}
export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  mergeIndex(url: string, options?: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(term: string | null, options?: Record<string, unknown>): Promise<PagefindSearch | null>;
}

let pagefindLoading: Promise<Pagefind> | undefined;

/** Loads Pagefind once. Ranking: no penalty for long documents (a window's says a lot). */
export function loadPagefind(): Promise<Pagefind> {
  pagefindLoading ??= (async () => {
    const url = href('/pagefind/pagefind.js');
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    // The index stores paths from the site root (/resources/…/); baseUrl adds BASE_PATH.
    const options = { ranking: { pageLength: 0 }, baseUrl: BASE };
    await pagefind.options(options);
    // A large site has several indexes (src/integrations/pagefind.ts); search them as one.
    const extra = await fetch(href('/pagefind/merge.json'))
      .then((response) => (response.ok ? (response.json() as Promise<string[]>) : []))
      .catch(() => []);
    for (const folder of extra) await pagefind.mergeIndex(href(folder), options);
    await pagefind.init();
    // Loads the filter index, so every search also reports how many results each filter value has.
    await pagefind.filters();
    return pagefind;
  })();
  return pagefindLoading;
}

export interface SearchOutcome {
  results: PagefindResult[];
  counts: Record<string, Record<string, number>>;
}

/** Runs a search for a filter state (see the header for the strategy). */
export async function runSearch(pagefind: Pagefind, state: FilterState): Promise<SearchOutcome> {
  const filters = pagefindFilters(state);
  const sort = state.sort === 'kana' ? { kana: 'asc' } : {};
  const keys = queryKeys(state.q);
  if (!keys) {
    // Filters only: every entry that passes them.
    const found = await pagefind.search(null, { filters, sort });
    return { results: found?.results ?? [], counts: found?.filters ?? {} };
  }
  const [byKeys, byText] = await Promise.all([
    pagefind.search(keys, { filters, sort }),
    pagefind.search(normalizeQuery(state.q), { filters, sort }),
  ]);
  let keyResults = byKeys?.results ?? [];
  let keyCounts = byKeys?.filters ?? {};
  if (keyResults.length === 0) {
    // A long phrase that is no single term: try its words one by one (all must match).
    const split = queryKeys(state.q, true);
    if (split && split !== keys) {
      const bySplit = await pagefind.search(split, { filters, sort });
      keyResults = bySplit?.results ?? [];
      keyCounts = bySplit?.filters ?? {};
    }
  }
  const textResults = byText?.results ?? [];
  // With よみがな order both lists are already in kana order; keep the keys' list first.
  const results = state.sort === 'kana' ? mergeInOrder(keyResults, textResults) : mergeByScore(keyResults, textResults);
  return { results, counts: maxCounts(keyCounts, byText?.filters ?? {}) };
}

function mergeInOrder(first: PagefindResult[], second: PagefindResult[]): PagefindResult[] {
  const seen = new Set(first.map((result) => result.id));
  return [...first, ...second.filter((result) => !seen.has(result.id))];
}

/** Counts per filter value: the larger of the two searches (nearly always the keys'). */
function maxCounts(...all: Record<string, Record<string, number>>[]): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const counts of all) {
    for (const [key, values] of Object.entries(counts)) {
      out[key] ??= {};
      for (const [value, count] of Object.entries(values)) out[key][value] = Math.max(out[key][value] ?? 0, count);
    }
  }
  return out;
}
