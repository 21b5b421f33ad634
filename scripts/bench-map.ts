/**
 * Prints figures for the search index and the map of built sites (no pass/fail):
 *  - Pagefind index on disk (index, fragments, filters, total) and the bytes a first search
 *    transfers (responses counted in headless Chromium, /search/?q=…);
 *  - /data/resources.geojson size, raw and gzip;
 *  - /map/: time from navigation to the map's first `idle` with the data drawn, and frame times
 *    (requestAnimationFrame deltas) during a scripted pan/zoom sequence (easeTo/zoomTo).
 *
 * Chromium runs headless with --disable-gpu, so WebGL is software-rendered (SwiftShader): frame
 * times are a pessimistic bound, not what a phone's GPU does.
 *
 *   node scripts/generate-content.ts --resources 10000 --out ../gen10k
 *   CONTENT_DIR=../gen10k npx astro build --outDir ../gen10k-dist
 *   npx astro build --outDir ../sample-dist
 *   node scripts/bench-map.ts ../sample-dist ../gen10k-dist [--query デイサービス] [--map-only]
 */
import fs from 'node:fs';
import path from 'node:path';
import { readCommandLine } from './command-line.ts';
import zlib from 'node:zlib';
import { chromium } from 'playwright-core';
import { startStaticServer } from '../tests/e2e/global-setup.ts';
import { findBrowser, HEADLESS_ARGS } from './find-browser.mjs';
import { panZoomFrames, frameStats as stats } from './bench-map-frames.ts';

const USAGE = '使い方: node scripts/bench-map.ts <built site folder>… [--query デイサービス] [--map-only]';

/** The browser to drive (scripts/find-browser.mjs), or a clear error saying what to install. */
function chromiumPath(): string {
  const found = findBrowser();
  if (!found.path) throw new Error(found.problem);
  return found.path;
}

function folderBytes(dir: string): number {
  if (!fs.existsSync(dir)) return 0;
  let total = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    total += entry.isDirectory() ? folderBytes(full) : fs.statSync(full).size;
  }
  return total;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

const { values, positionals } = readCommandLine(
  {
    allowPositionals: true,
    options: { query: { type: 'string', multiple: true }, 'map-only': { type: 'boolean', default: false } },
  },
  USAGE,
);
const queries = values.query?.length ? values.query : ['デイサービス', 'ほうかつ'];
if (positionals.length === 0) {
  console.error(USAGE);
  process.exit(2);
}

const browser = await chromium.launch({
  executablePath: chromiumPath(),
  args: HEADLESS_ARGS,
});

for (const dist of positionals) {
  const dir = path.resolve(dist);
  console.log(`\n== ${dir}`);
  const pagefindDir = path.join(dir, 'pagefind');
  const pages = fs.existsSync(path.join(pagefindDir, 'fragment'))
    ? fs.readdirSync(path.join(pagefindDir, 'fragment')).length
    : 0;
  console.log(
    `Pagefind index on disk: total ${mb(folderBytes(pagefindDir))} (index ${mb(folderBytes(path.join(pagefindDir, 'index')))}, ` +
      `fragments ${mb(folderBytes(path.join(pagefindDir, 'fragment')))} for ${pages} pages, filters ${kb(folderBytes(path.join(pagefindDir, 'filter')))})`,
  );
  const geojson = fs.readFileSync(path.join(dir, 'data/resources.geojson'));
  const points = (JSON.parse(geojson.toString('utf8')) as { features: unknown[] }).features.length;
  console.log(
    `/data/resources.geojson: ${points} points, ${mb(geojson.length)} raw, ${mb(zlib.gzipSync(geojson, { level: 9 }).length)} gzip`,
  );

  const server = await startStaticServer(dir);
  try {
    // --- first search: everything fetched from /pagefind/ for one query on a fresh page
    for (const q of values['map-only'] ? [] : queries) {
      const context = await browser.newContext({ locale: 'ja-JP' });
      await context.route('**/*', (route) =>
        new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort(),
      );
      const page = await context.newPage();
      const sizes: { url: string; bytes: number }[] = [];
      page.on('response', async (response) => {
        if (!response.url().includes('/pagefind/')) return;
        try {
          sizes.push({ url: response.url(), bytes: (await response.body()).length });
        } catch {
          // redirects have no body
        }
      });
      const started = Date.now();
      await page.goto(`${server.url}search/?q=${encodeURIComponent(q)}`);
      await page.locator('[data-search-status]').filter({ hasText: '検索結果' }).waitFor({ timeout: 60_000 });
      const elapsed = Date.now() - started;
      await page.waitForLoadState('networkidle');
      const byKind = (re: RegExp) => sizes.filter((s) => re.test(s.url)).reduce((a, s) => a + s.bytes, 0);
      const total = sizes.reduce((a, s) => a + s.bytes, 0);
      console.log(
        `first search 「${q}」: ${kb(total)} in ${sizes.length} responses ` +
          `(JS+wasm ${kb(byKind(/\.js$|wasm/))}, meta ${kb(byKind(/pf_meta/))}, index chunks ${kb(byKind(/pf_index/))}, ` +
          `filters ${kb(byKind(/pf_filter/))}, fragments ${kb(byKind(/pf_fragment/))}); results shown after ${elapsed} ms`,
      );
      await context.close();
    }

    // --- the map: load time and frames while moving
    const context = await browser.newContext({ locale: 'ja-JP', viewport: { width: 1000, height: 900 } });
    await context.route('**/*', (route) =>
      new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort(),
    );
    const page = await context.newPage();
    await page.goto(`${server.url}map/`);
    await page.locator('[data-map][data-map-state="idle"]').waitFor({ timeout: 120_000 });
    const idleAt = await page.evaluate(() => performance.now());
    const navigation = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      return { domContentLoaded: nav.domContentLoadedEventEnd, load: nav.loadEventEnd };
    });
    const renderer = await page.evaluate(() => {
      const gl = document.createElement('canvas').getContext('webgl');
      const info = gl?.getExtension('WEBGL_debug_renderer_info');
      return info ? String(gl!.getParameter(info.UNMASKED_RENDERER_WEBGL)) : 'unknown';
    });
    console.log(
      `/map/: DOMContentLoaded ${navigation.domContentLoaded.toFixed(0)} ms, load ${navigation.load.toFixed(0)} ms, ` +
        `map idle with the data drawn ${idleAt.toFixed(0)} ms after navigation (WebGL renderer: ${renderer})`,
    );
    const frames = await panZoomFrames(page, '[data-map]');
    const s = stats(frames.deltas);
    console.log(
      `pan/zoom sequence (${frames.seconds.toFixed(1)} s, 7 easeTo/zoomTo moves): ${s.frames} frames, ` +
        `${(s.frames / frames.seconds).toFixed(1)} fps; frame time mean ${s.mean.toFixed(1)} ms, p50 ${s.p50.toFixed(1)}, ` +
        `p95 ${s.p95.toFixed(1)}, max ${s.max.toFixed(1)}; ${s.over50} frames over 50 ms`,
    );
    await context.close();
  } finally {
    await server.close();
  }
}
await browser.close();
