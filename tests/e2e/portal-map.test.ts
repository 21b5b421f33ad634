/**
 * The portal's /map/ over the three fixture members (tests/e2e/federation-fixture.ts): the
 * vector tiles `npm run portal` wrote draw places of every member (queried from what MapLibre
 * rendered, member by member), a place's popup links to its page on its member's site and that
 * page answers, the list of what is in view names the municipality, no request leaves the origin
 * but the (blocked, tolerated) basemap tiles, no CSP or console error, and axe passes.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkA11y, launchBrowser, newPage } from './browser.ts';
import { FEDERATION_MEMBERS, startFederation, type Federation } from './federation-fixture.ts';

let browser: Browser;
let federation: Federation;

beforeAll(async () => {
  [browser, federation] = await Promise.all([launchBrowser(), startFederation()]);
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await federation?.close();
});

async function openMap(page: Page): Promise<void> {
  await page.goto(federation.url('map/'));
  await page.locator('[data-portal-map][data-map-state="idle"]').waitFor({ timeout: 60_000 });
}

/** A place of the member, from the map data it publishes. */
async function placeOf(memberId: string): Promise<[number, number]> {
  const response = await fetch(federation.url(`m/${memberId}/data/resources.geojson`));
  const data = (await response.json()) as { features: { geometry: { coordinates: [number, number] } }[] };
  return data.features[0]!.geometry.coordinates;
}

/** Moves the map close to a place and returns the members and links of the single places drawn. */
async function drawnAround(page: Page, center: [number, number]): Promise<{ members: string[]; links: string[] }> {
  return page.evaluate(async (at) => {
    type MapLike = {
      jumpTo(o: object): void;
      once(e: string, f: () => void): void;
      queryRenderedFeatures(o: object): { properties: Record<string, string> }[];
    };
    const map = (document.querySelector('[data-portal-map]') as HTMLElement & { maplibreMap: MapLike }).maplibreMap;
    const idle = new Promise<void>((resolve) => map.once('idle', resolve));
    map.jumpTo({ center: at, zoom: 15 });
    await idle;
    const features = map.queryRenderedFeatures({ layers: ['portal-points'] });
    return {
      members: [...new Set(features.map((feature) => feature.properties.m!))],
      links: features.map((feature) => feature.properties.u!),
    };
  }, center);
}

describe('portal /map/', () => {
  test('draws places of all three members from the tiles, each linking to its member page', async () => {
    const t = await newPage(browser);
    try {
      await openMap(t.page);
      const drawn = await t.page.evaluate(() => {
        const element = document.querySelector('[data-portal-map]') as HTMLElement & {
          maplibreMap: { queryRenderedFeatures(o: object): unknown[] };
        };
        return element.maplibreMap.queryRenderedFeatures({ layers: ['portal-clusters', 'portal-points'] }).length;
      });
      expect(drawn).toBeGreaterThan(0);
      for (const member of FEDERATION_MEMBERS) {
        const { members, links } = await drawnAround(t.page, await placeOf(member.id));
        expect(members, member.id).toContain(member.id);
        const own = links.find((link) => link.startsWith(`/m/${member.id}/resources/`));
        expect(own, member.id).toBeDefined();
        expect((await fetch(federation.url(own!))).status, own).toBe(200);
      }
      expect(t.problems()).toEqual([]);
    } finally {
      await t.close();
    }
  }, 180_000);

  test("a place's popup and the list link to the member's page and name the municipality", async () => {
    const t = await newPage(browser);
    try {
      await openMap(t.page);
      const member = FEDERATION_MEMBERS[1]!;
      await drawnAround(t.page, await placeOf(member.id));
      const item = t.page.locator('[data-portal-map-list] .map-list-item').first();
      await expect.poll(() => item.count()).toBe(1);
      await expect.poll(() => item.textContent()).toContain(member.name);
      const link = item.getByRole('link');
      expect(await link.getAttribute('href')).toMatch(new RegExp(`^/m/${member.id}/resources/[^/]+/$`));
      await item.getByRole('button', { name: /地図で見る/ }).click();
      const popupLink = t.page.locator('.maplibregl-popup .map-card a');
      await popupLink.waitFor();
      expect(await popupLink.getAttribute('href')).toBe(await link.getAttribute('href'));
      await popupLink.click();
      await t.page.waitForURL(new RegExp(`/m/${member.id}/resources/`));
      expect(t.problems()).toEqual([]);
    } finally {
      await t.close();
    }
  }, 180_000);

  test('axe finds no violations on the map page', async () => {
    const t = await newPage(browser);
    try {
      await openMap(t.page);
      expect(await checkA11y(t.page)).toEqual([]);
      expect(t.problems()).toEqual([]);
    } finally {
      await t.close();
    }
  }, 180_000);

  test('npm run portal reported the tiles it wrote', () => {
    expect(federation.portalOutput).toMatch(/地図: [\d,]+ 件の場所をタイル [\d,]+ ファイル/);
  });
});
