/**
 * マイリスト in the built sample site: three resources added from a list page's card, a resource
 * page and a finder answer; after a reload they are there; reordered and annotated; the share link
 * opens them read-only in a fresh browser (which then saves them); the printed handout; axe on
 * /list/ and its print view; nothing requested from anywhere but the site. Screenshots of /list/
 * at 390 px and 1280 px and of the print view go to <E2E output>/mylist/.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ResourceView, SiteModel } from '../../src/lib/model/model.ts';
import { loadModel } from '../../src/lib/model/load-model.ts';
import { checkA11y, launchBrowser, newPage, siteUrl, type TestPage } from './browser.ts';
import { outputRoot } from './global-setup.ts';

const shots = path.join(outputRoot, 'mylist');
let browser: Browser;
let model: SiteModel;

beforeAll(async () => {
  fs.mkdirSync(shots, { recursive: true });
  browser = await launchBrowser();
  ({ model } = await loadModel(path.resolve(process.env.E2E_CONTENT_DIR ?? 'content')));
});
afterAll(async () => {
  await browser?.close();
});

const ADD = 'マイリストに追加';
const REMOVE = 'マイリストから外す';

/** The names in /list/'s entries, in order. */
async function listedNames(page: Page): Promise<string[]> {
  await page.locator('[data-mylist-entries] > li').first().waitFor();
  return page.locator('[data-mylist-entries] > li h3 a').allTextContents();
}

/** Clicks the マイリスト button in `scope` and waits for its words to change. */
async function add(page: Page, scope: string): Promise<void> {
  const button = page.locator(scope).getByRole('button', { name: ADD, exact: true });
  await button.click();
  await expect.poll(() => page.locator(scope).getByRole('button', { name: REMOVE }).count()).toBe(1);
  expect(
    await page
      .getByRole('status')
      .filter({ hasText: /に追加しました$/ })
      .count(),
  ).toBe(1);
}

/** A resource that is on the given category page and has a phone number. */
function inCategory(categoryId: string): ResourceView {
  return model.resources.find((r) => r.category === categoryId && r.phone && r.status === 'active')!;
}

async function addThree(t: TestPage): Promise<string[]> {
  const { page } = t;
  // 1. A card on a list page (the category's list).
  const fromCard = inCategory('day-service');
  await page.goto(siteUrl(`resources/category/${fromCard.category}/`));
  await add(page, `li.card:has(a[href$="/resources/${fromCard.id}/"])`);
  // 2. A resource page.
  const fromPage = model.resources.find((r) => r.capacity?.available !== undefined && r.id !== fromCard.id)!;
  await page.goto(siteUrl(`resources/${fromPage.id}/`));
  await add(page, 'article');
  // 3. The finder's answer page: its first answer card.
  await page.goto(siteUrl('windows/ninchisho/fujimi/'));
  const answer = page.locator('li.answer-card').first();
  const answerName = (await answer.locator('h2 a, h3 a').first().textContent())!.trim();
  await add(page, 'li.answer-card >> nth=0');
  return [fromCard.name, fromPage.name, answerName];
}

describe('マイリスト', () => {
  test('add from a card, a page and the finder; reload; reorder and annotate; share; print', async () => {
    const t = await newPage(browser);
    const { page } = t;
    const names = await addThree(t);
    // The resource page links to the list.
    await page.goto(siteUrl(`resources/${model.resources.find((r) => r.name === names[1])!.id}/`));
    await page.getByRole('link', { name: 'マイリストを見る' }).click();
    expect(await listedNames(page)).toEqual(names);
    // The resource pages' small maps ask for their (blocked, tolerated) tiles; from this reload of
    // /list/ on, nothing may leave the site at all.
    expect(t.takeProblems()).toEqual([]);
    await expect.poll(() => page.getByText('どこにも送信されません').count()).toBe(1);
    await page.reload();
    expect(await listedNames(page)).toEqual(names);
    // Each entry: phone as a tel: link; the one from the resource page shows its 空き with its date.
    expect(await page.locator('[data-mylist-entries] a[href^="tel:"]').count()).toBeGreaterThanOrEqual(2);
    await expect.poll(() => page.locator('.mylist-capacity').first().textContent()).toMatch(/空き \d+人.*時点/);

    // Reorder with the buttons: the first goes down one, focus stays on it.
    await page.getByRole('button', { name: `下へ（${names[0]}）` }).click();
    await expect.poll(() => listedNames(page)).toEqual([names[1], names[0], names[2]]);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(`下へ（${names[0]}）`);
    // Annotate, name the list, reload: kept.
    await page.getByLabel(`ご家族へのメモ（${names[2]}）`).fill('木曜の午後に電話してみてください');
    await page.getByLabel('リストの名前（任意）').fill('山田さん');
    await page.getByRole('button', { name: '名前を付ける' }).click();
    await page.reload();
    expect(await listedNames(page)).toEqual([names[1], names[0], names[2]]);
    expect(await page.getByLabel(`ご家族へのメモ（${names[2]}）`).inputValue()).toBe(
      '木曜の午後に電話してみてください',
    );
    expect(await page.locator('[data-mylist-title]').textContent()).toBe('山田さん');
    await expect.poll(() => page.locator('[data-mylist-qr] svg path').count()).toBe(1);
    // The small map: three numbered dots in the list's order.
    expect(await page.locator('[data-mylist-map] svg g text').allTextContents()).toEqual(['1', '2', '3']);
    expect(await checkA11y(page)).toEqual([]);

    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await page.screenshot({ path: path.join(shots, `list-${width}.png`), fullPage: true });
    }

    // The print view: no site chrome, the notes as text, big phone digits, the QR back to the list.
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 794, height: 1123 }); // A4 at 96 dpi
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('.site-footer').isVisible()).toBe(false);
    expect(await page.locator('.mylist-controls').isVisible()).toBe(false);
    expect(await page.locator('textarea').first().isVisible()).toBe(false);
    expect(await page.getByText('木曜の午後に電話してみてください').isVisible()).toBe(true);
    expect(await page.locator('[data-mylist-qr] svg').isVisible()).toBe(true);
    expect(await page.locator('[data-mylist-map] svg').isVisible()).toBe(true);
    const phoneSize = await page
      .locator('.mylist-phone-number')
      .first()
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(phoneSize).toBeGreaterThanOrEqual(30); // 24pt
    expect(await checkA11y(page)).toEqual([]);
    await page.screenshot({ path: path.join(shots, 'print.png'), fullPage: true });
    await page.emulateMedia({ media: 'screen' });

    // The share link: the list travels after the #, so the request the server sees has none of it.
    const link = await page.locator('[data-mylist-link]').inputValue();
    expect(new URL(link).hash).toMatch(/^#share=/);
    expect(t.problems()).toEqual([]);
    expect(t.blockedRequests).toEqual([]); // not even tolerated ones: /list/ asks nothing of any other host
    await t.close();

    // A fresh browser context: the family's phone.
    const family = await newPage(browser, { context: { viewport: { width: 390, height: 844 } } });
    const requested: string[] = [];
    family.page.on('request', (request) => requested.push(request.url()));
    await family.page.goto(link);
    expect(await listedNames(family.page)).toEqual([names[1], names[0], names[2]]);
    expect(await family.page.locator('[data-mylist-title]').textContent()).toBe('山田さん');
    expect(await family.page.getByText('木曜の午後に電話してみてください').isVisible()).toBe(true);
    // Read-only: no reorder buttons or note fields until saved.
    expect(await family.page.getByRole('button', { name: /^上へ|^下へ/ }).count()).toBe(0);
    expect(await family.page.locator('textarea').count()).toBe(0);
    expect(requested.every((url) => !url.includes('share='))).toBe(true);
    expect(await checkA11y(family.page)).toEqual([]);
    await family.page.getByRole('button', { name: 'このリストを保存する' }).click();
    await expect.poll(() => family.page.getByRole('button', { name: /^下へ/ }).count()).toBe(3);
    expect(new URL(family.page.url()).hash).toBe('');
    await family.page.reload();
    expect(await listedNames(family.page)).toEqual([names[1], names[0], names[2]]);
    expect(await family.page.locator('[data-mylist-select] option').allTextContents()).toEqual([
      'リスト1（0件）',
      '山田さん（3件）',
    ]);
    expect(family.problems()).toEqual([]);
    expect(family.blockedRequests).toEqual([]);
    await family.close();
  });

  test('search results get the button too, and show what is listed', async () => {
    const t = await newPage(browser);
    const { page } = t;
    const resource = inCategory('day-service');
    await page.goto(siteUrl(`resources/${resource.id}/`));
    await add(page, 'article');
    await page.goto(siteUrl(`search/?q=${encodeURIComponent(resource.name)}`));
    const result = page.locator(`li.search-result:has(a[href$="/resources/${resource.id}/"])`);
    await result.first().waitFor();
    expect(await result.first().getByRole('button', { name: REMOVE }).count()).toBe(1);
    await result.first().getByRole('button', { name: REMOVE }).click();
    await page.goto(siteUrl('list/'));
    await expect.poll(() => page.locator('[data-mylist-empty]').isVisible()).toBe(true);
    expect(t.problems()).toEqual([]);
    await t.close();
  });

  test("the map's list gets the button too", async () => {
    const t = await newPage(browser);
    const { page } = t;
    await page.goto(siteUrl('map/'));
    const item = page.locator('[data-map-list] > li.map-list-item').first();
    await item.waitFor({ timeout: 20_000 });
    const name = (await item.locator('.map-card-name a').textContent())!.trim();
    await item.getByRole('button', { name: ADD }).click();
    await expect.poll(() => item.getByRole('button', { name: REMOVE }).count()).toBe(1);
    await page.goto(siteUrl('list/'));
    expect(await listedNames(page)).toEqual([name]);
    await t.close();
  });

  test('without JavaScript the buttons stay hidden and /list/ says it needs JavaScript', async () => {
    const t = await newPage(browser, { context: { javaScriptEnabled: false } });
    await t.page.goto(siteUrl(`resources/${inCategory('day-service').id}/`));
    expect(await t.page.getByRole('button', { name: ADD }).count()).toBe(0);
    await t.page.goto(siteUrl('list/'));
    expect(await t.page.getByText('JavaScript を有効にしてください').isVisible()).toBe(true);
    await t.close();
  });
});
