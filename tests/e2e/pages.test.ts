/**
 * The pages of the built sample site, checked against the content they were built from:
 * every entry has its page, a detail page shows every field a resident or care manager needs,
 * lists are in よみがな order, and every page type passes axe and works without JavaScript.
 * Expectations are read from content/ with the validator's own loader, not written by hand.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { LoadedContent } from '../../src/lib/content/load.ts';
import type { SiteModel } from '../../src/lib/model/model.ts';
import { loadModel } from '../../src/lib/model/load-model.ts';
import { formatDate } from '../../src/lib/text/format.ts';
import { checkA11y, launchBrowser, newPage, siteUrl } from './browser.ts';
import { sampleOutDir } from './global-setup.ts';
import { brokenSiteLinks } from './site-links.ts';

let browser: Browser;
let content: LoadedContent;
let model: SiteModel;

beforeAll(async () => {
  browser = await launchBrowser();
  ({ loaded: content, model } = await loadModel(path.resolve('content')));
});

afterAll(async () => {
  await browser?.close();
});

const basePath = (process.env.BASE_PATH || '/').replace(/^\/?/, '/').replace(/\/?$/, '/');
const pageExists = (urlPath: string) =>
  fs.existsSync(path.join(sampleOutDir, urlPath.replace(/^\//, ''), 'index.html'));

describe('every entry of the content has its page', () => {
  test.each(['resources', 'areas', 'networks', 'organizations'] as const)('%s', (collection) => {
    const ids = content[collection].map((entry) => entry.id);
    expect(ids.length).toBeGreaterThan(0);
    const missing = ids.filter((id) => !pageExists(`/${collection}/${id}/`));
    expect(missing).toEqual([]);
  });

  test('no resource file was dropped between the folder and the site', () => {
    const files = fs
      .readdirSync('content/resources', { recursive: true })
      .filter((file) => String(file).endsWith('.md'));
    const built = fs
      .readdirSync(path.join(sampleOutDir, 'resources'), {
        withFileTypes: true,
      })
      .filter((entry) => entry.isDirectory() && !['category', 'target', 'audience'].includes(entry.name));
    expect(built.length).toBe(files.length);
  });

  test('every link to a page or file of the site names one that was built, under the base path', () => {
    expect(brokenSiteLinks(sampleOutDir, basePath)).toEqual([]);
  });
});

describe('resource detail page', () => {
  test('a window shows phone, FAX, hours with closures, areas, referrals, operator, 情報確認日 and an edit link', async () => {
    const window = model.windows.find(
      (resource) =>
        resource.fax &&
        resource.refersTo?.length &&
        resource.closed?.includes('holiday') &&
        resource.operator &&
        resource.hours?.length,
    );
    expect(window, 'the sample content has a fully described window').toBeDefined();
    const t = await newPage(browser);
    await t.page.goto(siteUrl(`resources/${window!.id}/`));
    const main = t.page.locator('main');
    await expect.soft(main.locator('h1')).toBeDefined();
    expect(await main.locator('h1').innerText()).toBe(window!.name);
    expect(await main.locator(`a[href="tel:${window!.phone}"]`).count()).toBeGreaterThan(0);
    const text = await main.innerText();
    expect(text).toContain(window!.fax!);
    expect(text).toContain('祝日・振替休日');
    expect(text).toMatch(/は休み/);
    expect(text).toContain(formatDate(window!.verifiedAt));
    const operator = model.organizationById.get(window!.operator!)!;
    expect(await main.locator(`a[href="${basePath}organizations/${operator.id}/"]`).innerText()).toBe(operator.name);
    for (const areaId of window!.servesAreas!) {
      expect(await main.locator(`a[href="${basePath}areas/${areaId}/"]`).count(), `担当地区 ${areaId}`).toBeGreaterThan(
        0,
      );
    }
    for (const referral of window!.refersTo!) {
      expect(
        await main.locator(`a[href="${basePath}resources/${referral.resource}/"]`).count(),
        `つなぎ先 ${referral.resource}`,
      ).toBeGreaterThan(0);
    }
    const edit = main.getByRole('link', { name: 'この情報の修正を提案する' });
    expect(await edit.getAttribute('href')).toMatch(new RegExp(`/content/resources/.+/${window!.id}\\.md$`));
    // The weekly table: one row per day, 月曜日 first.
    const rows = main.locator('table.hours tbody tr');
    expect(await rows.count()).toBe(7);
    expect(await rows.first().locator('th').innerText()).toBe('月曜日');
    expect(t.takeProblems()).toEqual([]);
  });

  test('suspended and closed resources stay listed and say so', async () => {
    const notActive = model.resources.filter((resource) => resource.status !== 'active');
    expect(notActive.length).toBeGreaterThan(0);
    const t = await newPage(browser);
    for (const resource of notActive) {
      await t.page.goto(siteUrl(`resources/${resource.id}/`));
      const label = resource.status === 'suspended' ? '休止中' : '廃止';
      expect(await t.page.locator('main').innerText(), resource.id).toContain(label);
    }
    await t.page.goto(siteUrl('resources/'));
    const listText = await t.page.locator('main').innerText();
    for (const resource of notActive) expect(listText).toContain(resource.name);
  });

  test('a professional-only window says residents should go elsewhere', async () => {
    const professional = model.resources.find((resource) => resource.professionalOnly);
    expect(professional).toBeDefined();
    const t = await newPage(browser);
    await t.page.goto(siteUrl(`resources/${professional!.id}/`));
    expect(await t.page.locator('main').innerText()).toContain('専門職の方向けの窓口です');
  });
});

describe('lists', () => {
  test('/resources/ groups by category in categories.yaml order, each group in よみがな order', async () => {
    const t = await newPage(browser);
    await t.page.goto(siteUrl('resources/'));
    const sections = t.page.locator('main section');
    const used = model.categories.filter((category) => model.resourcesOfCategory(category.id).length > 0);
    expect(await sections.count()).toBe(used.length);
    for (const [index, category] of used.entries()) {
      const names = await sections.nth(index).locator('.card h3').allInnerTexts();
      const expected = content.resources
        .filter((entry) => entry.data.category === category.id)
        .sort((a, b) => a.data.kana.localeCompare(b.data.kana, 'ja') || a.data.name.localeCompare(b.data.name, 'ja'))
        .map((entry) => entry.data.name);
      expect(names, category.id).toEqual(expected);
    }
  });

  test('the category filter is a plain link and shows exactly that category', async () => {
    const t = await newPage(browser, { context: { javaScriptEnabled: false } });
    await t.page.goto(siteUrl('resources/'));
    const category = model.categories.find((candidate) => model.resourcesOfCategory(candidate.id).length > 1)!;
    await t.page.locator('nav.filters').getByRole('link', { name: category.name, exact: true }).click();
    await t.page.waitForURL(`**/resources/category/${category.id}/`);
    const names = await t.page.locator('main .card h2').allInnerTexts();
    expect(names.sort()).toEqual(
      model
        .resourcesOfCategory(category.id)
        .map((resource) => resource.name)
        .sort(),
    );
  });

  test('an area page lists the windows serving it first, then resources standing in it', async () => {
    const district = model.areas.find((area) => area.level === 'district' && model.resourcesIn(area.id).length > 0)!;
    const t = await newPage(browser);
    await t.page.goto(siteUrl(`areas/${district.id}/`));
    const headings = await t.page.locator('main h2').allInnerTexts();
    expect(headings[0]).toBe('この地域の相談窓口');
    const text = await t.page.locator('main').innerText();
    for (const window of model.windowsServing(district.id).filter((w) => !w.professionalOnly))
      expect(text).toContain(window.name);
    for (const resource of model.resourcesIn(district.id)) expect(text).toContain(resource.name);
  });
});

describe('every page type', () => {
  const pageTypes = () => {
    const resource = model.resources[0];
    const area = model.areas.find((candidate) => candidate.level === 'district')!;
    return [
      '',
      'resources/',
      `resources/${resource.id}/`,
      `resources/category/${resource.category}/`,
      'windows/',
      'areas/',
      `areas/${area.id}/`,
      'networks/',
      `networks/${model.networks[0].id}/`,
      'organizations/',
      `organizations/${model.organizations[0].id}/`,
    ];
  };

  test('passes axe (WCAG 2.2 AA), says the data is fictional, and has one h1', async () => {
    const t = await newPage(browser);
    for (const pagePath of pageTypes()) {
      await t.page.goto(siteUrl(pagePath));
      expect.soft(await checkA11y(t.page), pagePath).toEqual([]);
      expect.soft(await t.page.locator('h1').count(), pagePath).toBe(1);
      expect.soft(await t.page.locator('.sample-notice').innerText(), pagePath).toContain('架空');
    }
    expect(t.takeProblems()).toEqual([]);
  });

  test('is readable without JavaScript', async () => {
    const t = await newPage(browser, { context: { javaScriptEnabled: false } });
    for (const pagePath of pageTypes()) {
      const response = await t.page.goto(siteUrl(pagePath));
      expect(response?.status(), pagePath).toBe(200);
      expect((await t.page.locator('h1').innerText()).length, pagePath).toBeGreaterThan(0);
    }
  });

  // Budget (issue 16): under 60 KB of JavaScript at any window size until the visitor asks for the
  // moving map. Bytes are the response bodies as served here, uncompressed (gzip makes them smaller).
  test.each([390, 1280])('a detail page loads under 60 KB of JavaScript at %i px, all the way down', async (width) => {
    const located = model.resources.find((candidate) => candidate.location && !candidate.isWindow)!;
    const counter = model.resources.find((candidate) => candidate.location && candidate.isWindow)!;
    for (const resource of [located, counter]) {
      const t = await newPage(browser, {
        context: { viewport: { width, height: 800 } },
      });
      const scripts: Promise<{ url: string; bytes: number }>[] = [];
      t.page.on('requestfinished', (request) => {
        if (request.resourceType() === 'script')
          scripts.push(
            request.sizes().then((sizes) => ({
              url: request.url(),
              bytes: sizes.responseBodySize,
            })),
          );
      });
      await t.page.goto(siteUrl(`resources/${resource.id}/`), {
        waitUntil: 'networkidle',
      });
      const onLoad = await Promise.all(scripts);
      await t.page.evaluate(async () => {
        for (let y = 0; y <= document.documentElement.scrollHeight; y += 200) {
          window.scrollTo(0, y);
          await new Promise((resolve) => setTimeout(resolve, 30));
        }
      });
      await t.page.waitForLoadState('networkidle');
      const all = await Promise.all(scripts);
      const sum = (list: { bytes: number }[]) => list.reduce((total, script) => total + script.bytes, 0);
      console.log(
        `[budget] resources/${resource.id}/ at ${width} px: ${sum(onLoad)} B of JavaScript on load, ` +
          `${sum(all)} B after scrolling the whole page (${all.length} files)`,
      );
      expect(all.filter((script) => /maplibre|map-common|pagefind/i.test(script.url))).toEqual([]);
      expect(sum(all), all.map((script) => `${script.url} ${script.bytes}`).join('\n')).toBeLessThan(60_000);
      expect(await t.page.locator('[data-small-map] svg').count()).toBe(1);
      expect(t.problems()).toEqual([]);
      await t.close();
    }
  });

  test('has a print stylesheet that hides the menu', async () => {
    const t = await newPage(browser);
    await t.page.goto(siteUrl(`resources/${model.resources[0].id}/`));
    await t.page.emulateMedia({ media: 'print' });
    expect(await t.page.locator('.site-header nav').isVisible()).toBe(false);
    await t.page.emulateMedia({ media: 'screen' });
    expect(await t.page.locator('.site-header nav').isVisible()).toBe(true);
  });

  test('keeps its layout at 320 px (no horizontal scrolling)', async () => {
    const t = await newPage(browser, {
      context: { viewport: { width: 320, height: 640 } },
    });
    for (const pagePath of pageTypes()) {
      await t.page.goto(siteUrl(pagePath));
      const overflow = await t.page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect.soft(overflow, pagePath).toBeLessThanOrEqual(0);
    }
  });
});
