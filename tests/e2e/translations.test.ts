/**
 * Translated content on the language pages (content/i18n/en of the sample): a translated window's
 * English page shows its English name and description, its Japanese name with the romaji reading,
 * and its number in +81 form beside the tel: link; in a finder answer an untranslated window keeps
 * its Japanese name marked lang="ja" with its reading, and a translated one links to its English
 * page. Every page is axe-clean with no console, CSP or request problems. Screenshots at 390 and
 * 1280 px go to the output folder for a look.
 */
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkA11y, launchBrowser, newPage, siteUrl } from './browser.ts';
import { outputRoot } from './global-setup.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const WIDTHS = [390, 1280];

describe('translated content on the English pages', () => {
  test.each(WIDTHS)('a translated window’s English page at %i px', async (width) => {
    const t = await newPage(browser, { context: { viewport: { width, height: 900 } } });
    const { page } = t;
    try {
      await page.goto(siteUrl('en/resources/houkatsu-hokubu/'));
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      const heading = page.locator('h1');
      expect(await heading.textContent()).toBe('Northern Community Comprehensive Support Center');
      expect(await heading.getAttribute('lang')).toBeNull();
      const body = page.locator('.body-text');
      expect(await body.getAttribute('lang')).toBeNull();
      expect(await body.textContent()).toContain(
        'The community comprehensive support center for the Kitano, Izumi and Sakae districts.',
      );
      // How to ask for it on the phone: the Japanese name and its reading.
      expect(await page.locator('.name-reading [lang="ja"]').first().textContent()).toBe('北部地域包括支援センター');
      expect(await page.locator('.name-reading [lang="ja-Latn"]').first().textContent()).toBe(
        'Hokubu Chiiki Hokatsu Shien Senta',
      );
      const tel = page.locator('a.tel[href="tel:042-335-8840"]');
      expect(await tel.count()).toBe(1);
      expect(await tel.evaluate((a) => a.nextElementSibling?.textContent)).toBe('+81 42 335 8840');
      // The hours note is the translation too.
      expect(await page.locator('main').textContent()).toContain("the city's 24-hour phone line (0120-294-365)");
      expect(await checkA11y(page)).toEqual([]);
      await page.screenshot({ path: path.join(outputRoot, `translated-window-${width}.png`), fullPage: true });
      expect(t.problems()).toEqual([]);
    } finally {
      await t.close();
    }
  });

  test.each(WIDTHS)('a finder answer with translated and untranslated windows at %i px', async (width) => {
    const t = await newPage(browser, { context: { viewport: { width, height: 900 } } });
    const { page } = t;
    try {
      await page.goto(siteUrl('en/windows/ninchisho/honcho/'));
      // Not translated: the Japanese name, marked as Japanese, with its reading; the link goes to the Japanese page.
      const untranslated = page.locator('.answer-card', {
        has: page.locator('a[href$="/resources/sukoyaka-honcho/"]'),
      });
      const link = untranslated.locator('h2 a');
      expect(await link.textContent()).toBe('すこやか福祉相談室 本町');
      expect(await link.getAttribute('lang')).toBe('ja');
      expect(await untranslated.locator('.name-reading [lang="ja-Latn"]').textContent()).toBe(
        'Sukoyaka Fukushi Sodanshitsu Honcho',
      );
      // Translated: the English name, linking to its English page.
      const translated = page.locator('.answer-card h2 a[href$="/en/resources/houkatsu-chuo/"]');
      expect(await translated.textContent()).toBe('Central Community Comprehensive Support Center');
      expect(await translated.getAttribute('lang')).toBeNull();
      // Every call button has the +81 form beside it.
      const calls = await page.locator('.answer-card a.call-button').count();
      expect(calls).toBeGreaterThan(1);
      expect(await page.locator('.answer-card a.call-button + .phone-international').count()).toBe(calls);
      // The topic's translated name is the page's own language.
      expect(await page.locator('h1').textContent()).toContain('Memory loss or worried about dementia');
      expect(await checkA11y(page)).toEqual([]);
      await page.screenshot({ path: path.join(outputRoot, `translated-answer-${width}.png`), fullPage: true });
      expect(t.problems()).toEqual([]);
    } finally {
      await t.close();
    }
  });

  test('the Japanese page of the same window shows neither reading nor +81 form', async () => {
    const t = await newPage(browser);
    try {
      await t.page.goto(siteUrl('resources/houkatsu-hokubu/'));
      expect(await t.page.locator('h1').textContent()).toBe('北部地域包括支援センター');
      expect(await t.page.locator('.name-reading, .phone-international').count()).toBe(0);
      expect(t.problems()).toEqual([]);
    } finally {
      await t.close();
    }
  });
});
