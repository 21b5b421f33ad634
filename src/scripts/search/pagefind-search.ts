/**
 * Pagefind for the /search/ page: loaded once, on demand (its JS and index reach no other page),
 * with every index of a large site merged into one; with the network off, the indexes of the areas
 * saved on this device instead (the page then says the rest of the town is not on it).
 *
 * Two searches run side by side and are merged by score (see src/lib/search/search-terms.ts):
 * the search keys (Japanese folded and spelled in Latin letters, so index and query are split
 * the same way) and the page text as Pagefind reads it (networks and organizations have no keys).
 */
import { pagefindFilters, type FilterState } from '../../lib/search/facets.ts';
import { mergeByScore, normalizeQuery, PAGEFIND_RANKING, queryKeys } from '../../lib/search/search-terms.ts';
import { BASE, href } from '../../lib/site/paths.ts';
import { planQuery } from '../../lib/search/query-plan.ts';
import { areaSearchFolder } from '../../lib/offline/area-search.ts';

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

/** The index a search runs on: the whole site's, or, offline, only the saved areas' (their names). */
export interface SearchIndex {
  pagefind: Pagefind;
  /** Set when only the saved areas are searched: their names, for the page to say so. */
  savedAreas?: string[];
}

/** Offline with nothing saved to search. */
export class NothingSavedError extends Error {}

/** The options every index is loaded with. */
// The index stores paths from the site root (/resources/…/); baseUrl adds BASE_PATH.
// noWorker: Pagefind's web worker is a second copy of its code (42 KB) on the first search;
// a search of one town takes milliseconds on the main thread.
const OPTIONS = { ranking: PAGEFIND_RANKING, baseUrl: BASE, noWorker: true };

/** Pagefind from the bundle at `folder` (a site path ending in '/'), with `more` bundles merged in. */
async function pagefindOf(folder: string, more: string[]): Promise<Pagefind> {
  const pagefind = (await import(/* @vite-ignore */ `${folder}pagefind.js`)) as Pagefind;
  await pagefind.options(OPTIONS);
  for (const other of more) await pagefind.mergeIndex(other, OPTIONS);
  await pagefind.init();
  return pagefind;
}

/** The whole site's index, every index of a large site merged (src/integrations/pagefind.ts). */
async function siteIndex(): Promise<Pagefind> {
  const extra = await fetch(href('/pagefind/merge.json'))
    .then((response) => (response.ok ? (response.json() as Promise<string[]>) : []))
    .catch(() => []);
  return pagefindOf(href('/pagefind/'), extra.map(href));
}

/**
 * Offline: the indexes of the areas saved on this device (src/lib/offline/area-search.ts), merged.
 * A saved whole town has no index of its own: its save holds the site's index, which is used then.
 */
async function savedAreasIndex(): Promise<SearchIndex> {
  const { savedAreas } = await import('../offline/saved-store.ts');
  const saved = await savedAreas();
  if (saved.length === 0) throw new NothingSavedError();
  const folders: string[] = [];
  for (const area of saved) {
    const folder = href(`/${areaSearchFolder(area.area)}/`);
    const own = await fetch(`${folder}pagefind-entry.json`).then(
      (response) => response.ok,
      () => false,
    );
    if (!own) return { pagefind: await siteIndex() };
    folders.push(folder);
  }
  return {
    pagefind: await pagefindOf(folders[0]!, folders.slice(1)),
    savedAreas: saved.map((area) => area.name),
  };
}

let indexLoading: Promise<SearchIndex> | undefined;

/**
 * Loads the index once: the whole site's; when the network is off (or the site's index cannot be
 * loaded), the saved areas' instead.
 */
export function loadSearchIndex(): Promise<SearchIndex> {
  indexLoading ??= (
    navigator.onLine ? siteIndex().then((pagefind) => ({ pagefind })) : Promise.reject(new Error('offline'))
  ).catch(savedAreasIndex);
  // A failure is not kept: the next search tries again (the network may be back).
  indexLoading.catch(() => (indexLoading = undefined));
  return indexLoading;
}

let filterCountsLoading: Promise<void> | undefined;

/**
 * Loads the whole filter index, so that every later search reports how many results each filter
 * value has. Only when the filters are shown: on a large site the filter index is a large part of
 * what a first search would otherwise fetch (docs/performance.md).
 */
export function loadFilterCounts(pagefind: Pagefind): Promise<void> {
  filterCountsLoading ??= pagefind.filters().then(() => undefined);
  return filterCountsLoading;
}

export interface SearchOutcome {
  results: PagefindResult[];
  counts: Record<string, Record<string, number>>;
}

/**
 * Runs a search for a filter state (see the header for the strategy). `townWords` are the town's
 * own names: like 相談 or 窓口 they only rank (splitConsultWords), never exclude.
 */
export async function runSearch(
  pagefind: Pagefind,
  state: FilterState,
  townWords: string[] = [],
): Promise<SearchOutcome> {
  const filters = pagefindFilters(state);
  const sort = state.sort === 'kana' ? { kana: 'asc' } : {};
  const words = normalizeQuery(state.q).split(' ').filter(Boolean);
  if (words.length === 0) {
    // Filters only: every entry that passes them.
    const found = await pagefind.search(null, { filters, sort });
    return { results: found?.results ?? [], counts: found?.filters ?? {} };
  }
  const search = (term: string) => pagefind.search(term, { filters, sort });
  const plan = planQuery(words, townWords);
  let query = plan.query;
  const [byKeys, byText] = await Promise.all([search(queryKeys(query.required.join(' '))), search(plan.text)]);
  let keyFound = byKeys;
  if ((byKeys?.results ?? []).length === 0 && plan.splitQuery) {
    query = plan.splitQuery;
    keyFound = await search(queryKeys(query.required.join(' ')));
  }
  const keyResults = keyFound?.results ?? [];
  const textResults = byText?.results ?? [];
  // With よみがな order both lists are already in kana order; keep the keys' list first.
  let results = state.sort === 'kana' ? mergeInOrder(keyResults, textResults) : mergeByScore(keyResults, textResults);
  if (query.ranking.length > 0 && state.sort !== 'kana') {
    // Entries that also have the consult words (or the town's name) come first.
    const all = await search(queryKeys([...query.required, ...query.ranking].join(' ')));
    results = rankFirst(results, new Set((all?.results ?? []).map((result) => result.id)));
  }
  return {
    results,
    counts: maxCounts(keyFound?.filters ?? {}, byText?.filters ?? {}),
  };
}

/** The results in `first` ahead of the others, each group in its own order. */
function rankFirst(results: PagefindResult[], first: Set<string>): PagefindResult[] {
  return [...results.filter((result) => first.has(result.id)), ...results.filter((result) => !first.has(result.id))];
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
