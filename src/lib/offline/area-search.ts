/**
 * Each area's own small search index, so that saving one 地区 does not mean saving the whole
 * town's: at 10,000 resources the site's Pagefind index is megabytes (docs/performance.md), a
 * 地区's is a few hundred KB. The build writes one per 地区 (areasWithOwnSearch;
 * src/integrations/search-index-worker.ts) from the search documents among the pages its save
 * list names; the save button stores it with the area; offline, /search/ searches the saved
 * areas' indexes and says that the rest of the town is not on this device
 * (src/scripts/search/pagefind-search.ts). The whole town's save keeps the site's own index.
 */
import type { SiteModel } from '../model/model.ts';

type Area = SiteModel['areas'][number];

/** The folder (below the site's base) that holds every area's index. */
export const AREA_SEARCH_ROOT = 'pagefind-areas';

/** The folder of one area's index, below the site's base. */
export const areaSearchFolder = (areaId: string): string => `${AREA_SEARCH_ROOT}/${areaId}`;

/**
 * Fragment files per area index at most: an area's results are saved together, so a few shared
 * files serve as well as one per entry, and the output stays under its file-count target.
 */
export const AREA_MAX_FRAGMENTS = 8;

/**
 * The areas that get an index of their own: those below the municipality with no area inside
 * them (the 地区; a town without 圏域 its 地域). A larger area's save (a 圏域, the whole town)
 * keeps the site's index: indexing every level would index each entry once more per level,
 * and the build would pay for it.
 */
export function areasWithOwnSearch(areas: readonly Pick<Area, 'id' | 'level' | 'parent'>[]): string[] {
  const parents = new Set(areas.map((area) => area.parent).filter(Boolean));
  return areas.filter((area) => area.level !== 'municipality' && !parents.has(area.id)).map((area) => area.id);
}

/**
 * The search documents of an area's index: the pages of its save list (site paths from the
 * root, as `areaSaveList(model, id, (p) => p)` gives them) that are search documents.
 */
export function areaSearchDocuments(pages: readonly string[], documentUrls: ReadonlySet<string>): string[] {
  return [...new Set(pages.filter((page) => documentUrls.has(page)))];
}

/**
 * Files Pagefind writes that this site never loads: its ready-made interfaces (the search page
 * is our own) and its web worker (the search runs with `noWorker`). Left out of every save, and
 * not written for the area indexes at all.
 */
export const isUnusedSearchFile = (name: string): boolean =>
  /^pagefind-(?:component-ui|modular-ui|ui|highlight|worker)\./.test(name);
