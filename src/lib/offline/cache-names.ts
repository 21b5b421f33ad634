/**
 * The names of the browser caches the service worker and the pages use, all from the site's base
 * path: two sites on one host (say /care-map/ and /care-map-test/) keep apart, and each cleans up
 * only what is its own. Pure TypeScript, read by the worker (src/scripts/offline/sw.ts), the
 * pages' scripts and the tests alike.
 */

/**
 * What every cache of the site at `base` starts with, e.g. 'chiiki-care-map:/care-map/|'. The '|'
 * ends the base, so the root site's prefix ('…:/|') is not the start of another site's ('…:/x/|').
 */
export const cachePrefix = (base: string): string => `chiiki-care-map:${base.replace(/\/?$/, '/')}|`;

export interface CacheNames {
  /** Workbox's precache: the offline page and what it needs. */
  precache: string;
  /** Pages the visitor has seen (network first, so a new build replaces them). */
  pages: string;
  /** Data files the pages fetched (マイリスト's entry files, map data, the search index). */
  data: string;
  /** Files with a content hash in their name (/_astro/): never change, so cache first. */
  assets: string;
  /** Pages and files kept for マイリスト's entries. */
  mylist: string;
  /** What every saved area needs (the home page, search, the map's scripts). */
  shared: string;
}

export function cacheNames(base: string): CacheNames {
  const prefix = cachePrefix(base);
  return {
    // Workbox names its precache `${prefix}-precache` (workbox-core setCacheNameDetails).
    precache: `${prefix}-precache`,
    pages: `${prefix}-pages`,
    data: `${prefix}-data`,
    assets: `${prefix}-assets`,
    mylist: `${prefix}-mylist`,
    shared: `${prefix}-shared`,
  };
}

/** The cache of one saved area. */
export const areaCacheName = (base: string, areaId: string): string => `${cachePrefix(base)}-area:${areaId}`;

/** The area id of a saved area's cache of this site, or undefined for any other cache. */
export function areaOfCache(base: string, name: string): string | undefined {
  const prefix = `${cachePrefix(base)}-area:`;
  return name.startsWith(prefix) ? name.slice(prefix.length) : undefined;
}

/** Is this cache one of this site's (and not another site's on the same host)? */
export const isOwnCache = (base: string, name: string): boolean => name.startsWith(cachePrefix(base));
