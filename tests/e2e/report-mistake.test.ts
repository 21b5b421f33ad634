/**
 * 「情報のまちがいを知らせる」 on the resource pages of the built sample site: a resident ticks what
 * is wrong and types a note, and the mail link then holds the entry's name, id, page and what
 * they said; without JavaScript the same place is a plain mail link naming the entry; the open
 * form passes axe; nothing is requested from anywhere (the link only opens a mail program).
 * The staff's edit link stays, after the residents' path.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { SiteModel } from '../../src/lib/model/model.ts';
import { loadModel } from '../../src/lib/model/load-model.ts';
import { withoutRuby } from '../../src/lib/furigana/ruby-html.ts';
import { checkA11y, launchBrowser, newPage, siteUrl } from './browser.ts';
import { sampleOutDir } from './global-setup.ts';

let browser: Browser;
let model: SiteModel;

beforeAll(async () => {
  browser = await launchBrowser();
  ({ model } = await loadModel(path.resolve(process.env.E2E_CONTENT_DIR ?? 'content')));
});
afterAll(async () => {
  await browser?.close();
});

/** A mailto: link as a mail program reads it: the address, then each field decoded (RFC 6068). */
function readMailto(href: string): { to: string; subject: string; body: string; keys: string[] } {
  expect(href.startsWith('mailto:'), href).toBe(true);
  const [to, query = ''] = href.slice('mailto:'.length).split('?');
  const fields = query.split('&').map((pair) => pair.split('=').map(decodeURIComponent) as [string, string]);
  const field = (key: string) => fields.find(([name]) => name === key)?.[1] ?? '';
  return {
    to: decodeURIComponent(to),
    subject: field('subject'),
    body: field('body'),
    keys: fields.map(([key]) => key),
  };
}

/** A resource with a phone number and an edit link: the case a resident most often reports. */
const resourceWithPhone = () => model.resources.find((resource) => resource.phone && resource.file)!;

async function openForm(page: Page): Promise<void> {
  await page.getByText('情報のまちがいを知らせる', { exact: true }).click();
}

describe('report a mistake', () => {
  test('with JavaScript: ticking 電話 and typing a note puts them, with the name, id and URL, in the mail', async () => {
    const resource = resourceWithPhone();
    const t = await newPage(browser);
    const pageUrl = siteUrl(`resources/${resource.id}/`);
    await t.page.goto(pageUrl);
    await openForm(t.page);
    const form = t.page.locator('[data-mistake-report]');
    await form.getByLabel('電話', { exact: true }).check();
    await form
      .getByLabel(/くわしく/)
      .fill('電話番号が変わったようです。\n新しい番号は 042-000-0000 & cc=ではありません');
    const href = (await form.getByRole('link', { name: /メールで知らせる/ }).getAttribute('href'))!;
    const mail = readMailto(href);
    expect(mail.to).toBe(model.site.contact.email);
    expect(mail.keys).toEqual(['subject', 'body']);
    expect(mail.subject).toBe(`【情報のまちがい】${resource.name}（${resource.id}）`);
    expect(mail.body).toContain(`\r\n名前: ${resource.name}\r\n`);
    expect(mail.body).toContain(`\r\nid: ${resource.id}\r\n`);
    expect(mail.body).toContain(`\r\nページ: ${pageUrl}\r\n`);
    expect(mail.body).toContain('\r\nまちがっているところ: 電話\r\n');
    expect(mail.body).toContain(
      'くわしく:\r\n電話番号が変わったようです。\r\n新しい番号は 042-000-0000 & cc=ではありません\r\n',
    );
    // Unticking takes it out again: the link follows the form.
    await form.getByLabel('電話', { exact: true }).uncheck();
    await form.getByLabel('時間', { exact: true }).check();
    const again = readMailto((await form.getByRole('link', { name: /メールで知らせる/ }).getAttribute('href'))!);
    expect(again.body).toContain('\r\nまちがっているところ: 時間\r\n');
    expect(t.problems()).toEqual([]);
    await t.close();
  });

  test('axe: no violations with the form open and filled in', async () => {
    const t = await newPage(browser);
    await t.page.goto(siteUrl(`resources/${resourceWithPhone().id}/`));
    await openForm(t.page);
    await t.page.locator('[data-mistake-report]').getByLabel('住所', { exact: true }).check();
    expect(await t.page.locator('[data-mistake-fields]').isVisible()).toBe(true);
    expect(await checkA11y(t.page)).toEqual([]);
    expect(t.problems()).toEqual([]);
    await t.close();
  });

  test('without JavaScript: the same place is a mail link naming the entry; the form stays hidden', async () => {
    const resource = resourceWithPhone();
    const t = await newPage(browser, { context: { javaScriptEnabled: false } });
    await t.page.goto(siteUrl(`resources/${resource.id}/`));
    await openForm(t.page);
    const form = t.page.locator('[data-mistake-report]');
    expect(await form.locator('[data-mistake-fields]').isVisible()).toBe(false);
    const link = form.getByRole('link', { name: /メールで知らせる/ });
    expect(await link.isVisible()).toBe(true);
    const mail = readMailto((await link.getAttribute('href'))!);
    expect(mail.to).toBe(model.site.contact.email);
    expect(mail.subject).toBe(`【情報のまちがい】${resource.name}（${resource.id}）`);
    expect(mail.body).toContain(`\r\nid: ${resource.id}\r\n`);
    expect(mail.body).toContain(`resources/${resource.id}/`);
    expect(mail.body).toContain('まちがっているところ: （住所、電話、時間、休止・廃止、その他 から）');
    expect(t.problems()).toEqual([]);
    await t.close();
  });

  test('every resource page has it, naming its entry, before the staff’s edit link', () => {
    for (const resource of model.resources) {
      // The page's text as written (ふりがな's ruby taken out).
      const html = withoutRuby(
        fs.readFileSync(path.join(sampleOutDir, 'resources', resource.id, 'index.html'), 'utf8'),
      );
      const href = /<a class="mistake-send" href="([^"]+)"/.exec(html)?.[1];
      expect(href, resource.id).toBeDefined();
      const mail = readMailto(href!.replaceAll('&amp;', '&'));
      expect(mail.subject, resource.id).toBe(`【情報のまちがい】${resource.name}（${resource.id}）`);
      const report = html.indexOf('情報のまちがいを知らせる');
      const edit = html.indexOf('この情報の修正を提案する');
      if (model.site.editUrl) expect(edit, resource.id).toBeGreaterThan(report);
    }
  });
});
