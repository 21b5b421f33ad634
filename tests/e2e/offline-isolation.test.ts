/**
 * Two sites on one host keep their saved copies apart (BASE_PATH): the sample at '/' and a small
 * town (tests/fixtures/valid-town) built once with BASE_PATH=/other/, served on one origin. The
 * root site's worker never keeps the other site's pages; each site's caches carry its own base
 * in their names; removing a saved area of one leaves the other's; each offline page lists only
 * its own site's saved areas.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { cachePrefix } from '../../src/lib/offline/cache-names.ts';
import { launchBrowser, newPage, siteUrl } from './browser.ts';
import { buildSite } from './build-site.ts';
import { brokenSiteLinks } from './site-links.ts';
import { outputRoot, sampleOutDir, startStaticServer, type StaticServer } from './global-setup.ts';

const OTHER = '/other/';
const otherOut = path.join(outputRoot, 'offline-other');
let browser: Browser;
let servers: StaticServer[] = [];
let front: http.Server;
let origin = '';

/** One origin: /other/… from the second build, everything else from the sample. */
async function startFront(root: StaticServer, other: StaticServer): Promise<string> {
  front = http.createServer(async (request, response) => {
    const target = request.url!.startsWith(OTHER) ? other : root;
    const upstream = await fetch(new URL(request.url!, target.url), {
      redirect: 'manual',
    });
    const headers: Record<string, string> = {};
    upstream.headers.forEach((value, name) => {
      if (name !== 'content-encoding' && name !== 'content-length') headers[name] = value;
    });
    response.writeHead(upstream.status, headers);
    response.end(Buffer.from(await upstream.arrayBuffer()));
  });
  await new Promise<void>((resolve) => front.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(front.address() as AddressInfo).port}`;
}

beforeAll(async () => {
  // E2E_SKIP_BUILD=1 reuses the second build too, as global-setup.ts does the sample.
  if (process.env.E2E_SKIP_BUILD !== '1' || !fs.existsSync(path.join(otherOut, 'sw.js'))) {
    const result = await buildSite({
      contentDir: path.resolve('tests/fixtures/valid-town'),
      outDir: otherOut,
      env: { BASE_PATH: OTHER },
    });
    if (result.code !== 0) throw new Error(result.output.split('\n').slice(-30).join('\n'));
  }
  servers = [await startStaticServer(sampleOutDir), await startStaticServer(otherOut, { basePath: OTHER })];
  origin = await startFront(servers[0]!, servers[1]!);
  browser = await launchBrowser();
}, 600_000);
afterAll(async () => {
  await browser?.close();
  front?.closeAllConnections();
  await new Promise((resolve) => front?.close(resolve));
  for (const server of servers) await server.close();
});

/** The first area page of a site with the save button, saved; returns the area's name. */
async function saveFirstArea(page: Page, base: string, outDir: string): Promise<string> {
  const areaId = fs.readdirSync(path.join(outDir, 'offline/areas'))[0]!.replace(/\.json$/, '');
  await page.goto(`${origin}${base}areas/${areaId}/`);
  await page.getByRole('button', { name: 'この地域を端末に保存' }).click();
  const status = page.locator('[data-offline-status]');
  await expect.poll(() => status.textContent(), { timeout: 90_000 }).toMatch(/しました|できませんでした/);
  expect(await status.textContent()).toMatch(/^保存しました/);
  return (await page.locator('h1').textContent())!.trim();
}

async function controlled(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
}

describe('two sites on one host (BASE_PATH)', () => {
  test('the site under /other/ links only to its own built pages and files', () => {
    // Pages, bodies' site links, the web-app manifest: every root-relative link carries the base.
    expect(brokenSiteLinks(otherOut, OTHER)).toEqual([]);
  });

  test('caches, saved areas and offline pages stay with their own site', async () => {
    expect(siteUrl('')).toMatch(/\/$/); // the sample is served at its own base '/'
    const t = await newPage(browser, { context: { serviceWorkers: 'allow' } });
    const { page, context } = t;
    await controlled(page, `${origin}/`);
    // The other site's first page is fetched while only the root site's worker is installed.
    await page.goto(`${origin}${OTHER}`);
    const rootPages = await page.evaluate(
      async (name) => (await (await caches.open(name)).keys()).map((request) => new URL(request.url).pathname),
      `${cachePrefix('/')}-pages`,
    );
    expect(rootPages.some((pathname) => pathname.startsWith(OTHER))).toBe(false);
    await controlled(page, `${origin}${OTHER}`);
    const rootArea = await saveFirstArea(page, '/', sampleOutDir);
    const otherArea = await saveFirstArea(page, OTHER, otherOut);
    const names = await page.evaluate(() => caches.keys());
    const areaCaches = names.filter((name) => name.includes('-area:'));
    expect(areaCaches).toHaveLength(2);
    expect(areaCaches.filter((name) => name.startsWith(`${cachePrefix('/')}-area:`))).toHaveLength(1);
    expect(areaCaches.filter((name) => name.startsWith(`${cachePrefix(OTHER)}-area:`))).toHaveLength(1);
    // Offline: each site's offline page lists its own saved area only.
    await context.setOffline(true);
    await page.goto(`${origin}${OTHER}offline/`);
    await page.locator('[data-saved-areas-list] > li').first().waitFor();
    expect(await page.locator('[data-saved-areas-list] a').allTextContents()).toEqual([otherArea]);
    await page.goto(`${origin}/offline/`);
    await page.locator('[data-saved-areas-list] > li').first().waitFor();
    expect(await page.locator('[data-saved-areas-list] a').allTextContents()).toEqual([rootArea]);
    // Removing the root site's area leaves the other site's.
    await page.getByRole('button', { name: `${rootArea}の保存を削除` }).click();
    await page.locator('[data-saved-areas-none]').waitFor();
    const left = await page.evaluate(() => caches.keys());
    expect(left.filter((name) => name.includes('-area:'))).toEqual([
      expect.stringContaining(`${cachePrefix(OTHER)}-area:`),
    ]);
    expect(left.filter((name) => name.startsWith(cachePrefix(OTHER))).length).toBeGreaterThan(1);
    await t.close();
  }, 240_000);
});
