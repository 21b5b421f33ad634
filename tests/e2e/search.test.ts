/**
 * Japanese search, end to end: every query of tests/search/queries.json is typed into the real
 * /search/ page of the built sample site (Pagefind in headless Chromium), and recall@10 — the
 * share of the entries a query must find that are among its first 10 results, averaged over the
 * queries — must be at least 0.95. For comparison the test also prints what Pagefind's own
 * search (the same index, the raw query) finds.
 *
 * Also: the header box is a plain form that loads nothing of Pagefind until it is used; the
 * filters and the sort live in the URL; the page says what to do without JavaScript; axe.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkA11y, launchBrowser, newPage, siteUrl } from './browser.ts';

interface Query {
  q: string;
  kind: string;
  expect: string[];
}
const here = path.dirname(fileURLToPath(import.meta.url));
const { queries } = JSON.parse(fs.readFileSync(path.join(here, '../search/queries.json'), 'utf8')) as {
  queries: Query[];
};

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Paths (relative to the site root, like queries.json) of the first `n` result links on /search/. */
async function shownResults(page: Page, n = 10): Promise<string[]> {
  const root = new URL(siteUrl('')).pathname;
  const hrefs = await page
    .locator('[data-search-results] > li h2 a')
    .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
  return hrefs.slice(0, n).map((p) => p.slice(root.length));
}

async function searchFor(page: Page, q: string): Promise<void> {
  const input = page.locator('#search-q');
  await input.fill(q);
  await input.press('Enter');
  await page
    .locator('[data-search-status]')
    .filter({ hasText: `「${q}」の検索結果` })
    .waitFor();
}

function recall(found: string[], expected: string[]): number {
  return expected.filter((entry) => found.includes(entry)).length / expected.length;
}

describe('Japanese search quality', () => {
  test(`recall@10 over ${queries.length} queries is at least 0.95`, { timeout: 300_000 }, async () => {
    expect(queries.length).toBeGreaterThanOrEqual(60);
    const t = await newPage(browser);
    try {
      await t.page.goto(siteUrl('search/'));
      const site: number[] = [];
      const misses: string[] = [];
      for (const query of queries) {
        await searchFor(t.page, query.q);
        const found = await shownResults(t.page);
        const r = recall(found, query.expect);
        site.push(r);
        if (r < 1)
          misses.push(
            `${r.toFixed(2)} 「${query.q}」 missing ${query.expect.filter((e) => !found.includes(e)).join(' ')}`,
          );
      }

      // Pagefind alone: the same index, the raw query, its own ranking.
      const root = new URL(siteUrl('')).pathname;
      // (A string, so the test runner does not rewrite the browser's dynamic import.)
      const raw = (await t.page.evaluate(`(async () => {
        const pagefind = await import(${JSON.stringify(`${root}pagefind/pagefind.js`)});
        await pagefind.init();
        const out = [];
        for (const q of ${JSON.stringify(queries.map((query) => query.q))}) {
          const search = await pagefind.search(q);
          const data = await Promise.all(search.results.slice(0, 10).map((r) => r.data()));
          out.push(data.map((d) => d.url.slice(${JSON.stringify(root.length)})));
        }
        return out;
      })()`)) as string[][];
      const rawRecall = queries.map((query, i) => recall(raw[i]!, query.expect));

      const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
      console.log(
        `[search] recall@10 over ${queries.length} queries: site search ${mean(site).toFixed(3)}, ` +
          `plain Pagefind on the same index ${mean(rawRecall).toFixed(3)}` +
          (misses.length ? `\n[search] not perfect:\n  ${misses.join('\n  ')}` : ''),
      );
      expect(t.problems()).toEqual([]);
      expect(mean(site), misses.join('\n')).toBeGreaterThanOrEqual(0.95);
    } finally {
      await t.close();
    }
  });
});

describe('/search/ page', () => {
  test('the header box loads nothing of Pagefind until it is used, then lands on /search/', async () => {
    const t = await newPage(browser);
    try {
      const pagefindRequests: string[] = [];
      t.page.on('request', (request) => {
        if (request.url().includes('/pagefind/')) pagefindRequests.push(request.url());
      });
      await t.page.goto(siteUrl(''), { waitUntil: 'networkidle' });
      const box = t.page.getByRole('search', { name: 'サイト内検索' }).getByRole('searchbox');
      await box.click();
      await box.fill('ほうかつ');
      await t.page.waitForTimeout(300);
      expect(pagefindRequests, 'Pagefind requests before the visitor searched').toEqual([]);

      await Promise.all([t.page.waitForURL(/\/search\/\?q=/), box.press('Enter')]);
      await t.page.locator('[data-search-status]').filter({ hasText: '検索結果' }).waitFor();
      expect(pagefindRequests.length).toBeGreaterThan(0);
      expect(await shownResults(t.page)).toContain('resources/houkatsu-chuo/');
      expect(t.problems()).toEqual([]);
    } finally {
      await t.close();
    }
  });

  test('filters, counts and the sort are in the URL; results show category, area, address, phone', async () => {
    const t = await newPage(browser);
    try {
      const filterRequests: string[] = [];
      t.page.on('request', (request) => {
        if (/\/pagefind(-\d+)?\/filter\//.test(request.url())) filterRequests.push(request.url());
      });
      await t.page.goto(siteUrl('search/?q=デイサービス'));
      await t.page.locator('[data-search-status]').filter({ hasText: '件' }).waitFor();
      // The filter index is not part of the first search: it loads when the filters are shown…
      const honcho = t.page.locator('#search-area option[value="honcho"]');
      expect(filterRequests, 'filter data fetched before the filters were shown').toEqual([]);
      expect((await honcho.textContent())?.trim()).toBe('本町地区');
      await t.page.locator('summary', { hasText: '絞り込み' }).click();
      // …and then the counts stand next to the filter values.
      await expect.poll(() => honcho.textContent()).toMatch(/本町地区（\d+件）/);
      expect(filterRequests.length).toBeGreaterThan(0);

      await t.page.selectOption('#search-area', 'honcho');
      await t.page.waitForURL(/area=honcho/);
      await t.page.locator('#search-active').check();
      await t.page.waitForURL(/active=1/);
      await t.page.selectOption('#search-sort', 'kana');
      await t.page.waitForURL(/sort=kana/);
      await t.page.locator('[data-search-status]').filter({ hasText: 'よみがな順' }).waitFor();
      const found = await shownResults(t.page, 50);
      expect(found).toContain('resources/day-engawa/');
      expect(found.every((p) => p.startsWith('resources/'))).toBe(true);

      // The same URL, opened fresh (a bookmark, a link in an e-mail), gives the same search.
      const bookmarked = t.page.url();
      const again = await newPage(browser);
      try {
        await again.page.goto(bookmarked);
        await again.page.locator('[data-search-status]').filter({ hasText: 'よみがな順' }).waitFor();
        expect(await again.page.locator('#search-area').inputValue()).toBe('honcho');
        expect(await again.page.locator('#search-active').isChecked()).toBe(true);
        expect(await shownResults(again.page, 50)).toEqual(found);
        const first = again.page.locator('[data-search-results] > li').first();
        await expect.poll(() => first.innerText()).toMatch(/通所介護/);
        expect(await first.innerText()).toMatch(/本町地区/);
        expect(await first.locator('a[href^="tel:"]').count()).toBe(1);
      } finally {
        await again.close();
      }

      expect(t.problems()).toEqual([]);
      expect(await checkA11y(t.page)).toEqual([]);
    } finally {
      await t.close();
    }
  });

  test('a professional-only window is marked as such', async () => {
    const t = await newPage(browser);
    try {
      await t.page.goto(siteUrl('search/?q=みどりのわ'));
      const item = t.page.locator('[data-search-results] > li', { hasText: 'みどりのわ' }).first();
      await item.waitFor();
      expect(await item.innerText()).toContain('専門職向け');
      expect(t.problems()).toEqual([]);
    } finally {
      await t.close();
    }
  });

  test('without JavaScript the page says where to look instead', async () => {
    const t = await newPage(browser, { context: { javaScriptEnabled: false } });
    try {
      await t.page.goto(siteUrl('search/?q=デイ'));
      const notice = t.page.locator('[data-search-nojs]');
      expect(await notice.isVisible()).toBe(true);
      expect(await notice.locator('a').count()).toBeGreaterThanOrEqual(3);
    } finally {
      await t.close();
    }
  });
});
