/**
 * /map/ end to end, twice:
 *  - the sample site as built by global-setup (`basemap: gsi-pale`); newPage() blocks every
 *    request outside 127.0.0.1, so the 地理院タイル server is unreachable — the map must still
 *    draw boundaries and points over its plain background, say 「地理院タイル」, and log no errors;
 *  - a copy of the sample content with `basemap: none`, built here (no request leaves the site).
 * In both: click a cluster (the map zooms in), click a point (a popup opens), follow the popup's
 * link to the detail page; the list of what is in view works from the keyboard; axe passes.
 * Small maps (detail and area pages): the SVG drawn at build time with the place or the area's
 * dots, no map code until 「地図を動かす」, which then draws MapLibre in place; print and no-JavaScript.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { buildSite } from './build-site.ts';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkA11y, launchBrowser, newPage, siteUrl, type TestPage } from './browser.ts';
import { outputRoot, startStaticServer, type StaticServer } from './global-setup.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
let browser: Browser;
let noneServer: StaticServer;
let noneDir: string;
/** The same site built as a large one is: /map/ split per 圏域 (MAP_SINGLE_FILE_LIMIT below its 144 points). */
let splitServer: StaticServer;

/** Builds the sample content with `map.basemap: none` into outputRoot/<name>. */
async function buildWithoutBasemap(name = 'map-none', env: Record<string, string> = {}): Promise<string> {
  const content = fs.mkdtempSync(path.join(os.tmpdir(), 'map-none-content-'));
  fs.cpSync(path.join(repoRoot, 'content'), content, { recursive: true });
  const siteFile = path.join(content, 'site.yaml');
  const site = fs.readFileSync(siteFile, 'utf8');
  if (!/basemap:\s*gsi-pale/.test(site)) throw new Error('expected `basemap: gsi-pale` in the sample site.yaml');
  fs.writeFileSync(siteFile, site.replace(/basemap:\s*gsi-pale/, 'basemap: none'));
  const outDir = path.join(outputRoot, name);
  fs.rmSync(outDir, { recursive: true, force: true });
  const result = await buildSite({ contentDir: content, outDir, env });
  fs.rmSync(content, { recursive: true, force: true });
  if (result.code !== 0)
    throw new Error(`astro build with basemap: none failed (exit ${result.code}):\n${result.output.slice(-3000)}`);
  return outDir;
}

beforeAll(async () => {
  const [launched, outDir] = await Promise.all([launchBrowser(), buildWithoutBasemap()]);
  browser = launched;
  noneDir = outDir;
  noneServer = await startStaticServer(outDir, { basePath: process.env.BASE_PATH || '/' });
  // One build at a time: builds of one checkout share Astro's prerender folder.
  // Also built as a large site's search index is: several indexes, result data in shared files.
  const large = { MAP_SINGLE_FILE_LIMIT: '50', PAGEFIND_PAGES_PER_INDEX: '100', PAGEFIND_MAX_FRAGMENTS: '30' };
  splitServer = await startStaticServer(await buildWithoutBasemap('map-split', large), {
    basePath: process.env.BASE_PATH || '/',
  });
  // Two builds of the six-language sample (2,134 pages each, ふりがな included) one after the
  // other: about 80 s each alone, well over 90 s each while other builds share the two cores.
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await noneServer?.close();
  await splitServer?.close();
});

/** Waits until the map has drawn its data once (the page sets data-map-state="idle"). */
async function openMap(t: TestPage, url: string): Promise<void> {
  await t.page.goto(url);
  await t.page.locator('[data-map][data-map-state="idle"]').waitFor({ timeout: 30_000 });
}

type Pixel = { x: number; y: number };

/** Screen position (page coordinates) of rendered features of a layer, via the map's projection. */
async function renderedPositions(page: Page, layer: string): Promise<(Pixel & { id?: string })[]> {
  return page.evaluate((layer) => {
    const container = document.querySelector('[data-map]') as HTMLElement & { maplibreMap: import('maplibre-gl').Map };
    const map = container.maplibreMap;
    const rect = map.getCanvas().getBoundingClientRect();
    return map
      .queryRenderedFeatures({ layers: [layer] })
      .map((feature) => {
        const [lng, lat] = (feature.geometry as GeoJSON.Point).coordinates as [number, number];
        const p = map.project([lng, lat]);
        return { x: rect.left + p.x, y: rect.top + p.y, id: feature.properties?.id as string | undefined };
      })
      .filter((p) => p.x > rect.left + 40 && p.x < rect.right - 60 && p.y > rect.top + 40 && p.y < rect.bottom - 40);
  }, layer);
}

const zoomOf = (page: Page) =>
  page.evaluate(() =>
    (
      document.querySelector('[data-map]') as HTMLElement & { maplibreMap: import('maplibre-gl').Map }
    ).maplibreMap.getZoom(),
  );

async function waitForIdle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = (document.querySelector('[data-map]') as HTMLElement & { maplibreMap: import('maplibre-gl').Map })
          .maplibreMap;
        if (!map.isMoving() && map.loaded()) resolve();
        else map.once('idle', () => resolve());
      }),
  );
}

async function clusterPointPopupDetail(t: TestPage): Promise<void> {
  const page = t.page;
  await page.locator('[data-map]').scrollIntoViewIfNeeded();
  // A cluster: clicking it zooms in.
  const clusters = await renderedPositions(page, 'clusters');
  expect(clusters.length, 'clusters drawn at the start zoom').toBeGreaterThan(0);
  const before = await zoomOf(page);
  await page.mouse.click(clusters[0]!.x, clusters[0]!.y);
  await expect.poll(() => zoomOf(page), { timeout: 10_000 }).toBeGreaterThan(before);
  await waitForIdle(page);

  // A point: zoom in further until single points are drawn, then click one.
  let points = await renderedPositions(page, 'points');
  for (let i = 0; i < 4 && points.length === 0; i++) {
    const more = await renderedPositions(page, 'clusters');
    if (more.length === 0) break;
    await page.mouse.click(more[0]!.x, more[0]!.y);
    await page.waitForTimeout(600);
    await waitForIdle(page);
    points = await renderedPositions(page, 'points');
  }
  expect(points.length, 'single points drawn after zooming in').toBeGreaterThan(0);
  const target = points[0]!;
  await page.mouse.click(target.x, target.y);
  const popup = page.locator('.maplibregl-popup');
  await popup.waitFor();
  const link = popup.locator('a[href*="/resources/"]').first();
  const href = await link.getAttribute('href');
  expect(href).toBe(`${new URL(siteUrl('')).pathname}resources/${target.id}/`);
  await Promise.all([page.waitForURL(`**${href}`), link.click()]);
  expect(await page.locator('h1').innerText()).not.toBe('');
}

describe('/map/ with the default basemap and the tile server unreachable', () => {
  test('draws points and areas, credits 地理院タイル, logs no errors; cluster → point → popup → detail page', async () => {
    const t = await newPage(browser);
    try {
      await openMap(t, siteUrl('map/'));
      expect(await t.page.locator('.maplibregl-ctrl-attrib').innerText()).toContain('地理院タイル');
      const credit = t.page.locator('.map-attribution a', { hasText: '地理院タイル' });
      expect(await credit.getAttribute('href')).toBe('https://maps.gsi.go.jp/development/ichiran.html');
      expect(await t.page.locator('.map-area-label', { hasText: '本町地区' }).count()).toBe(1);
      expect(await t.page.locator('[data-map-list] > li').count()).toBeGreaterThan(0);
      // Only the (blocked) tile requests went out; nothing else went wrong.
      const tiles = t.blockedRequests.filter((url) => url.startsWith('https://cyberjapandata.gsi.go.jp/xyz/pale/'));
      expect(tiles.length, 'tile requests attempted').toBeGreaterThan(0);
      // (newPage tolerates the tile host: blocked, listed, not reported as a problem.)
      expect(t.blockedRequests.filter((url) => !tiles.includes(url))).toEqual([]);
      expect(t.problems()).toEqual([]);
      expect(await checkA11y(t.page)).toEqual([]);

      await clusterPointPopupDetail(t);
    } finally {
      await t.close();
    }
  });
});

describe('/map/ with basemap: none', () => {
  test('no request leaves the site; cluster → point → popup → detail page; axe passes', async () => {
    const t = await newPage(browser);
    try {
      await openMap(t, new URL('map/', noneServer.url).href);
      expect(await t.page.locator('.maplibregl-ctrl-attrib').innerText()).not.toContain('地理院タイル');
      expect(await t.page.locator('[data-map-list] > li').count()).toBeGreaterThan(0);
      expect(t.problems()).toEqual([]);
      expect(await checkA11y(t.page)).toEqual([]);
      await clusterPointPopupDetail(t);
      expect(t.problems()).toEqual([]);
    } finally {
      await t.close();
    }
  });

  test('the list of what is in view works from the keyboard and follows the filters in the URL', async () => {
    const t = await newPage(browser);
    try {
      await openMap(t, new URL('map/?category=day-service&active=1', noneServer.url).href);
      expect(await t.page.locator('#map-category').inputValue()).toBe('day-service');
      const items = t.page.locator('[data-map-list] > li');
      await expect.poll(() => items.count()).toBeGreaterThan(0);
      const texts = await items.allInnerTexts();
      expect(texts.every((text) => text.includes('通所介護'))).toBe(true);
      expect(texts.some((text) => text.includes('休止中'))).toBe(false);

      const show = items.first().getByRole('button', { name: /地図で見る/ });
      await show.focus();
      await t.page.keyboard.press('Enter');
      await t.page.locator('.maplibregl-popup').waitFor();
      expect(t.problems()).toEqual([]);
    } finally {
      await t.close();
    }
  });
});

describe('small maps', () => {
  /** Scripts and data the page asked for, by path. */
  const record = (t: TestPage) => {
    const requested: string[] = [];
    t.page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    return requested;
  };
  const mapCode = (requested: string[]) => requested.filter((p) => /map-common|maplibre/.test(p));
  const scrollWholePage = (page: Page) =>
    page.evaluate(async () => {
      for (let y = 0; y <= document.documentElement.scrollHeight; y += 300) {
        window.scrollTo(0, y);
        await new Promise((resolve) => setTimeout(resolve, 30));
      }
    });

  test('a resource page draws its map as SVG with the point; 「地図を動かす」 loads MapLibre and draws it there', async () => {
    const u = await newPage(browser, { context: { viewport: { width: 390, height: 700 } } });
    try {
      const requested = record(u);
      await u.page.goto(new URL('resources/day-izumi/', noneServer.url).href, { waitUntil: 'networkidle' });
      const svg = u.page.getByRole('img', { name: /^いずみデイサービスの位置の地図/ });
      await svg.scrollIntoViewIfNeeded();
      expect(await svg.evaluate((el) => el.tagName)).toBe('svg');
      // The point, the area's name as text, a scale bar in m or km, and 北.
      expect(await svg.locator('.small-map-here circle').count()).toBe(2);
      const texts = await svg.locator('text').allTextContents();
      expect(texts).toContain('泉地区');
      expect(texts.some((text) => /^\d+(\.\d+)? k?m$/.test(text))).toBe(true);
      expect(texts).toContain('北');
      await scrollWholePage(u.page);
      await u.page.waitForLoadState('networkidle');
      expect(mapCode(requested), 'no map code before it is asked for').toEqual([]);

      const move = u.page.getByRole('button', { name: '地図を動かす' });
      await move.click();
      await u.page.locator('[data-small-map][data-map-state="idle"]').waitFor({ timeout: 30_000 });
      expect(mapCode(requested).length).toBeGreaterThan(0);
      expect(await u.page.locator('[data-small-map] canvas').count()).toBe(1);
      expect(await svg.isVisible(), 'the moving map takes the SVG’s place').toBe(false);
      expect(await move.count(), 'the button has done its work').toBe(0);
      expect(await u.page.evaluate(() => document.activeElement?.tagName)).toBe('CANVAS');
      expect(await checkA11y(u.page)).toEqual([]);

      // On paper the SVG comes back (a WebGL canvas does not print reliably).
      await u.page.emulateMedia({ media: 'print' });
      expect(await svg.isVisible()).toBe(true);
      expect(await u.page.locator('.small-map-canvas').isVisible()).toBe(false);
      expect(u.problems()).toEqual([]);

      // A page without a map ships no MapLibre code.
      requested.length = 0;
      await u.page.goto(new URL('networks/', noneServer.url).href, { waitUntil: 'networkidle' });
      expect(mapCode(requested)).toEqual([]);
    } finally {
      await u.close();
    }
  });

  test('an area page’s SVG shows its places; the moving map then fetches that area’s own points file', async () => {
    const u = await newPage(browser, { context: { viewport: { width: 1280, height: 800 } } });
    try {
      const requested = record(u);
      await u.page.goto(new URL('areas/sakuragaoka/', noneServer.url).href, { waitUntil: 'networkidle' });
      const figure = u.page.locator('[data-small-map]');
      await figure.scrollIntoViewIfNeeded();
      const svg = figure.getByRole('img', { name: /^桜ヶ丘地区の位置の地図/ });
      expect(await svg.count()).toBe(1);
      // The places are dots (zero-length lines) in their group's color, one colored use per group.
      const dots = await svg
        .locator('defs path')
        .evaluateAll((paths) => paths.reduce((n, path) => n + (path.getAttribute('d')!.match(/h0/g)?.length ?? 0), 0));
      const own = JSON.parse(fs.readFileSync(path.join(noneDir, 'data/resources/sakuragaoka.geojson'), 'utf8')) as {
        features: { properties: { a: string[] } }[];
      };
      expect(dots).toBeGreaterThan(3);
      expect(dots).toBeLessThanOrEqual(own.features.length);
      expect(await figure.locator('.small-map-legend li').count()).toBe(await svg.locator('defs path').count());
      await scrollWholePage(u.page);
      expect(requested.filter((p) => p.endsWith('.geojson'))).toEqual([]);
      expect(mapCode(requested)).toEqual([]);

      await figure.getByRole('button', { name: '地図を動かす' }).click();
      await u.page.locator('[data-small-map][data-map-state="idle"]').waitFor({ timeout: 30_000 });
      expect(requested.filter((p) => p.endsWith('.geojson')).sort()).toEqual([
        '/data/areas.geojson',
        '/data/resources/sakuragaoka.geojson',
      ]);
      expect(await figure.locator('canvas').count()).toBe(1);
      expect(u.problems()).toEqual([]);

      // 「大きな地図で見る」 opens /map/ for the area, which also reads the area's file only and
      // lists the same entries as the whole file filtered by the area.
      requested.length = 0;
      await figure.getByRole('link', { name: '大きな地図で見る' }).click();
      await u.page.waitForURL(/\/map\/\?area=sakuragaoka$/);
      await u.page.locator('[data-map][data-map-state="idle"]').waitFor({ timeout: 30_000 });
      expect(requested.filter((p) => p.endsWith('.geojson')).sort()).toEqual([
        '/data/areas.geojson',
        '/data/resources/sakuragaoka.geojson',
      ]);
      const whole = JSON.parse(fs.readFileSync(path.join(noneDir, 'data/resources.geojson'), 'utf8')) as {
        features: { properties: { a: string[]; s?: string } }[];
      };
      const inArea = whole.features.filter((feature) => feature.properties.a.includes('sakuragaoka'));
      expect(own.features.length).toBe(inArea.length);
      expect(await u.page.locator('[data-map-count]').textContent()).toMatch(/（\d+件）/);
      expect(u.problems()).toEqual([]);
    } finally {
      await u.close();
    }
  });

  test('without JavaScript the map is there and 「地図を動かす」 is a link to /map/ for the place', async () => {
    const u = await newPage(browser, { context: { javaScriptEnabled: false, viewport: { width: 390, height: 700 } } });
    try {
      await u.page.goto(new URL('resources/day-izumi/', noneServer.url).href);
      expect(await u.page.getByRole('img', { name: /の位置の地図/ }).isVisible()).toBe(true);
      const link = u.page.getByRole('link', { name: '地図を動かす' });
      expect(new URL((await link.getAttribute('href'))!, noneServer.url).pathname).toMatch(/\/map\/$/);
      expect(await link.getAttribute('href')).toMatch(/\?area=izumi$/);
      // On paper: the map, without the link.
      await u.page.emulateMedia({ media: 'print' });
      expect(await u.page.getByRole('img', { name: /の位置の地図/ }).isVisible()).toBe(true);
      expect(await link.isVisible()).toBe(false);
      await u.page.emulateMedia({ media: 'screen' });
      await u.page.goto(new URL('areas/sakuragaoka/', noneServer.url).href);
      expect(await u.page.getByRole('link', { name: '地図を動かす' }).getAttribute('href')).toMatch(
        /\/map\/\?area=sakuragaoka$/,
      );
      expect(u.problems()).toEqual([]);
    } finally {
      await u.close();
    }
  });
});
describe('a large site: /map/ reads its points per 圏域', () => {
  test('no whole file; the 圏域 most in view is read, the others show their count and are read on a press or from the list', async () => {
    const u = await newPage(browser, { context: { viewport: { width: 1000, height: 900 } } });
    try {
      const data: string[] = [];
      u.page.on('response', (response) => {
        const pathname = new URL(response.url()).pathname;
        if (pathname.includes('/data/')) data.push(pathname);
      });
      await u.page.goto(new URL('map/', splitServer.url).href);
      await u.page.locator('[data-map][data-map-state="idle"]').waitFor({ timeout: 30_000 });
      const parts = JSON.parse((await u.page.locator('[data-map]').getAttribute('data-parts'))!) as {
        id: string;
        name: string;
        count: number;
      }[];
      expect(parts.map((part) => part.id)).toEqual(['chuo-ken', 'hokubu-ken', 'seibu-ken', 'tobu-ken']);
      expect(data).not.toContain('/data/resources.geojson');
      const read = () => data.filter((p) => p.startsWith('/data/resources/'));
      expect(read()).toHaveLength(1);
      const first = read()[0]!.replace(/^\/data\/resources\/|\.geojson$/g, '');
      // Every other 圏域 is a count button on the map.
      const buttons = u.page.locator('.map-part-count');
      expect(await buttons.allTextContents()).toEqual(
        parts.filter((part) => part.id !== first).map((part) => `${part.name} ${part.count}件`),
      );

      // A press on a count reads that 圏域 and takes its button away.
      const second = parts.find((part) => part.id !== first)!;
      await Promise.all([
        u.page.waitForResponse((response) => response.url().endsWith(`/data/resources/${second.id}.geojson`)),
        buttons.filter({ hasText: second.name }).click(),
      ]);
      await expect.poll(() => buttons.count()).toBe(parts.length - 2);

      // The list offers the ones not read, by keyboard too.
      await u.page.locator('[data-map]').evaluate((element) => {
        const map = (element as HTMLElement & { maplibreMap?: { jumpTo(options: object): void } }).maplibreMap!;
        map.jumpTo({ zoom: 12 });
      });
      const offer = u.page
        .locator('[data-map-list] button', { hasText: 'を地図で見る' })
        .filter({ hasText: /圏域を地図で見る$/ })
        .first();
      await offer.waitFor();
      const label = (await offer.textContent())!;
      const third = parts.find((part) => label.startsWith(part.name))!;
      await offer.focus();
      await Promise.all([
        u.page.waitForResponse((response) => response.url().endsWith(`/data/resources/${third.id}.geojson`)),
        u.page.keyboard.press('Enter'),
      ]);
      expect(new Set(read()).size).toBe(read().length);
      expect(await checkA11y(u.page)).toEqual([]);
      expect(u.problems()).toEqual([]);
    } finally {
      await u.close();
    }
    // Three map loads and an axe run: over the 60 s default when the machine is busy (it timed out at load 16).
  }, 120_000);
});

describe('a large site: search', () => {
  test('the indexes are searched together and a result reads its data from a shared file', async () => {
    const t = await newPage(browser);
    try {
      const fetched: string[] = [];
      t.page.on('response', (response) => fetched.push(new URL(response.url()).pathname));
      await t.page.goto(new URL('search/?q=みどりのわ', splitServer.url).href);
      const item = t.page.locator('[data-search-results] > li', { hasText: 'みどりのわ' }).first();
      await item.waitFor();
      // The card's fields come from the result data.
      expect(await item.innerText()).toContain('専門職向け');
      expect(fetched.some((p) => /\/pagefind-2\//.test(p))).toBe(true);
      expect(fetched.some((p) => /\/fragment\/ja_group_[^/]+\.pf_fragment$/.test(p))).toBe(true);
      expect(fetched.some((p) => /\/fragment\/ja_(?!group_)[^/]+\.pf_fragment$/.test(p))).toBe(false);
      expect(t.problems()).toEqual([]);
    } finally {
      await t.close();
    }
  });
});
