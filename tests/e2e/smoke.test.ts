/**
 * Smoke test over the built sample site: home page, resource list, one detail page.
 * Each page must: load with HTTP 200, be <html lang="ja">, have a title and an <h1>,
 * say that its data is fictional (架空 / サンプル), make no request outside 127.0.0.1,
 * log no errors, and pass axe-core's WCAG 2.2 A/AA rules.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkA11y, launchBrowser, newPage, siteUrl, type TestPage } from './browser.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** Opens `url` and checks it like checkLoadedPage(). */
async function openAndCheckPage(t: TestPage, url: string): Promise<void> {
  const res = await t.page.goto(url, { waitUntil: 'load' });
  expect(res, `no response for ${url}`).not.toBeNull();
  await checkLoadedPage(t, url);
}

/**
 * Checks what every page of the site must have, on the page currently loaded.
 * The checks are soft (all of them run and are reported together), but the test
 * still fails.
 */
async function checkLoadedPage(t: TestPage, url: string): Promise<void> {
  await t.page.waitForLoadState('load');
  const status = await t.page.evaluate(
    () => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.responseStatus,
  );
  expect(status, `HTTP status of ${url}`).toBe(200);
  // Let late fetches (data files, map tiles …) happen so their errors are seen.
  await t.page.waitForLoadState('networkidle');

  expect.soft(await t.page.locator('html').getAttribute('lang'), `<html lang> on ${url}`).toBe('ja');
  expect.soft((await t.page.title()).trim(), `<title> on ${url}`).not.toBe('');

  const h1 = t.page.locator('h1');
  const h1Count = await h1.count();
  expect.soft(h1Count, `number of <h1> on ${url}`).toBeGreaterThanOrEqual(1);
  if (h1Count > 0) expect.soft((await h1.first().innerText()).trim(), `<h1> text on ${url}`).not.toBe('');

  // Every page must say that the bundled data is fictional.
  const bodyText = await t.page.locator('body').innerText();
  expect.soft(bodyText, `sample-data notice (架空/サンプル) on ${url}`).toMatch(/架空|サンプル/);

  expect.soft(t.takeProblems(), `console/page errors, CSP violations or non-local requests on ${url}`).toEqual([]);
  expect.soft(await checkA11y(t.page), `axe (WCAG 2.2 AA) violations on ${url}`).toEqual([]);
}

describe('sample site smoke test', () => {
  test('home page', async () => {
    const t = await newPage(browser);
    try {
      await openAndCheckPage(t, siteUrl(''));
    } finally {
      await t.close();
    }
  });

  test('resource list links to detail pages, which offer a tel: link', async () => {
    const t = await newPage(browser);
    try {
      const listUrl = siteUrl('resources/');
      await openAndCheckPage(t, listUrl);

      // Resource detail pages are /resources/<id>/: exactly one segment below the list
      // (filtered lists such as /resources/category/<id>/ are two).
      const list = new URL(listUrl);
      const hrefs = await t.page.locator('a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      const detailUrls = hrefs.filter((href) => {
        const u = new URL(href);
        if (u.origin !== list.origin || !u.pathname.startsWith(list.pathname)) return false;
        return /^[^/]+\/?$/.test(u.pathname.slice(list.pathname.length));
      });
      expect(
        detailUrls.length,
        `links to resource pages (${list.pathname}<id>/) on ${listUrl}; links found: ` +
          `${hrefs.slice(0, 30).join(' ')}${hrefs.length > 30 ? ` … (${hrefs.length} in all)` : ''}`,
      ).toBeGreaterThan(0);

      // Follow the first one the way a person would: by clicking it (if it is shown).
      const first = detailUrls[0]!;
      const firstLink = t.page.locator('a[href]').nth(hrefs.indexOf(first));
      if (await firstLink.isVisible()) {
        await Promise.all([t.page.waitForURL(first), firstLink.click()]);
      } else {
        await t.page.goto(first);
      }
      await checkLoadedPage(t, first);

      const tel = t.page.locator('a[href^="tel:"]');
      expect(await tel.count(), `a[href^="tel:"] on ${first}`).toBeGreaterThanOrEqual(1);
      const href = (await tel.first().getAttribute('href')) ?? '';
      // tel:+81-3-1234-5678, tel:0312345678, … — a real number, not an empty or placeholder link.
      expect(href, `tel: link on ${first}`).toMatch(/^tel:\+?[0-9][0-9-]*$/);
      expect(href.replace(/\D/g, '').length, `digits in ${href}`).toBeGreaterThanOrEqual(10);
      expect((await tel.first().innerText()).trim(), `visible text of ${href}`).not.toBe('');
    } finally {
      await t.close();
    }
  });
});
