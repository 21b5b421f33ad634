import { describe, expect, it } from 'vitest';
import { areaCacheName, areaOfCache, cacheNames, cachePrefix, isOwnCache } from './cache-names.ts';
import { ignoresQuery, isOwnPath, routeKind, showSavedCopyNotice } from './sw-routes.ts';

const sections = new Set(['areas', 'resources', 'pagefind', '_astro', 'offline', 'sw.js']);

describe("the service worker's routes", () => {
  it("answers only the site's own paths: not another site's folder on the same host, never the CMS", () => {
    expect(isOwnPath('/', '/', sections)).toBe(true);
    expect(isOwnPath('/areas/x/', '/', sections)).toBe(true);
    expect(isOwnPath('/other/areas/x/', '/', sections)).toBe(false);
    expect(isOwnPath('/admin/', '/', new Set([...sections, 'admin']))).toBe(false);
    expect(isOwnPath('/care-map/areas/x/', '/care-map/', sections)).toBe(true);
    expect(isOwnPath('/areas/x/', '/care-map/', sections)).toBe(false);
  });

  it('pages network first; hashed files (bundles, search-index parts) cache first; other files network first', () => {
    expect(routeKind('/areas/x/', '/', true)).toBe('page');
    expect(routeKind('/_astro/page.b2.js', '/', false)).toBe('hashed');
    expect(routeKind('/pagefind/fragment/ja_1.pf_fragment', '/', false)).toBe('hashed');
    expect(routeKind('/pagefind-2/index/ja_2.pf_index', '/', false)).toBe('hashed');
    expect(routeKind('/pagefind/pagefind.ja_3.pf_meta', '/', false)).toBe('hashed');
    expect(routeKind('/pagefind/pagefind-entry.json', '/', false)).toBe('file');
    expect(routeKind('/pagefind/pagefind.js', '/', false)).toBe('file');
    // An area's own index (src/lib/offline/area-search.ts) is routed like the site's.
    expect(routeKind('/pagefind-areas/kita/index/ja_4.pf_index', '/', false)).toBe('hashed');
    expect(routeKind('/pagefind-areas/kita/pagefind.ja_5.pf_meta', '/', false)).toBe('hashed');
    expect(routeKind('/pagefind-areas/kita/pagefind-entry.json', '/', false)).toBe('file');
    expect(routeKind('/pagefind-areas.json', '/', false)).toBe('file');
    expect(routeKind('/list/entries/3.json', '/', false)).toBe('file');
  });

  it("matches search-index files and pages without their query (Pagefind's ?ts=, /search/?q=)", () => {
    expect(ignoresQuery('/pagefind/pagefind-entry.json', '/', false)).toBe(true);
    expect(ignoresQuery('/search/', '/', true)).toBe(true);
    expect(ignoresQuery('/care-map/pagefind-areas/kita/pagefind-entry.json', '/care-map/', false)).toBe(true);
    expect(ignoresQuery('/list/entries/3.json', '/', false)).toBe(false);
  });

  it("shows a saved page's notice", () => {
    const html = '<body><p class="saved-copy-notice" role="note" data-saved-copy hidden>保存した写し</p>';
    expect(showSavedCopyNotice(html)).toBe(
      '<body><p class="saved-copy-notice" role="note" data-saved-copy>保存した写し</p>',
    );
  });
});

describe('cache names from the base path', () => {
  it('two sites on one host never share or claim each other’s caches', () => {
    const root = cacheNames('/');
    const other = cacheNames('/other/');
    for (const name of Object.values(root)) {
      expect(isOwnCache('/', name)).toBe(true);
      expect(isOwnCache('/other/', name)).toBe(false);
    }
    for (const name of Object.values(other)) expect(isOwnCache('/', name)).toBe(false);
    expect(cachePrefix('/care-map')).toBe(cachePrefix('/care-map/'));
  });

  it('a saved area has a cache of its own, found again by its id', () => {
    const name = areaCacheName('/care-map/', 'asahi');
    expect(areaOfCache('/care-map/', name)).toBe('asahi');
    expect(areaOfCache('/', name)).toBeUndefined();
    expect(areaOfCache('/care-map/', cacheNames('/care-map/').pages)).toBeUndefined();
  });
});
