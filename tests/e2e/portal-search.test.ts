/**
 * The portal's merged search (issue 17, item 2) in Chromium, on the three-member federation of
 * federation-fixture.ts (members under /m/<id>/ on one origin): a query for an entry of the second
 * member finds it with its municipality's name and lands on its page, reading only that member's
 * index (the portal's search router says which members can answer); romaji and consult words work
 * as on a member's own search; Pagefind loads only at the first query, and not at all for a word no
 * member has; every window of every member is found by its name (the router loses no member).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkA11y, launchBrowser, newPage } from './browser.ts';
import { FEDERATION_MEMBERS, startFederation, type Federation } from './federation-fixture.ts';
import { outputRoot } from './global-setup.ts';

let federation: Federation;
let browser: Browser;

beforeAll(async () => {
  federation = await startFederation();
  browser = await launchBrowser();
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await federation?.close();
});

const second = FEDERATION_MEMBERS[1]!;

describe('the portal search over every member', () => {
  test('an entry of the second member is found with its municipality, and its link lands on its page', async () => {
    const t = await newPage(browser);
    try {
      const bytes = new Map<string, number>();
      t.page.on('response', async (response) => {
        const match = /\/m\/([^/]+)\/pagefind(-\d+)?\//.exec(new URL(response.url()).pathname);
        if (!match || response.status() !== 200) return;
        const size = (await response.body().catch(() => Buffer.alloc(0))).length;
        bytes.set(match[1]!, (bytes.get(match[1]!) ?? 0) + size);
      });
      await t.page.goto(federation.url('search/'), { waitUntil: 'networkidle' });
      expect(bytes.size, 'Pagefind loaded before the first query').toBe(0);

      const box = t.page.getByRole('searchbox', { name: 'さがす言葉' });
      await box.fill('Umegaoka');
      await box.press('Enter');
      await t.page.locator('[data-search-status]').filter({ hasText: '「Umegaoka」の検索結果' }).waitFor();
      const first = t.page.locator('[data-search-results] > li').first();
      expect(await first.locator('.portal-member').innerText()).toBe(second.name);
      const link = first.locator('h2 a');
      expect(await link.getAttribute('href')).toMatch(new RegExp(`^/m/${second.id}/(resources|areas)/`));
      expect(await checkA11y(t.page)).toEqual([]);

      await t.page.waitForLoadState('networkidle');
      const perMember = [...bytes].map(([id, n]) => `${id} ${(n / 1024).toFixed(1)} KB`).join(', ');
      console.log(`[portal search] first query 「Umegaoka」 over ${FEDERATION_MEMBERS.length} members: ${perMember}`);
      // only the member that has the word: the router kept the others' indexes unread
      expect([...bytes.keys()]).toEqual([second.id]);

      const name = await link.innerText();
      await Promise.all([t.page.waitForURL(new RegExp(`/m/${second.id}/`)), link.click()]);
      expect(await t.page.locator('h1').innerText()).toContain(name.trim());
      expect(t.problems()).toEqual([]);
    } finally {
      await t.close();
    }
  });

  test('a consult word does not exclude, and the municipality of each result is named', async () => {
    const t = await newPage(browser);
    try {
      await t.page.goto(federation.url(`search/?q=${encodeURIComponent('子育て 相談')}`));
      await t.page.locator('[data-search-status]').filter({ hasText: '件' }).waitFor();
      const towns = await t.page.locator('[data-search-results] .portal-member').allInnerTexts();
      expect(towns.length).toBeGreaterThan(0);
      expect(towns.every((town) => FEDERATION_MEMBERS.some((member) => member.name === town))).toBe(true);
      expect(towns).toContain(second.name);
      expect(t.problems()).toEqual([]);
    } finally {
      await t.close();
    }
  });

  test('a word no member has loads no Pagefind at all', async () => {
    const t = await newPage(browser);
    try {
      const fetched: string[] = [];
      t.page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
      await t.page.goto(federation.url(`search/?q=${encodeURIComponent('ぬるぽがっ')}`));
      await t.page.locator('[data-search-status]').filter({ hasText: '見つかりませんでした' }).waitFor();
      expect(fetched.filter((pathname) => pathname.includes('/pagefind'))).toEqual([]);
      expect(fetched.some((pathname) => pathname.startsWith('/search-router/'))).toBe(true);
      expect(t.problems()).toEqual([]);
    } finally {
      await t.close();
    }
  });

  test('every window of every member is found by its name, on its member', async () => {
    const t = await newPage(browser);
    try {
      await t.page.goto(federation.url('search/'));
      const missing: string[] = [];
      for (const member of FEDERATION_MEMBERS) {
        const manifest = JSON.parse(
          fs.readFileSync(path.join(outputRoot, 'federation/members', member.id, 'data/site.json'), 'utf8'),
        ) as { windows: { name: string; path: string }[] };
        expect(manifest.windows.length).toBeGreaterThan(0);
        for (const window of manifest.windows) {
          const links = await resultLinks(t.page, window.name);
          if (!links.includes(`/m/${member.id}/${window.path}`)) missing.push(`${member.id}: ${window.name}`);
        }
      }
      expect(missing).toEqual([]);
      expect(t.problems()).toEqual([]);
    } finally {
      await t.close();
    }
  }, 600_000);
});

/** Searches from the box and gives every result's link, pressing 「さらに表示する」 until all are shown. */
async function resultLinks(page: Page, q: string): Promise<string[]> {
  const box = page.getByRole('searchbox', { name: 'さがす言葉' });
  await box.fill(q);
  await box.press('Enter');
  await page
    .locator('[data-search-status]')
    .filter({ hasText: `「${q}」の検索結果：` })
    .waitFor();
  const more = page.locator('[data-search-more]');
  while (await more.isVisible()) {
    const count = await page.locator('[data-search-results] > li').count();
    await more.click();
    await page.waitForFunction(
      (n) =>
        document.querySelectorAll('[data-search-results] > li').length > n ||
        document.querySelector<HTMLElement>('[data-search-more]')!.hidden,
      count,
    );
  }
  return page
    .locator('[data-search-results] h2 a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
}
