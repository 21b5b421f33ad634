/**
 * 相談窓口を探す, end to end on the built sample site: what the cards say at a fixed time in Japan,
 * the finder with and without JavaScript, 町名 search, 現在地, the 専門職 toggle, axe, and
 * screenshots of three residents' journeys (written to <E2E output>/windows-journeys/).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkA11y, launchBrowser, newPage, siteUrl, type NewPageOptions } from './browser.ts';
import { outputRoot } from './global-setup.ts';

let browser: Browser;
const shots = path.join(outputRoot, 'windows-journeys');

beforeAll(async () => {
  browser = await launchBrowser();
  fs.mkdirSync(shots, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

async function withPage(options: NewPageOptions, run: (page: Page) => Promise<void>) {
  const t = await newPage(browser, options);
  try {
    await run(t.page);
    // newPage leaves out loads cancelled by following a link and the configured map tiles.
    expect(t.problems()).toEqual([]);
  } finally {
    await t.close();
  }
}

/** Text of each answer card's open status, by the window's name. */
async function cardStatuses(page: Page): Promise<Record<string, string>> {
  await page.waitForFunction(() => document.querySelectorAll('[data-open-status]:not([hidden])').length > 0);
  return page.$$eval('.answer-card', (cards) =>
    Object.fromEntries(
      cards.map((card) => [
        card.querySelector('h2, h3')!.textContent!.trim(),
        card.querySelector('[data-open-status]:not([hidden])')?.textContent?.trim() ?? '',
      ]),
    ),
  );
}

describe('open now, with the browser clock fixed', () => {
  test('勤労感謝の日 (Mon 2026-11-23) at noon, from a visitor whose clock is in New York', async () => {
    await withPage({ context: { timezoneId: 'America/New_York' } }, async (page) => {
      await page.clock.setFixedTime(new Date('2026-11-23T12:00:00+09:00'));
      await page.goto(siteUrl('windows/ninchisho/honcho/'));
      const statuses = await cardStatuses(page);
      // Closed on 祝日 and weekday-only: 本日は休み, back on Tuesday morning.
      expect(statuses['すこやか福祉相談室 本町']).toMatch(/^本日は休み（祝日） 次は 明日 8:30 から/);
      expect(statuses['中央地域包括支援センター']).toMatch(/^本日は休み（祝日） 次は 明日 8:30 から/);
      // The 24-hour phone line does not close for holidays.
      expect(statuses['みどり介護・こころの24時間電話相談']).toMatch(/^受付中 24時間受付/);
      await page.screenshot({ path: path.join(shots, 'clock-holiday.png'), fullPage: true });
    });
  });

  test('a weekday (Tue 2026-11-24) at noon', async () => {
    await withPage({}, async (page) => {
      await page.clock.setFixedTime(new Date('2026-11-24T12:00:00+09:00'));
      await page.goto(siteUrl('windows/seikatsu-komari/honcho/'));
      const statuses = await cardStatuses(page);
      expect(statuses['すこやか福祉相談室 本町']).toMatch(/^受付中 17:15 まで （12時00分 現在）/);
      expect(statuses['生活福祉課 くらし・しごと相談窓口']).toMatch(/^受付中 17:15 まで/);
      // 月・水・金 only: closed on Tuesday, open tomorrow.
      expect(statuses['本町地区社会福祉協議会']).toMatch(/^本日は休み 次は 明日 9:00 から/);
    });
  });

  test('cards on a list page and the hours on a detail page say it too; 12/29 is 年末年始', async () => {
    await withPage({}, async (page) => {
      await page.clock.setFixedTime(new Date('2026-12-29T10:00:00+09:00'));
      await page.goto(siteUrl('resources/houkatsu-chuo/'));
      const status = page.locator('[data-open-status]').first();
      await expect.poll(() => status.textContent()).toMatch(/^本日は休み（年末年始） 次は 月曜 8:30 から/);
      await page.goto(siteUrl('areas/honcho/'));
      await page.waitForFunction(() => document.querySelectorAll('.card [data-open-status]:not([hidden])').length > 0);
      const texts = await page.locator('.card [data-open-status]:not([hidden])').allTextContents();
      expect(texts.length).toBeGreaterThan(2);
      expect(texts.some((text) => text.startsWith('本日は休み（年末年始）'))).toBe(true);
    });
  });
});

describe('the finder without JavaScript', () => {
  test('from a 町名 to a phone number, by links only', async () => {
    await withPage({ context: { javaScriptEnabled: false } }, async (page) => {
      await page.goto(siteUrl('windows/'));
      await page.getByRole('link', { name: 'もの忘れ・認知症が心配' }).click();
      await page.waitForURL(/\/windows\/ninchisho\/$/);
      // The typed search needs JavaScript: it is not shown, the lists are.
      expect(await page.locator('[data-finder-search]').isVisible()).toBe(false);
      await page.locator('.town-index').getByRole('link', { name: '本町2丁目', exact: true }).click();
      await page.waitForURL(/\/windows\/ninchisho\/honcho\/$/);
      const call = page.locator('.answer-card a.call-button[href^="tel:"]').first();
      expect(await call.isVisible()).toBe(true);
      expect(await call.getAttribute('href')).toMatch(/^tel:0\d{1,4}-\d{1,4}-\d{4}$/);
      // The weekly hours are there without the script.
      expect(await page.locator('.answer-card .answer-hours').first().textContent()).toMatch(/月〜金/);
      await page.screenshot({ path: path.join(shots, 'no-js-answer.png'), fullPage: true });
    });
  });

  test('the 町名 list on /windows/ leads to the area page and its phone numbers', async () => {
    await withPage({ context: { javaScriptEnabled: false } }, async (page) => {
      await page.goto(siteUrl('windows/'));
      await page.getByText('町名の一覧から選ぶ').click();
      await page.getByRole('link', { name: '本町3丁目13～30番', exact: true }).click();
      await page.waitForURL(/\/areas\/midoricho\/$/);
      expect(await page.locator('#windows ~ dl a.tel[href^="tel:"]').count()).toBeGreaterThan(0);
    });
  });
});

describe('the finder with JavaScript', () => {
  test('typing 「本町２丁目」 goes to the answer; 「ほんちょう」 offers 本町地区', async () => {
    await withPage({}, async (page) => {
      await page.goto(siteUrl('windows/ninchisho/'));
      const box = page.getByLabel('町名や住所を入力してください');
      await box.fill('ほんちょう');
      await expect
        .poll(async () => (await page.locator('.finder-results a').allTextContents())[0])
        .toMatch(/^本町地区（本町/);
      await box.fill('本町２丁目');
      await box.press('Enter');
      await page.waitForURL(/\/windows\/ninchisho\/honcho\/$/);
    });
  });

  test('現在地 (mocked in Chromium) inside 本町地区 goes to its answer', async () => {
    await withPage(
      { context: { geolocation: { latitude: 35.7195, longitude: 139.512 }, permissions: ['geolocation'] } },
      async (page) => {
        await page.goto(siteUrl('windows/kaigo-hajime/'));
        await page.getByRole('button', { name: '現在地から探す' }).click();
        await page.waitForURL(/\/windows\/kaigo-hajime\/honcho\/$/);
        expect(await page.locator('h1').textContent()).toContain('本町地区');
      },
    );
  });

  test('現在地 outside every 地区: the nearest one is offered, not chosen silently', async () => {
    await withPage(
      { context: { geolocation: { latitude: 35.6, longitude: 139.3 }, permissions: ['geolocation'] } },
      async (page) => {
        await page.goto(siteUrl('windows/kaigo-hajime/'));
        await page.getByRole('button', { name: '現在地から探す' }).click();
        await expect.poll(() => page.locator('[data-finder-results]').textContent()).toMatch(/一番近いのは.+地区/);
        expect(page.url()).toMatch(/\/windows\/kaigo-hajime\/$/);
      },
    );
  });

  test('専門職の方: hidden by default, shown by the toggle, carried by ?pro=1', async () => {
    await withPage({}, async (page) => {
      await page.goto(siteUrl('windows/iryo-taiin/honcho/'));
      const proCard = page.locator('.answer-card', { hasText: '在宅療養連携支援センター' });
      expect(await proCard.isVisible()).toBe(false);
      expect(await page.locator('.answer-cards').first().textContent()).not.toContain('在宅療養連携支援センター');
      await page.getByText('専門職の方（医療・介護の専門職向けの窓口を表示）').click();
      expect(await proCard.isVisible()).toBe(true);

      await page.goto(siteUrl('windows/iryo-taiin/'));
      await page.getByLabel(/専門職の方/).check();
      await page.locator('.town-index').getByRole('link', { name: '本町1丁目', exact: true }).click();
      await page.waitForURL(/\/windows\/iryo-taiin\/honcho\/\?pro=1$/);
      expect(await page.locator('.answer-card', { hasText: '在宅療養連携支援センター' }).isVisible()).toBe(true);
    });
  });
});

describe('accessibility (axe, WCAG 2.2 AA)', () => {
  const pages = [
    'windows/',
    'windows/ninchisho/',
    'windows/ninchisho/honcho/',
    'windows/kosodate/chuo-ken/',
    'areas/honcho/',
    'areas/chuo-ken/',
    'print/areas/honcho/',
  ];
  test.each(pages)('%s', async (url) => {
    await withPage({}, async (page) => {
      await page.clock.setFixedTime(new Date('2026-11-24T12:00:00+09:00'));
      await page.goto(siteUrl(url));
      await page.waitForLoadState('networkidle');
      expect(await checkA11y(page)).toEqual([]);
    });
  });
});

describe('three residents, screenshots', () => {
  const at = new Date('2026-11-24T11:00:00+09:00'); // a Tuesday morning

  test('1. もの忘れが心配 + 本町２丁目 (typed)', async () => {
    await withPage({ context: { viewport: { width: 390, height: 844 } } }, async (page) => {
      await page.clock.setFixedTime(at);
      await page.goto(siteUrl('windows/'));
      await page.screenshot({ path: path.join(shots, '1a-topics.png'), fullPage: false });
      await page.getByRole('link', { name: 'もの忘れ・認知症が心配' }).click();
      await page.getByLabel('町名や住所を入力してください').fill('本町２丁目');
      await expect.poll(() => page.locator('.finder-results a').count()).toBeGreaterThan(0);
      await page.screenshot({ path: path.join(shots, '1b-town-typed.png') });
      await page.getByLabel('町名や住所を入力してください').press('Enter');
      await page.waitForURL(/\/windows\/ninchisho\/honcho\/$/);
      await cardStatuses(page);
      await page.screenshot({ path: path.join(shots, '1c-answer.png'), fullPage: true });
    });
  });

  test('2. 介護が必要 + 現在地', async () => {
    await withPage(
      {
        context: {
          viewport: { width: 390, height: 844 },
          geolocation: { latitude: 35.7195, longitude: 139.512 },
          permissions: ['geolocation'],
        },
      },
      async (page) => {
        await page.clock.setFixedTime(at);
        await page.goto(siteUrl('windows/kaigo-hajime/'));
        await page.screenshot({ path: path.join(shots, '2a-area-step.png') });
        await page.getByRole('button', { name: '現在地から探す' }).click();
        await page.waitForURL(/\/windows\/kaigo-hajime\/honcho\/$/);
        await cardStatuses(page);
        await page.screenshot({ path: path.join(shots, '2b-answer.png'), fullPage: true });
      },
    );
  });

  test('3. 生活費に困っている at a 地区 window that refers to the city window', async () => {
    await withPage({ context: { viewport: { width: 1000, height: 900 } } }, async (page) => {
      await page.clock.setFixedTime(at);
      await page.goto(siteUrl('windows/seikatsu-komari/honcho/'));
      await cardStatuses(page);
      const next = page.locator('#next ~ section', { hasText: 'すこやか福祉相談室 本町から' });
      expect(await next.getByRole('link', { name: '生活福祉課 くらし・しごと相談窓口' }).count()).toBe(1);
      await page.screenshot({ path: path.join(shots, '3a-answer.png'), fullPage: true });
      await page.goto(siteUrl('resources/sukoyaka-honcho/'));
      const referrals = page.locator('section.referral-group', { hasText: '生活費・くらしに困っている' });
      expect(await referrals.getByRole('link', { name: '生活福祉課 くらし・しごと相談窓口' }).count()).toBe(1);
      await referrals.scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(shots, '3b-window-referrals.png'), fullPage: true });
    });
  });
});
