/**
 * Which requests the service worker answers and how, as plain functions of the URL (the worker
 * in src/scripts/offline/sw.ts wires them to Workbox): the site's own pages only — the paths under
 * its base whose first folder the build made — so a site at '/' never keeps the pages of
 * another site under '/other/' on the same host; never the CMS (/admin/).
 */

/** How a request is answered. */
export type RouteKind =
  /** A page: the network first (a new build replaces it), the saved copy when offline. */
  | 'page'
  /** A file with a content hash in its name: the saved copy first, it never changes. */
  | 'hashed'
  /** Any other file of the site (data, the search index's entry points): the network first. */
  | 'file';

/** Folders under the base that are not the site's pages to keep (the CMS edits live content). */
const NEVER = new Set(['admin']);

/** A search index's folder: the site's (pagefind/, pagefind-2/ …) or an area's own (pagefind-areas/<id>/). */
const SEARCH_FOLDER = String.raw`pagefind(?:-\d+|-areas\/[^/]+)?\/`;
/** Search-index files whose names carry a hash of their content (Pagefind). */
const HASHED_SEARCH = new RegExp(String.raw`^${SEARCH_FOLDER}(?:(?:index|fragment|filter)\/|[^/]+\.pf_meta$)`);

/**
 * Does `pathname` belong to the site at `base`? `sections` are the first path segments the build
 * wrote (folders and files at the top of the output); '' is the home page.
 */
export function isOwnPath(pathname: string, base: string, sections: ReadonlySet<string>): boolean {
  if (!pathname.startsWith(base)) return false;
  const first = pathname.slice(base.length).split('/')[0]!;
  return !NEVER.has(first) && (first === '' || sections.has(decodeURIComponent(first)));
}

/** The route for a site path (below `base`); `navigation` when the browser asks for a page. */
export function routeKind(pathname: string, base: string, navigation: boolean): RouteKind {
  if (navigation) return 'page';
  const inside = pathname.slice(base.length);
  if (inside.startsWith('_astro/') || HASHED_SEARCH.test(inside)) return 'hashed';
  return 'file';
}

/** Search-index requests carry a cache-busting query (Pagefind's `?ts=`): matched without it. */
export const ignoresQuery = (pathname: string, base: string, navigation: boolean): boolean =>
  navigation || new RegExp(`^${SEARCH_FOLDER}`).test(pathname.slice(base.length));

/** The attribute a page's saved-copy notice carries while hidden (src/components/SavedCopyNotice.astro). */
export const SAVED_COPY_HIDDEN = 'data-saved-copy hidden';

/** A page's HTML with its saved-copy notice shown: what the worker serves from a saved copy. */
export const showSavedCopyNotice = (html: string): string => html.replace(SAVED_COPY_HIDDEN, 'data-saved-copy');

/** The header the save button's requests carry, so the worker lets them through untouched. */
export const SAVE_REQUEST_HEADER = 'x-offline-save';
