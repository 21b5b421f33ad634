/**
 * The prefecture's portal (issue 17) in Chromium: three members built under /m/<id>/ and a fourth
 * whose manifest is broken, the portal over them, all on one origin (federation-fixture.ts).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkA11y, launchBrowser, newPage } from './browser.ts';
import { BROKEN_MEMBER, FEDERATION_MEMBERS, startFederation, type Federation } from './federation-fixture.ts';

let federation: Federation;
let browser: Browser;

beforeAll(async () => {
  federation = await startFederation();
  browser = await launchBrowser();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await federation?.close();
});

describe('the portal over three members and a broken one', () => {
  test('the broken member is reported by name, in the command and on the home page, and the others are on it', async () => {
    expect(federation.portalOutput).toContain(`${BROKEN_MEMBER.name}（${BROKEN_MEMBER.id}）`);
    expect(federation.portalOutput).toContain('参加団体 4 のうち 3 団体');
    const t = await newPage(browser);
    await t.page.goto(federation.url());
    const report = t.page.locator('[data-member-problems]');
    const broken = await report.locator(`[data-member="${BROKEN_MEMBER.id}"]`).innerText();
    expect(broken).toContain(BROKEN_MEMBER.name);
    expect(broken).toContain('ない項目: sample, builtAt');
    for (const member of FEDERATION_MEMBERS) {
      expect(await t.page.locator('#main table').innerText()).toContain(member.name);
    }
    expect(t.problems()).toEqual([]);
    await t.close();
  });

  test('the list of 地域包括支援センター has every member, each centre with a phone to tap and a link to its page', async () => {
    const t = await newPage(browser);
    await t.page.goto(federation.url('houkatsu/'));
    for (const member of FEDERATION_MEMBERS) {
      const section = t.page.locator(`section[data-member="${member.id}"]`);
      expect(await section.locator('.card').count(), member.id).toBeGreaterThan(0);
      expect(await section.locator('a[href^="tel:"]').count(), member.id).toBeGreaterThan(0);
      const page = await section.locator('.card h3 a').first().getAttribute('href');
      expect(page).toMatch(new RegExp(`^/m/${member.id}/resources/[a-z0-9-]+/$`));
    }
    await t.page.goto(federation.url('houkatsu/'));
    await t.page.locator('section[data-member="kawashiro"] .card h3 a').first().click();
    await t.page.waitForURL(/\/m\/kawashiro\/resources\//);
    expect(t.problems()).toEqual([]);
    await t.close();
  });

  test('the finder sends a 町名 of the third member to its window (tel:) and to the member answer page', async () => {
    const t = await newPage(browser);
    await t.page.goto(federation.url('finder/'));
    await t.page.getByLabel('市区町村').selectOption('kawashiro');
    await t.page.getByLabel('町名や住所').fill('東台２丁目');
    await t.page.getByRole('button', { name: '探す', exact: true }).click();
    await t.page.waitForURL(/\/finder\/kawashiro\/higashidai-ken\/$/);
    const worry = t.page.locator('section[data-topic="ninchisho"]');
    await expect.poll(() => worry.locator('.card h3').first().innerText()).toBe('東台地域包括支援センター');
    expect(await worry.locator('a[href="tel:046-200-2005"]').count()).toBe(1);
    await worry.locator('a[data-member-answer]').click();
    await t.page.waitForURL(/\/m\/kawashiro\/windows\/ninchisho\/higashidai-ken\/$/);
    expect(await t.page.locator('h1').innerText()).toContain('東台');
    expect(await t.page.locator('a[href="tel:046-200-2005"]').count()).toBeGreaterThan(0);
    expect(t.problems()).toEqual([]);
    await t.close();
  });

  test('現在地 finds the member and its 地区 in the browser, asking nothing of the network but the portal', async () => {
    // The 東台 包括 of かわしろ市 stands at 35.45, 139.39, inside the 東台圏域.
    const t = await newPage(browser, {
      context: { geolocation: { latitude: 35.45, longitude: 139.39 }, permissions: ['geolocation'] },
    });
    const asked: string[] = [];
    t.page.on('request', (request) => asked.push(request.url()));
    await t.page.goto(federation.url('finder/'));
    await t.page.getByRole('button', { name: '現在地から探す' }).click();
    await t.page.waitForURL(/\/finder\/kawashiro\/higashidai-ken\/$/);
    expect(asked).toContain(federation.url('finder/members.json'));
    expect(asked).toContain(federation.url('finder/kawashiro/areas.json'));
    // The position stays in the browser: no request carries it.
    expect(asked.filter((url) => url.includes('35.45') || url.includes('139.39'))).toEqual([]);
    expect(t.problems()).toEqual([]);
    await t.close();
  });

  test('without JavaScript, the same answer is reached through the member and 町名 lists', async () => {
    const t = await newPage(browser, { context: { javaScriptEnabled: false } });
    await t.page.goto(federation.url('finder/'));
    expect(await t.page.locator('[data-portal-finder]').isHidden()).toBe(true);
    await t.page.getByRole('link', { name: 'かわしろ市' }).click();
    await t.page.getByRole('link', { name: '東台2丁目' }).click();
    await t.page.waitForURL(/\/finder\/kawashiro\/higashidai-ken\/$/);
    expect(await t.page.locator('a[href="tel:046-200-2005"]').count()).toBeGreaterThan(0);
    await t.close();
  });

  test('the comparison sorts without JavaScript and draws every member', async () => {
    const t = await newPage(browser, { context: { javaScriptEnabled: false } });
    await t.page.goto(federation.url('stats/'));
    expect(await t.page.locator('[data-stats-table] tbody tr').count()).toBe(FEDERATION_MEMBERS.length);
    // Every member whose manifest has an outline is drawn (けやき区's fixture has no boundaries).
    let outlined = 0;
    for (const member of FEDERATION_MEMBERS) {
      const manifest = await (await fetch(federation.url(`m/${member.id}/data/site.json`))).json();
      if (manifest.areas.some((area: { boundary?: unknown }) => area.boundary)) outlined++;
    }
    expect(outlined).toBe(2);
    expect(await t.page.locator('.choropleth-svg .choro-area').count()).toBe(outlined);
    await t.page.getByRole('link', { name: '古い情報の割合の高い順' }).click();
    await t.page.waitForURL(/\/stats\/sort\/stale\/$/);
    expect(await t.page.locator('[data-stats-table] caption').innerText()).toContain('古い情報の割合の高い順');
    await t.close();
  });

  test('axe finds no violations on any portal page type', async () => {
    const pages = [
      '',
      'houkatsu/',
      'finder/',
      'finder/kawashiro/',
      'finder/kawashiro/higashidai-ken/',
      'stats/',
      'stats/sort/houkatsu/',
      'map/',
      'search/',
    ];
    const t = await newPage(browser);
    for (const sitePath of pages) {
      await t.page.goto(federation.url(sitePath));
      expect(await checkA11y(t.page), sitePath || 'home').toEqual([]);
    }
    expect(t.problems()).toEqual([]);
    await t.close();
  });
});
