/**
 * The service worker (built into /sw.js by src/integrations/offline.ts: bundled, then Workbox's
 * injectManifest adds the precache list). It keeps the pages the visitor has seen (network first,
 * so a new build replaces them on the next visit online), files with hashed names (cache first),
 * and answers from the saved areas and マイリスト when the network is off; a page never saved gets
 * the offline page. A page served from a saved copy shows its 「保存した写し」 notice.
 * Everything it names is from the site's base path: src/lib/offline/cache-names.ts, sw-routes.ts.
 */
import { clientsClaim, setCacheNameDetails } from 'workbox-core';
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';
import { ExpirationPlugin } from 'workbox-expiration';
import type { WorkboxPlugin } from 'workbox-core/types.js';
import { cacheNames, cachePrefix, isOwnCache } from '../../lib/offline/cache-names.ts';
import {
  ignoresQuery,
  isOwnPath,
  routeKind,
  SAVE_REQUEST_HEADER,
  showSavedCopyNotice,
  type RouteKind,
} from '../../lib/offline/sw-routes.ts';

// The site's tsconfig has the DOM's types, not a worker's: what this file uses of its global, named here.
declare const self: { __WB_MANIFEST: { url: string; revision: string | null }[]; skipWaiting(): Promise<void> };
/** Set by the build (esbuild `define`). */
declare const __OFFLINE_BASE__: string;
declare const __OFFLINE_SECTIONS__: string[];

const BASE = __OFFLINE_BASE__;
const SECTIONS = new Set(__OFFLINE_SECTIONS__);
const names = cacheNames(BASE);

setCacheNameDetails({ prefix: cachePrefix(BASE), precache: 'precache', suffix: '' });
void self.skipWaiting();
clientsClaim();
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

/** The saved copies, most likely freshest first: pages seen, saved areas, マイリスト, the rest. */
async function savedCacheOrder(): Promise<string[]> {
  const own = (await caches.keys()).filter((name) => isOwnCache(BASE, name));
  const first = [names.pages, names.data, names.assets, names.mylist];
  return [...first.filter((name) => own.includes(name)), ...own.filter((name) => !first.includes(name))];
}

/** The request's saved copy in any of this site's caches. */
async function findSaved(request: Request): Promise<Response | undefined> {
  const url = new URL(request.url);
  const ignoreSearch = ignoresQuery(url.pathname, BASE, request.mode === 'navigate');
  for (const name of await savedCacheOrder()) {
    const hit = await (await caches.open(name)).match(request, { ignoreSearch });
    if (hit) return hit;
  }
  return undefined;
}

async function withNotice(response: Response): Promise<Response> {
  if (!(response.headers.get('content-type') ?? '').includes('text/html')) return response;
  const html = showSavedCopyNotice(await response.text());
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
}

/** When the network fails: the saved copy from any cache; for a page never saved, the offline page. */
const fromSavedCopies = (kind: RouteKind): WorkboxPlugin => ({
  handlerDidError: async ({ request }) => {
    const saved = await findSaved(request);
    if (saved) return kind === 'page' ? withNotice(saved) : saved;
    if (kind !== 'page') return undefined;
    return matchPrecache(`${BASE}offline/index.html`);
  },
  cachedResponseWillBeUsed: async ({ cachedResponse }) =>
    cachedResponse && kind === 'page' ? withNotice(cachedResponse) : cachedResponse,
});

const strategies: Record<RouteKind, NetworkFirst | CacheFirst> = {
  page: new NetworkFirst({
    cacheName: names.pages,
    networkTimeoutSeconds: 6,
    plugins: [new ExpirationPlugin({ maxEntries: 300 }), fromSavedCopies('page')],
  }),
  hashed: new CacheFirst({
    cacheName: names.assets,
    matchOptions: { ignoreSearch: true },
    plugins: [new ExpirationPlugin({ maxEntries: 400 }), fromSavedCopies('hashed')],
  }),
  file: new NetworkFirst({
    cacheName: names.data,
    networkTimeoutSeconds: 6,
    plugins: [new ExpirationPlugin({ maxEntries: 300 }), fromSavedCopies('file')],
  }),
};

registerRoute(
  ({ request, url, sameOrigin }) =>
    sameOrigin &&
    request.method === 'GET' &&
    !request.headers.has(SAVE_REQUEST_HEADER) &&
    isOwnPath(url.pathname, BASE, SECTIONS),
  (options) => {
    const navigation = options.request.mode === 'navigate';
    return strategies[routeKind(options.url.pathname, BASE, navigation)].handle(options);
  },
);
