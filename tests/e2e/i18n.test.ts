/**
 * The site in other languages (site.yaml `languages:`): the English journey without JavaScript
 * on the sample site, and a held-out town's folder with every built-in language, built once, whose
 * home, finder, a finder answer and a window page pass axe in each version, with the right
 * <html lang> and hreflang links that all resolve.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkA11y, launchBrowser, newPage, siteUrl } from './browser.ts';
import { buildSite, type BuildResult } from './build-site.ts';
import { outputRoot, startStaticServer, type StaticServer } from './global-setup.ts';
import { BUILT_IN_LANGUAGES, messages } from '../../src/lib/i18n/catalogues.ts';
import { languagePrefix } from '../../src/lib/i18n/languages.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The page's hreflang links: [hreflang, absolute URL]. */
async function alternates(page: Page): Promise<[string, string][]> {
  return page.$$eval('link[rel="alternate"][hreflang]', (links) =>
    links.map((link) => [link.getAttribute('hreflang')!, (link as HTMLLinkElement).href] as [string, string]),
  );
}

/**
 * The fonts Chromium drew the text of `selector`'s first match with (DevTools protocol): the
 * family names of the machine's font files, so a Chinese page drawn with the Japanese cut of
 * Noto Sans CJK, or with boxes from no CJK font at all, shows here.
 */
async function fontsDrawing(page: Page, selector: string): Promise<string[]> {
  const session = await page.context().newCDPSession(page);
  try {
    await session.send('DOM.enable');
    await session.send('CSS.enable');
    const { root } = await session.send('DOM.getDocument');
    const { nodeId } = await session.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    const { fonts } = await session.send('CSS.getPlatformFontsForNode', { nodeId });
    return fonts.map((font) => font.familyName);
  } finally {
    await session.detach();
  }
}

describe('the English pages of the sample site, JavaScript off', () => {
  test('from the English home page through the finder to a window’s tel: link', async () => {
    const t = await newPage(browser, { context: { javaScriptEnabled: false } });
    const { page } = t;
    try {
      await page.goto(siteUrl('en/'));
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      expect(await page.locator('h2#topics').textContent()).toBe(messages('en').home.topics);
      // Step 1: a worry (its name translated in content/i18n/en/topics.yaml, so not marked Japanese).
      const topic = page.locator('.topic-list a').first();
      expect(await topic.getAttribute('lang')).toBeNull();
      await Promise.all([page.waitForURL(/\/en\/windows\/[^/]+\/$/), topic.click()]);
      expect(await page.locator('h1').textContent()).toContain(messages('en').finder.step2);
      // Step 2: a district from the list (no JavaScript: the plain links).
      const district = page.locator('#districts ~ .area-pick .inline-list a').first();
      await Promise.all([page.waitForURL(/\/en\/windows\/[^/]+\/[^/]+\/$/), district.click()]);
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      // Step 3: the answer, with a number to call.
      const call = page.locator('.answer-card a.call-button[href^="tel:"]').first();
      expect(await call.textContent()).toContain(messages('en').answer.call);
      expect(await call.getAttribute('href')).toMatch(/^tel:0\d{1,4}-\d{1,4}-\d{4}$/);
      // The language switch goes back to the same answer in Japanese.
      const japanese = page.locator('.language-switch a[hreflang="ja"]');
      expect(await japanese.textContent()).toBe('日本語');
      const here = new URL(page.url()).pathname;
      expect(new URL(await japanese.evaluate((a) => (a as HTMLAnchorElement).href)).pathname).toBe(
        here.replace('/en/', '/'),
      );
      expect(t.problems()).toEqual([]);
    } finally {
      await t.close();
    }
  });

  test('a Japanese page lists its version in each of the six languages, and a page only in Japanese lists none', async () => {
    const t = await newPage(browser);
    try {
      await t.page.goto(siteUrl('windows/'));
      const links = await alternates(t.page);
      // content/site.yaml: languages: [ja-x-easy, en, zh-Hans, ko, vi, pt]
      expect(links.map(([lang]) => lang)).toEqual(['ja', 'ja-x-easy', 'en', 'zh-Hans', 'ko', 'vi', 'pt', 'x-default']);
      expect(await t.page.locator('.language-switch a[hreflang]').count()).toBe(7);
      await t.page.goto(siteUrl('map/'));
      expect(await alternates(t.page)).toEqual([]);
      expect(await t.page.locator('.language-switch').count()).toBe(0);
    } finally {
      await t.close();
    }
  });
});

describe('a held-out town with every built-in language', () => {
  const fixture = path.resolve('tests/fixtures/setagaya-like');
  const languages = [...BUILT_IN_LANGUAGES];
  let work: string;
  let build: BuildResult;
  let server: StaticServer;

  beforeAll(async () => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'i18n-town-'));
    const content = path.join(work, 'content');
    fs.cpSync(fixture, content, { recursive: true });
    const site = path.join(content, 'site.yaml');
    fs.appendFileSync(site, `languages: [${languages.join(', ')}]\n`);
    build = await buildSite({ contentDir: content, outDir: path.join(outputRoot, 'i18n-town') });
    if (build.code === 0) server = await startStaticServer(path.join(outputRoot, 'i18n-town'));
  }, 600_000);
  afterAll(async () => {
    await server?.close();
    fs.rmSync(work, { recursive: true, force: true });
  });

  test('builds with no error', () => {
    expect(build.output).not.toMatch(/error:/);
    expect(build.code).toBe(0);
  });

  // A district's answer for the first worry, and a window that serves that district.
  const answer = 'windows/ninchisho/wakaba/';
  const windowPage = 'resources/chiku-shakyo-wakaba/';
  const pages = ['', 'windows/', answer, windowPage];

  test.each(['ja', ...languages])(
    '%s: home, finder, an answer and a window page pass axe, with lang and hreflang right',
    async (tag) => {
      const t = await newPage(browser);
      try {
        // A window's page has versions only for the languages its entry is translated into: none here.
        for (const page of tag === 'ja' ? pages : pages.filter((one) => one !== windowPage)) {
          const prefix = languagePrefix(tag);
          const url = `${server.url}${prefix ? `${prefix}/` : ''}${page}`;
          const response = await t.page.goto(url);
          expect(response?.status(), url).toBe(200);
          expect(await t.page.getAttribute('html', 'lang'), url).toBe(tag);
          expect(await checkA11y(t.page), url).toEqual([]);
          const links = await alternates(t.page);
          const expected = page === windowPage ? [] : ['ja', ...languages, 'x-default'];
          expect(
            links.map(([lang]) => lang),
            url,
          ).toEqual(expected);
          for (const [, href] of links) expect((await t.page.request.get(href)).status(), href).toBe(200);
        }
        expect(t.problems()).toEqual([]);
      } finally {
        await t.close();
      }
    },
  );

  // Debian's fonts-noto-cjk (installed by .ci/run) holds one cut per language; the page's
  // language picks it (src/styles/global.css), and a Japanese name inside stays Japanese.
  test.each([
    ['zh-Hans', 'Noto Sans CJK SC'],
    ['ko', 'Noto Sans CJK KR'],
  ])('%s: the finder answer is drawn with %s, its Japanese names with the Japanese cut', async (tag, font) => {
    const t = await newPage(browser);
    try {
      await t.page.goto(`${server.url}${languagePrefix(tag)}/${answer}`);
      // Digits and Latin letters may come from another font (system-ui); the CJK cut must be the page's own.
      const cjk = async (selector: string) => (await fontsDrawing(t.page, selector)).filter((f) => /CJK/.test(f));
      expect(await cjk('main .lead')).toEqual([font]);
      expect(await cjk('.answer-card [lang="ja"]')).toEqual(['Noto Sans CJK JP']);
      expect(t.problems()).toEqual([]);
    } finally {
      await t.close();
    }
  });
});
