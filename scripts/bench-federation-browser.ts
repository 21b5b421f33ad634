/**
 * The browser figures of `npm run bench:federation`, in headless Chromium over a local static
 * server (requests off 127.0.0.1 aborted): what the portal's /map/ transfers until its first view
 * is drawn (every response: HTML, JS, CSS, tiles.json, tiles), the frames of the pan/zoom sequence
 * on it and on a 10,000-point town's /map/ (scripts/bench-map-frames.ts), and the first search on
 * the portal (its search router and the members' Pagefind files it reads).
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startStaticServer } from '../tests/e2e/global-setup.ts';
import { findBrowser, HEADLESS_ARGS } from './find-browser.mjs';
import { frameStats, panZoomFrames } from './bench-map-frames.ts';

export interface Transfer {
  bytes: number;
  gzipBytes: number;
  responses: number;
  /** of which the map's tiles and tiles.json */
  tileBytes: number;
}

export interface FrameFigures {
  fps: number;
  p95: number;
  over50: number;
}

/** Files behind the responses, counted from disk (the local server sends them as they are). */
function transferOf(root: string, pathnames: string[]): Transfer {
  const files = pathnames.map((pathname) => {
    const file = path.join(root, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
    return { pathname, body: fs.existsSync(file) ? fs.readFileSync(file) : Buffer.alloc(0) };
  });
  const sum = (list: typeof files) => list.reduce((total, f) => total + f.body.length, 0);
  return {
    bytes: sum(files),
    gzipBytes: files.reduce((total, f) => total + zlib.gzipSync(f.body, { level: 6 }).length, 0),
    responses: files.length,
    tileBytes: sum(files.filter((f) => f.pathname.startsWith('/tiles/'))),
  };
}

async function openPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ locale: 'ja-JP', viewport: { width: 1000, height: 900 } });
  await context.route('**/*', (route) =>
    new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort(),
  );
  return context.newPage();
}

async function framesOf(page: Page, selector: string): Promise<FrameFigures> {
  const frames = await panZoomFrames(page, selector);
  const s = frameStats(frames.deltas);
  return { fps: s.frames / frames.seconds, p95: s.p95, over50: s.over50 };
}

/** The portal's first map view (bytes) and its frames. */
async function portalMap(browser: Browser, served: string, url: string) {
  const page = await openPage(browser);
  const pathnames: string[] = [];
  page.on('response', (response) => {
    if (response.status() === 200) pathnames.push(decodeURIComponent(new URL(response.url()).pathname));
  });
  await page.goto(`${url}map/`);
  await page.locator('[data-portal-map][data-map-state="idle"]').waitFor({ timeout: 120_000 });
  await page.waitForLoadState('networkidle');
  const firstView = transferOf(served, [...pathnames]);
  const frames = await framesOf(page, '[data-portal-map]');
  await page.context().close();
  return { firstView, frames };
}

export interface SearchTransfer extends Transfer {
  /** of which the portal's search router */
  routerBytes: number;
  /** members whose indexes were read */
  members: number;
}

/** The first search on the portal: its search router and the members' Pagefind files it read. */
async function portalSearch(browser: Browser, served: string, url: string): Promise<SearchTransfer | undefined> {
  const page = await openPage(browser);
  const pathnames: string[] = [];
  page.on('response', (response) => {
    const pathname = decodeURIComponent(new URL(response.url()).pathname);
    if (response.status() === 200 && /\/(pagefind(-\d+)?|search-router)\//.test(pathname)) pathnames.push(pathname);
  });
  await page.goto(`${url}search/?q=${encodeURIComponent('デイサービス')}`);
  await page.waitForLoadState('networkidle');
  // a search that answers shows its status; wait for it a while, then count what was fetched
  await page
    .locator('[data-search-status]')
    .filter({ hasText: /件|見つかりません/ })
    .waitFor({ timeout: 60_000 })
    .catch(() => undefined);
  await page.waitForLoadState('networkidle');
  await page.context().close();
  if (pathnames.length === 0) return undefined;
  const router = pathnames.filter((pathname) => pathname.startsWith('/search-router/'));
  const members = new Set(pathnames.flatMap((pathname) => /^\/m\/([^/]+)\//.exec(pathname)?.[1] ?? []));
  return { ...transferOf(served, pathnames), routerBytes: transferOf(served, router).bytes, members: members.size };
}

export async function browserFigures(served: string, town10k?: string) {
  const found = findBrowser();
  if (!found.path) throw new Error(found.problem);
  const browser = await chromium.launch({ executablePath: found.path, args: HEADLESS_ARGS });
  const server = await startStaticServer(served);
  try {
    const map = await portalMap(browser, served, server.url);
    const search = await portalSearch(browser, served, server.url);
    let townFrames: FrameFigures | undefined;
    if (town10k) {
      const townServer = await startStaticServer(town10k);
      const page = await openPage(browser);
      await page.goto(`${townServer.url}map/`);
      await page.locator('[data-map][data-map-state="idle"]').waitFor({ timeout: 120_000 });
      townFrames = await framesOf(page, '[data-map]');
      await page.context().close();
      await townServer.close();
    }
    return { ...map, search, townFrames };
  } finally {
    await server.close();
    await browser.close();
  }
}
