/**
 * Care networks and area profiles, end to end, on three content folders:
 *   - the bundled sample (built by global-setup.ts, served at siteUrl()),
 *   - tests/fixtures/atsugi-like (10 圏域, 地域レベル and 市レベル meetings 「相互に連携」, a 協議会
 *     with 6 部会, three 圏域 without population) and tests/fixtures/setagaya-like (地域ケア会議 at
 *     地区・地域・全区), each built here in beforeAll into its own folder.
 * For each: every network is in the diagram with its edges, every network and organization
 * page exists and they link both ways, the diagram page passes axe, and area profiles show
 * densities, or counts only where the population is missing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSite } from './build-site.ts';
import { loadContent, type LoadedContent } from '../../src/lib/content/load.ts';
import { checkA11y, launchBrowser, newPage, siteUrl } from './browser.ts';
import { outputRoot, startStaticServer, type StaticServer } from './global-setup.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** Content folders written like real towns', each built here into its own folder and served. */
const FIXTURES = [
  { name: 'atsugi-like fixture', id: 'atsugi-like' }, // 10 圏域, 地域/市レベル 「相互に連携」, 協議会 with 6 部会
  { name: 'setagaya-like fixture', id: 'setagaya-like' }, // 地域ケア会議 at 地区・地域・全区, three windows per 地区
];
const servers = new Map<string, StaticServer>();

let browser: Browser;

beforeAll(async () => {
  for (const fixture of FIXTURES) {
    const outDir = path.join(outputRoot, fixture.id);
    fs.rmSync(outDir, { recursive: true, force: true });
    const result = await buildSite({ contentDir: path.join(repoRoot, 'tests/fixtures', fixture.id), outDir });
    if (result.code !== 0)
      throw new Error(
        `building ${fixture.id} failed (exit ${result.code}):\n${result.output.split('\n').slice(-40).join('\n')}`,
      );
    servers.set(fixture.id, await startStaticServer(outDir, { basePath: process.env.BASE_PATH || '/' }));
  }
  browser = await launchBrowser();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  for (const server of servers.values()) await server.close();
});

interface Site {
  name: string;
  url: (p: string) => string;
  dir: string;
}
const sites: Site[] = [
  {
    name: 'sample content',
    url: (p) => siteUrl(p),
    dir: path.join(repoRoot, process.env.E2E_CONTENT_DIR ?? 'content'),
  },
  ...FIXTURES.map((fixture) => ({
    name: fixture.name,
    url: (p: string) => new URL(p.replace(/^\/+/, ''), servers.get(fixture.id)!.url).href,
    dir: path.join(repoRoot, 'tests/fixtures', fixture.id),
  })),
];

/** Going to the next page aborts the previous page's late requests (favicon …): not a fault. */
const notAborted = (problem: string) => !problem.endsWith('net::ERR_ABORTED');

/** Hrefs of the links matched by a selector, as pathnames relative to the site root URL. */
async function linkPaths(page: Page, selector: string, root: string): Promise<string[]> {
  const hrefs = await page
    .locator(selector)
    .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement | SVGAElement).getAttribute('href') ?? ''));
  const base = new URL(root).pathname;
  return hrefs.map((h) => new URL(h, root).pathname.replace(base, '/'));
}

describe.each(sites)('$name', (site) => {
  let content: LoadedContent;
  beforeAll(async () => {
    content = await loadContent(site.dir);
  });

  test('the diagram has every network, each a link, with every declared link drawn, and passes axe', async () => {
    const t = await newPage(browser, { context: { viewport: { width: 1100, height: 900 } } });
    try {
      await t.page.goto(site.url('networks/'));
      const svg = t.page.locator('.nd-wide svg');
      await expect.poll(() => svg.isVisible()).toBe(true);
      expect(await svg.locator('title').first().textContent()).toMatch(/会議・ネットワークの図/);
      const nodes = await linkPaths(t.page, '.nd-wide svg a.nd-node', site.url(''));
      expect(nodes.sort()).toEqual(content.networks.map((n) => `/networks/${n.id}/`).sort());
      // Real text in the boxes: every name (its first characters) is in the SVG's text.
      const svgText = (await svg.locator('a.nd-node').allTextContents()).join('');
      for (const network of content.networks)
        expect(svgText.replace(/\s/g, ''), network.id).toContain(network.data.name.replace(/\s/g, '').slice(0, 6));
      // Every linksTo is drawn: a line whose data-link names the pair.
      const drawn = new Set(
        await svg.locator('path.nd-line').evaluateAll((paths) => paths.map((p) => p.getAttribute('data-link'))),
      );
      for (const network of content.networks) {
        for (const link of network.data.linksTo ?? []) {
          expect(drawn.has([network.id, link.network].sort().join('--')), `${network.id} → ${link.network}`).toBe(true);
        }
      }
      // The text list right below names the same networks.
      const listed = await linkPaths(t.page, '.nd-list li[data-network] > a', site.url(''));
      expect([...new Set(listed)].sort()).toEqual(content.networks.map((n) => `/networks/${n.id}/`).sort());
      expect(t.takeProblems()).toEqual([]);
      expect(await checkA11y(t.page)).toEqual([]);
    } finally {
      await t.close();
    }
  });

  test('on a phone the two-column drawing is shown instead, and fits', async () => {
    const t = await newPage(browser, { context: { viewport: { width: 390, height: 800 } } });
    try {
      await t.page.goto(site.url('networks/'));
      expect(await t.page.locator('.nd-wide').isVisible()).toBe(false);
      const box = await t.page.locator('.nd-narrow svg').boundingBox();
      expect(box!.width).toBeLessThanOrEqual(390);
      expect(await t.page.locator('.nd-narrow svg a.nd-node').count()).toBe(content.networks.length);
      expect(await checkA11y(t.page)).toEqual([]);
    } finally {
      await t.close();
    }
  });

  test('network and organization pages exist and link both ways', async () => {
    const t = await newPage(browser);
    try {
      const orgLinksFromNetworks = new Map<string, Set<string>>();
      for (const network of content.networks) {
        const res = await t.page.goto(site.url(`networks/${network.id}/`));
        expect(res?.status(), network.id).toBe(200);
        const links = await linkPaths(t.page, 'main a', site.url(''));
        // Parent, children and linked networks are linked from the page, both directions.
        const expected = new Set<string>();
        if (network.data.parent) expected.add(`/networks/${network.data.parent}/`);
        for (const child of content.networks.filter((n) => n.data.parent === network.id))
          expected.add(`/networks/${child.id}/`);
        for (const link of network.data.linksTo ?? []) expected.add(`/networks/${link.network}/`);
        for (const other of content.networks)
          if (other.data.linksTo?.some((l) => l.network === network.id)) expected.add(`/networks/${other.id}/`);
        for (const link of expected) expect(links, `${network.id} links to ${link}`).toContain(link);
        for (const link of links.filter((l) => l.startsWith('/organizations/'))) {
          const id = link.split('/')[2];
          orgLinksFromNetworks.set(id, new Set([...(orgLinksFromNetworks.get(id) ?? []), network.id]));
        }
      }
      for (const organization of content.organizations) {
        const res = await t.page.goto(site.url(`organizations/${organization.id}/`));
        expect(res?.status(), organization.id).toBe(200);
        const links = await linkPaths(t.page, 'main a', site.url(''));
        for (const networkId of orgLinksFromNetworks.get(organization.id) ?? []) {
          expect(links, `${organization.id} links back to ${networkId}`).toContain(`/networks/${networkId}/`);
        }
        for (const link of links.filter((l) => l.startsWith('/networks/') && l !== '/networks/')) {
          const networkId = link.split('/')[2];
          // The network page names the organization, or the window it runs that keeps the 事務局.
          const secretariat = content.networks.find((n) => n.id === networkId)?.data.secretariat;
          const viaWindow = content.resources.some((r) => r.id === secretariat && r.data.operator === organization.id);
          expect(
            orgLinksFromNetworks.get(organization.id)?.has(networkId) || viaWindow,
            `${link} links to ${organization.id}`,
          ).toBe(true);
        }
      }
      expect(t.takeProblems().filter(notAborted)).toEqual([]);
    } finally {
      await t.close();
    }
  });

  test('a network page shows its activities in 和暦 and 西暦', async () => {
    const network = content.networks.find((n) => n.data.activities?.length)!;
    const t = await newPage(browser);
    try {
      await t.page.goto(site.url(`networks/${network.id}/`));
      const first = await t.page.locator('.timeline time').first().textContent();
      expect(first).toMatch(/^(令和|平成)(元|\d+)年\d+月(\d+日)?（\d{4}年\d+月(\d+日)?）$/);
      expect(await checkA11y(t.page)).toEqual([]);
    } finally {
      await t.close();
    }
  });

  test('area profiles: densities where the population is known, counts only where it is not', async () => {
    const t = await newPage(browser);
    try {
      for (const area of content.areas.filter((a) => a.data.level === 'region')) {
        await t.page.goto(site.url(`areas/${area.id}/`));
        const profile = t.page.locator('section.area-profile');
        // Written in the page, so there once loaded; the wait covers a busy machine (a 1 s poll failed at load 8).
        await profile.first().waitFor({ timeout: 30_000 });
        expect(await profile.count()).toBe(1);
        const header = await profile.locator('.profile-table thead').innerText();
        if (area.data.population) {
          expect(header, area.id).toContain('高齢者千人あたり');
          expect(await profile.locator('[data-profile="counts-only"]').count()).toBe(0);
          const rate = ((area.data.population.elderly / area.data.population.total) * 100).toFixed(1);
          expect(await profile.innerText()).toContain(`${rate}%`);
        } else {
          expect(header, area.id).not.toContain('高齢者千人あたり');
          expect(await profile.locator('[data-profile="counts-only"]').count()).toBe(1);
        }
        expect(await profile.locator('#missing').count()).toBe(1);
        expect(await profile.innerText()).toContain('数え方');
      }
      expect(await checkA11y(t.page)).toEqual([]);
      expect(t.takeProblems().filter(notAborted)).toEqual([]);
    } finally {
      await t.close();
    }
  });

  test('the comparison sorts without JavaScript and the choropleth chooser works', async () => {
    const t = await newPage(browser, { context: { javaScriptEnabled: false } });
    try {
      await t.page.goto(site.url('areas/'));
      await t.page.locator('table.compare-table[data-level="region"] th a', { hasText: '65歳以上' }).click();
      await t.page.waitForURL(/\/areas\/sort\/elderly\//);
      const elderly = await t.page
        .locator('table.compare-table[data-level="region"] tbody tr td:nth-child(3)')
        .allTextContents();
      const known = elderly.filter((text) => text !== '未登録').map((text) => Number(text.replace(/[^\d]/g, '')));
      expect(known).toEqual([...known].sort((a, b) => b - a));
      expect(elderly.slice(known.length).every((text) => text === '未登録')).toBe(true);
      await t.page.goto(site.url('areas/'));
      // The choropleth needs boundaries; a folder without them gets none (and no chooser).
      if (!content.areas.some((area) => area.data.boundary)) {
        expect(await t.page.locator('.category-chooser').count()).toBe(0);
        return;
      }
      // The chooser offers the categories that can be compared; take the first category offered.
      const links = await t.page
        .locator('.category-chooser a')
        .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''));
      const category = content.categories.find((candidate) =>
        links.some((link) => link.includes(`/areas/density/${candidate.id}/`)),
      )!;
      expect(category, links.join(' ')).toBeDefined();
      await t.page.locator(`.category-chooser a[href*="/areas/density/${category.id}/"]`).first().click();
      await t.page.waitForURL(new RegExp(`/areas/density/${category.id}/`));
      expect(await t.page.locator(`table.choropleth-table[data-category="${category.id}"]`).count()).toBe(1);
      expect(await t.page.locator('.choropleth svg a').count()).toBe(
        content.areas.filter((a) => a.data.level === 'region' && a.data.boundary).length,
      );
      // (axe needs JavaScript in the page: the comparison pages are checked in the next test.)
    } finally {
      await t.close();
    }
  });

  test('the comparison and map pages pass axe', async () => {
    const t = await newPage(browser);
    try {
      for (const page of [
        'areas/',
        'areas/sort/density/',
        'areas/density/all/',
        `areas/density/${content.categories[0].id}/`,
      ]) {
        await t.page.goto(site.url(page));
        expect(await checkA11y(t.page), page).toEqual([]);
      }
      expect(t.takeProblems().filter(notAborted)).toEqual([]);
    } finally {
      await t.close();
    }
  });

  test('the freshness view is hidden from search engines and lists stale entries first', async () => {
    const t = await newPage(browser);
    try {
      await t.page.goto(site.url('admin/freshness/'));
      expect(await t.page.locator('meta[name="robots"]').getAttribute('content')).toContain('noindex');
      const stale = await t.page
        .locator('table.freshness-table tbody tr')
        .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-stale')));
      expect(stale.length).toBe(content.resources.length + content.networks.length);
      // All stale rows come before the fresh ones.
      expect(stale.indexOf('false') === -1 || stale.lastIndexOf('true') < stale.indexOf('false')).toBe(true);
      // Edit links are built like the resource page's: site.editUrl + the entry's file.
      if (content.site?.editUrl) {
        const first = await t.page
          .locator('table.freshness-table tbody tr')
          .first()
          .locator('a', { hasText: '修正する' })
          .getAttribute('href');
        expect(first).toMatch(
          new RegExp(
            `^${content.site.editUrl.replace(/\/?$/, '/').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(resources|networks)/.+\\.md$`,
          ),
        );
      }
      expect(await checkA11y(t.page)).toEqual([]);
      // Not in the public menu.
      await t.page.goto(site.url(''));
      expect(await t.page.locator('a[href*="admin/freshness"]').count()).toBe(0);
    } finally {
      await t.close();
    }
  });
});
