/**
 * Accessibility of every page type (JIS X 8341-3:2016 AA, tested against WCAG 2.2 AA):
 *
 *  1. axe-core (WCAG 2.0–2.2 A/AA tags) finds no violation on any page type, each in the state a
 *     visitor sees it (small map loaded, finder with a typed 町名, map popup open, search results…);
 *  2. the keyboard alone reaches every control on home, the finder, search and the map, focus is
 *     always visible, nothing traps it, and the skip link works;
 *  3. at 320 px, and at 640 px with 2× pixels (a 1280 px window at 200 %), no page scrolls
 *     sideways and no text is cut off; with prefers-reduced-motion nothing moves, not even the map;
 *  4. the results are what /accessibility/ shows: `UPDATE_A11Y_RESULTS=1` writes them to
 *     src/data/accessibility-results.json; a normal run fails when that file no longer lists
 *     the page types and keyboard walks tested here (the statement cannot silently drift).
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { buildModel, type SiteModel } from '../../src/lib/model/model.ts';
import {
  parseA11yResults,
  stalenessReasons,
  type A11yKeyboardResult,
  type A11yPageResult,
  type A11yResults,
} from '../../src/lib/site/accessibility-results.ts';
import { checkA11y, launchBrowser, newPage, siteUrl, type TestPage } from './browser.ts';

const require = createRequire(import.meta.url);
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const resultsFile = path.join(repoRoot, 'src/data/accessibility-results.json');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const VIEWPORTS = [
  { name: '320 × 640 px', viewport: { width: 320, height: 640 }, deviceScaleFactor: 1 },
  {
    name: '640 × 400 px（2倍の画素 = 1280 px の画面で 200 % 表示）',
    viewport: { width: 640, height: 400 },
    deviceScaleFactor: 2,
  },
];

let browser: Browser;
let model: SiteModel;

beforeAll(async () => {
  browser = await launchBrowser();
  const content = await loadContent(path.join(repoRoot, 'content'));
  model = buildModel({
    site: content.site!,
    categories: content.categories,
    topics: content.topics,
    areas: content.areas,
    organizations: content.organizations,
    resources: content.resources,
    networks: content.networks,
  });
});

// ------------------------------------------------------------------ page types

interface PageType {
  /** Stable key (the results file lists these). */
  id: string;
  /** What it is, in Japanese, for the statement. */
  label: string;
  path: string;
  /** Expected HTTP status (the 404 page). */
  status?: number;
  /** Bring the page into the state to test, after it has loaded. */
  prepare?: (page: Page) => Promise<void>;
}

/** Waits until a map has drawn once (map-page.ts sets data-map-state). */
const mapIdle = (page: Page, selector = '[data-map]') =>
  page.locator(`${selector}[data-map-state="idle"]`).waitFor({ timeout: 30_000 });

async function openMapPopup(page: Page): Promise<void> {
  await mapIdle(page);
  await page
    .locator('[data-map-list] > li')
    .first()
    .getByRole('button', { name: /地図で見る/ })
    .click();
  await page.locator('.maplibregl-popup').waitFor();
}

async function typeTown(page: Page, town: string): Promise<void> {
  await page.locator('#finder-town').fill(town);
  await page.locator('.finder-results a').first().waitFor();
}

async function searchResults(page: Page): Promise<void> {
  await page.locator('[data-search-results] > li').first().waitFor({ timeout: 30_000 });
  await expect.poll(() => page.locator('[data-search-status]').innerText()).toMatch(/件/);
}

/** The page types, with the sample content's entries that show each one best. */
function pageTypes(): PageType[] {
  const resident = (r: SiteModel['resources'][number]) => r.status === 'active' && !r.professionalOnly;
  const located = model.resources.find((r) => resident(r) && r.location)!;
  const suspended = model.resources.find((r) => r.status === 'suspended')!;
  const professional = model.resources.find((r) => r.professionalOnly)!;
  const category = model.categories.find((c) => model.resourcesOfCategory(c.id).length > 1)!;
  const districts = model.areas.filter((a) => a.level === 'district');
  const district = districts.find((a) => model.windowsServing(a.id).length > 0 && (a.towns?.length ?? 0) > 0)!;
  const region = model.areas.find((a) => a.level === 'region')!;
  const topic = model.topics[0]!;
  // A 町名 as residents type it: the first listed 町 of the district.
  const town = district.towns![0]!;
  return [
    { id: 'home', label: 'トップページ', path: '' },
    { id: 'resources', label: 'サービス・場所の一覧', path: 'resources/' },
    { id: 'resources-category', label: `種類別の一覧（${category.name}）`, path: `resources/category/${category.id}/` },
    { id: 'resources-target', label: '対象別の一覧（高齢者）', path: 'resources/target/elderly/' },
    { id: 'resources-audience', label: '利用者別の一覧（専門職の方）', path: 'resources/audience/professional/' },
    {
      id: 'resource-detail',
      // The small map is an SVG from the start; the moving map is checked in map.test.ts.
      label: `サービス・場所の詳細（小さな地図を表示した状態）`,
      path: `resources/${located.id}/`,
    },
    { id: 'resource-suspended', label: '休止中のサービスの詳細', path: `resources/${suspended.id}/` },
    { id: 'resource-professional', label: '専門職向け窓口の詳細', path: `resources/${professional.id}/` },
    { id: 'windows', label: '相談窓口を探す（困りごとを選ぶ）', path: 'windows/' },
    { id: 'finder-topic', label: `相談窓口を探す（地域を選ぶ: ${topic.name}）`, path: `windows/${topic.id}/` },
    {
      id: 'finder-typed',
      label: '相談窓口を探す（町名を入力し、専門職の方を選んだ状態）',
      path: `windows/${topic.id}/`,
      prepare: async (page) => {
        await typeTown(page, town);
        await page.locator('#finder-pro').check();
      },
    },
    {
      id: 'finder-answer',
      label: '相談窓口を探す（答え: 窓口と電話番号）',
      path: `windows/${topic.id}/${district.id}/`,
      prepare: async (page) => {
        await page.locator('.answer-card').first().waitFor();
      },
    },
    {
      id: 'finder-answer-professional',
      label: '相談窓口を探す（答え: 専門職の方向けを開いた状態）',
      path: `windows/${topic.id}/${district.id}/?pro=1`,
    },
    { id: 'areas', label: '地域から探す（地域の一覧とくらべる表）', path: 'areas/' },
    { id: 'areas-sort', label: '地域をくらべる（並べかえ）', path: 'areas/sort/aging-rate/' },
    { id: 'areas-density', label: '地域をくらべる（色分け地図）', path: `areas/density/${category.id}/` },
    { id: 'area-district', label: `地区のページ（${district.name}）`, path: `areas/${district.id}/` },
    { id: 'area-region', label: `圏域のページ（${region.name}）`, path: `areas/${region.id}/` },
    { id: 'networks', label: '会議・ネットワーク（関係図）', path: 'networks/' },
    { id: 'network', label: '会議・ネットワークの詳細', path: `networks/${model.networks[0]!.id}/` },
    { id: 'organizations', label: '運営団体の一覧', path: 'organizations/' },
    { id: 'organization', label: '運営団体の詳細', path: `organizations/${model.organizations[0]!.id}/` },
    { id: 'map', label: '地図で探す（読み込み後）', path: 'map/', prepare: (page) => mapIdle(page) },
    { id: 'map-popup', label: '地図で探す（場所の説明を開いた状態）', path: 'map/', prepare: openMapPopup },
    {
      id: 'search-results',
      label: 'キーワードで探す（検索結果）',
      path: 'search/?q=デイサービス',
      prepare: searchResults,
    },
    {
      id: 'search-filtered',
      label: 'キーワードで探す（絞り込みあり）',
      path: `search/?q=${encodeURIComponent('相談')}&area=${region.id}&active=1`,
      prepare: searchResults,
    },
    { id: 'print-area', label: '印刷用（地域の窓口）', path: `print/areas/${district.id}/` },
    { id: 'print-category', label: '印刷用（種類別の一覧）', path: `print/categories/${category.id}/` },
    { id: 'admin-freshness', label: '情報の確認日の一覧（担当者向け）', path: 'admin/freshness/' },
    { id: 'not-found', label: 'ページが見つからないとき（404）', path: 'no-such-page/', status: 404 },
    { id: 'accessibility', label: 'アクセシビリティ方針', path: 'accessibility/' },
  ];
}

const KEYBOARD_WALKS: { id: string; label: string }[] = [
  { id: 'home', label: 'トップページ: 本文へ移動と、すべての操作部品' },
  { id: 'finder', label: '相談窓口を探す: 困りごと → 町名 → 答え → 電話をかけるリンク' },
  { id: 'search', label: 'キーワードで探す: 入力 → 結果 → 絞り込み' },
  { id: 'map', label: '地図で探す: 地図の説明、場所の一覧から地図で見る' },
];

/** Opens a page type and brings it into its state; fails on a wrong status. */
async function openPageType(t: TestPage, pageType: PageType): Promise<void> {
  const response = await t.page.goto(siteUrl(pageType.path));
  expect(response?.status(), pageType.path).toBe(pageType.status ?? 200);
  await t.page.waitForLoadState('networkidle');
  await pageType.prepare?.(t.page);
}

// ------------------------------------------------------------------ results, collected as the tests run

const collected = {
  axe: new Map<string, A11yPageResult['axe']>(),
  reflow: new Map<string, string[]>(),
  motion: new Map<string, string[]>(),
  keyboard: new Map<string, { steps: number; problems: string[] }>(),
};
let chromiumVersion = '';

const axeVersion = (require('axe-core/package.json') as { version: string }).version;
const playwrightVersion = (require('playwright-core/package.json') as { version: string }).version;

/** Rule counts for the statement (checkA11y has injected axe already). */
async function axeRuleCounts(page: Page): Promise<A11yPageResult['axe']> {
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return {
      passed: result.passes.length,
      violated: result.violations.length,
      incomplete: result.incomplete.length,
      violations: result.violations.map((v) => v.id),
      needsReview: result.incomplete.map((v) => v.id),
    };
  }, AXE_TAGS);
}

afterAll(async () => {
  chromiumVersion ||= browser?.version() ?? '';
  await browser?.close();
  if (process.env.UPDATE_A11Y_RESULTS !== '1') return;
  const types = pageTypes();
  const complete =
    types.every((p) => collected.axe.has(p.id) && collected.reflow.has(p.id) && collected.motion.has(p.id)) &&
    KEYBOARD_WALKS.every((walk) => collected.keyboard.has(walk.id));
  if (!complete) {
    console.warn('[a11y] UPDATE_A11Y_RESULTS=1 but not every check ran (filtered run?): results file left as it was.');
    return;
  }
  const outcome = (problems: string[]) => ({
    problems: problems.length,
    examples: problems.slice(0, 5).map((p) => p.slice(0, 300)),
  });
  const results: A11yResults = {
    testedAt: new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Tokyo' }).format(new Date()),
    tools: { axeCore: axeVersion, chromium: chromiumVersion, playwright: playwrightVersion },
    axeTags: AXE_TAGS,
    viewports: VIEWPORTS.map((v) => v.name),
    pages: types.map((p) => ({
      id: p.id,
      label: p.label,
      path: p.path,
      axe: collected.axe.get(p.id)!,
      reflow: outcome(collected.reflow.get(p.id)!),
      motion: outcome(collected.motion.get(p.id)!),
    })),
    keyboard: KEYBOARD_WALKS.map((walk): A11yKeyboardResult => {
      const done = collected.keyboard.get(walk.id)!;
      return { ...walk, steps: done.steps, ...outcome(done.problems) };
    }),
  };
  parseA11yResults(results);
  fs.mkdirSync(path.dirname(resultsFile), { recursive: true });
  fs.writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`[a11y] wrote ${path.relative(repoRoot, resultsFile)}`);
});

// ------------------------------------------------------------------ 1. axe on every page type

describe('axe-core (WCAG 2.2 A/AA) on every page type', () => {
  test('finds no violations', { timeout: 600_000 }, async () => {
    const t = await newPage(browser, { allowStatuses: [404] });
    chromiumVersion = browser.version();
    try {
      for (const pageType of pageTypes()) {
        await openPageType(t, pageType);
        const violations = await checkA11y(t.page);
        const counts = await axeRuleCounts(t.page);
        collected.axe.set(pageType.id, counts);
        expect.soft(violations, `${pageType.id}: ${pageType.path}`).toEqual([]);
        // The 404 page's own status is logged by Chromium as a failed resource: expected there.
        const problems = t
          .takeProblems()
          .filter((p) => !(pageType.status === 404 && p.includes('status of 404') && p.includes(pageType.path)));
        expect.soft(problems, `${pageType.id}: console/page errors`).toEqual([]);
      }
    } finally {
      await t.close();
    }
  });
});

// ------------------------------------------------------------------ 2. keyboard

interface FocusInfo {
  description: string;
  visible: boolean;
  onScreen: boolean;
  isSkipLink: boolean;
  isBody: boolean;
}

/** What has focus now, and whether a sighted keyboard user can see it. */
function focusInfo(page: Page): Promise<FocusInfo> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body || el === document.documentElement) {
      return { description: 'body', visible: false, onScreen: false, isSkipLink: false, isBody: true };
    }
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
    const rect = el.getBoundingClientRect();
    const onScreen =
      rect.width > 0 &&
      rect.height > 0 &&
      rect.bottom > 0 &&
      rect.right > 0 &&
      rect.top < innerHeight &&
      rect.left < innerWidth;
    const text = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
    const description = `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ').join('.')}` : ''}> ${text}`;
    return {
      description,
      visible: outline || shadow,
      onScreen,
      isSkipLink: el.classList.contains('skip-link'),
      isBody: false,
    };
  });
}

/** Starts recording every element that receives focus. */
async function recordFocus(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __focused: Set<Element> };
    w.__focused = new Set();
    document.addEventListener('focusin', (event) => w.__focused.add(event.target as Element), true);
  });
}

/** Interactive elements a keyboard user must be able to reach that focus never reached. */
function unreachedControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const seen = (window as unknown as { __focused: Set<Element> }).__focused;
    const selector =
      'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"])';
    return (
      [...document.querySelectorAll<HTMLElement>(selector)]
        // checkVisibility: not in a closed <details> (content-visibility), not display:none or hidden.
        .filter((el) => el.checkVisibility({ visibilityProperty: true }))
        .filter((el) => !(el as HTMLButtonElement).disabled && el.getAttribute('tabindex') !== '-1')
        // A radio group is one tab stop; MapLibre's own canvas container is not a control.
        .filter((el) => !(el instanceof HTMLInputElement && el.type === 'radio' && !el.checked))
        .filter((el) => !seen.has(el))
        .map(
          (el) =>
            `<${el.tagName.toLowerCase()}> ${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}`,
        )
    );
  });
}

/**
 * Presses Tab from where focus is until focus comes back to the first element it stopped on
 * (a whole round through the page, so nothing trapped it), checking at every stop that the
 * focus is visible on screen.
 */
async function tabAround(page: Page, problems: string[], label: string, maxSteps = 800): Promise<number> {
  let steps = 0;
  let sawOther = false;
  let previous = '';
  let repeats = 0;
  while (steps < maxSteps) {
    await page.keyboard.press('Tab');
    steps++;
    const info = await focusInfo(page);
    if (info.isBody) continue; // past the last control, before wrapping to the first
    const backAtStart = await page.evaluate((first) => {
      const w = window as unknown as { __kbStart?: Element | null };
      if (first) w.__kbStart = document.activeElement;
      return !first && document.activeElement === w.__kbStart;
    }, !sawOther);
    if (backAtStart) return steps;
    sawOther = true;
    if (!info.visible) problems.push(`${label}: focus not visible on ${info.description}`);
    if (!info.onScreen) problems.push(`${label}: focused element off screen: ${info.description}`);
    repeats = info.description === previous ? repeats + 1 : 0;
    previous = info.description;
    if (repeats >= 3) {
      problems.push(`${label}: focus stuck on ${info.description}`);
      return steps;
    }
  }
  problems.push(`${label}: Tab never came back to the start after ${maxSteps} presses (keyboard trap?)`);
  return steps;
}

/** Tabs forward until `predicate` holds for the focused element; returns the presses used. */
async function tabTo(page: Page, predicate: string, problems: string[], label: string, max = 300): Promise<number> {
  for (let steps = 1; steps <= max; steps++) {
    await page.keyboard.press('Tab');
    const info = await focusInfo(page);
    if (!info.isBody && !info.visible) problems.push(`${label}: focus not visible on ${info.description}`);
    if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, predicate)) return steps;
  }
  throw new Error(`${label}: could not reach ${predicate} with Tab`);
}

describe('keyboard', () => {
  const run = async (id: string, walk: (t: TestPage, problems: string[]) => Promise<number>, context = {}) => {
    const t = await newPage(browser, { context: { viewport: { width: 1000, height: 800 }, ...context } });
    const problems: string[] = [];
    let steps = 0;
    try {
      steps = await walk(t, problems);
    } finally {
      collected.keyboard.set(id, { steps, problems });
      await t.close();
    }
    expect(problems).toEqual([]);
    expect(t.problems()).toEqual([]);
  };

  test('home: the skip link moves to the main content; Tab reaches every control with visible focus and wraps around', async () => {
    await run('home', async ({ page }, problems) => {
      await page.goto(siteUrl(''));
      await recordFocus(page);
      await page.keyboard.press('Tab');
      const first = await focusInfo(page);
      expect(first.isSkipLink, `first Tab stop is the skip link, not ${first.description}`).toBe(true);
      if (!first.visible || !first.onScreen) problems.push('skip link: not visible when focused');
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
      // The next Tab continues inside the main content, not at the menu.
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
      let steps = 3;
      steps += await tabAround(page, problems, 'home');
      problems.push(...(await unreachedControls(page)).map((c) => `home: never reached ${c}`));
      return steps;
    });
  });

  test('finder: topic → 町名 → answer → the tap-to-call link, by keyboard only', async () => {
    await run('finder', async ({ page }, problems) => {
      const topic = model.topics[0]!;
      const district = model.areas.find(
        (a) => a.level === 'district' && model.windowsServing(a.id).length > 0 && a.towns?.length,
      )!;
      await page.goto(siteUrl('windows/'));
      await recordFocus(page);
      let steps = await tabAround(page, problems, 'windows/');
      problems.push(...(await unreachedControls(page)).map((c) => `windows/: never reached ${c}`));
      // Choose the worry.
      steps += await tabTo(page, `a[href$="/windows/${topic.id}/"]`, problems, 'windows/');
      await Promise.all([page.waitForURL(`**/windows/${topic.id}/`), page.keyboard.press('Enter')]);
      // Type the 町名 and press Enter: the answer page.
      await recordFocus(page);
      steps += await tabTo(page, '#finder-town', problems, 'topic page');
      await page.keyboard.type(district.towns![0]!);
      await page.locator('.finder-results a').first().waitFor();
      await Promise.all([page.waitForURL(`**/windows/${topic.id}/${district.id}/`), page.keyboard.press('Enter')]);
      steps += 2;
      // From the top of the answer page to the first phone link.
      await recordFocus(page);
      steps += await tabTo(page, 'main a[href^="tel:"]', problems, 'answer page');
      const tel = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href);
      expect(tel).toMatch(/^tel:\+?\d[\d-]+$/);
      steps += await tabAround(page, problems, 'answer page');
      problems.push(...(await unreachedControls(page)).map((c) => `answer page: never reached ${c}`));
      return steps;
    });
  });

  test('search: type, see results, apply a filter by keyboard', async () => {
    await run('search', async ({ page }, problems) => {
      await page.goto(siteUrl('search/'));
      let steps = await tabTo(page, '#search-q', problems, 'search');
      await page.keyboard.type('デイサービス');
      await page.keyboard.press('Enter');
      await searchResults(page);
      const before = await page.locator('[data-search-results] > li').count();
      // Open the filters (a <summary>) and choose 休止中・廃止を除く and an area.
      steps += await tabTo(page, '[data-search-filters] > summary', problems, 'search');
      await page.keyboard.press('Enter');
      expect(await page.locator('[data-search-filters]').getAttribute('open')).not.toBeNull();
      steps += await tabTo(page, '#search-area', problems, 'search');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      await expect.poll(() => page.url()).toMatch(/[?&]area=/);
      await searchResults(page);
      const after = await page.locator('[data-search-results] > li').count();
      expect(after).toBeGreaterThan(0);
      expect(after).toBeLessThanOrEqual(before);
      steps += 2;
      await recordFocus(page);
      steps += await tabAround(page, problems, 'search (filtered)');
      problems.push(...(await unreachedControls(page)).map((c) => `search: never reached ${c}`));
      return steps;
    });
  });

  test('map: the canvas is named and explained, the list is the way in, Enter on an item shows it on the map', async () => {
    await run('map', async ({ page }, problems) => {
      await page.goto(siteUrl('map/'));
      await mapIdle(page);
      // The canvas: a name, and instructions that mention the keys and the list.
      const canvas = page.locator('[data-map] canvas');
      const name = await canvas.getAttribute('aria-label');
      if (!name) problems.push('map: the canvas has no accessible name');
      const describedBy = await canvas.getAttribute('aria-describedby');
      const help = describedBy ? await page.locator(`#${describedBy}`).innerText() : '';
      if (!/一覧/.test(help) || !/矢印/.test(help))
        problems.push(`map: the canvas instructions are missing or incomplete (${help || 'none'})`);

      await recordFocus(page);
      let steps = await tabAround(page, problems, 'map');
      problems.push(...(await unreachedControls(page)).map((c) => `map: never reached ${c}`));

      // Enter on a list item's 「地図で見る」 opens its card on the map and centres it.
      steps += await tabTo(page, '[data-map-list] .map-show', problems, 'map list');
      const itemName = await page.evaluate(() =>
        document.activeElement!.closest('li')!.querySelector('.map-card-name')!.textContent!.trim(),
      );
      await page.keyboard.press('Enter');
      await page.locator('.maplibregl-popup').waitFor();
      expect(await page.locator('.maplibregl-popup').innerText()).toContain(itemName);
      const zoom = () =>
        page.evaluate(() =>
          (
            document.querySelector('[data-map]') as HTMLElement & { maplibreMap: import('maplibre-gl').Map }
          ).maplibreMap.getZoom(),
        );
      await expect.poll(zoom, { timeout: 10_000 }).toBeGreaterThanOrEqual(16);
      // The popup takes the focus so its links are next; Escape or its close button closes it.
      expect(await page.evaluate(() => document.activeElement?.closest('.maplibregl-popup') !== null)).toBe(true);
      return steps + 1;
    });
  });
});

// ------------------------------------------------------------------ 3. reflow and motion

/** Sideways scrolling, unlabelled scroll regions, cut-off text, evaluated in the page. */
function reflowProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const doc = document.documentElement;
    const viewportWidth = doc.clientWidth;
    if (doc.scrollWidth > viewportWidth)
      problems.push(`the page scrolls sideways (${doc.scrollWidth} > ${viewportWidth} px)`);
    const describe = (el: Element) => {
      const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 30);
      const cls =
        typeof (el as HTMLElement).className === 'string' && (el as HTMLElement).className
          ? `.${(el as HTMLElement).className.trim().split(/\s+/).join('.')}`
          : '';
      return `<${el.tagName.toLowerCase()}${cls}> 「${text}」`;
    };
    const scrollsSideways = (el: Element) => {
      const s = getComputedStyle(el);
      return (s.overflowX === 'auto' || s.overflowX === 'scroll') && el.scrollWidth > el.clientWidth + 1;
    };
    const hasOwnText = (el: Element) =>
      [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '');
    const skip = (el: Element) =>
      el.closest('.visually-hidden, .maplibregl-map, .skip-link, svg, select, input, textarea') !== null;

    const all = [...document.body.querySelectorAll<HTMLElement>('*')].filter(
      (el) => el instanceof HTMLElement && !skip(el) && el.checkVisibility(),
    );
    const scrollRegions = all.filter(scrollsSideways);
    for (const region of scrollRegions) {
      if (region.getAttribute('tabindex') !== '0')
        problems.push(`scrollable region without tabindex="0": ${describe(region)}`);
      if (!region.getAttribute('aria-label') && !region.getAttribute('aria-labelledby'))
        problems.push(`scrollable region without a label: ${describe(region)}`);
    }
    const inRegion = (el: Element) => scrollRegions.some((region) => region !== el && region.contains(el));
    for (const el of all) {
      const s = getComputedStyle(el);
      if (s.visibility === 'hidden') continue;
      const hidesX = s.overflowX === 'hidden' || s.overflowX === 'clip';
      const hidesY = s.overflowY === 'hidden' || s.overflowY === 'clip';
      const rect = el.getBoundingClientRect();
      // 1 px clipped boxes are the screen-reader-only pattern, not cut-off text.
      if (rect.width <= 1 || rect.height <= 1) continue;
      if ((el.textContent ?? '').trim() !== '') {
        if (hidesX && el.scrollWidth > el.clientWidth + 1) problems.push(`text cut off sideways: ${describe(el)}`);
        if (hidesY && el.scrollHeight > el.clientHeight + 2)
          problems.push(`text cut off at the bottom: ${describe(el)}`);
        if (s.textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth)
          problems.push(`text shortened with …: ${describe(el)}`);
      }
      if (hasOwnText(el) && !inRegion(el) && (rect.right > viewportWidth + 1 || rect.left < -1)) {
        problems.push(
          `text outside the screen (${Math.round(rect.left)}–${Math.round(rect.right)} of ${viewportWidth} px): ${describe(el)}`,
        );
      }
    }
    return [...new Set(problems)];
  });
}

/** CSS transitions and animations that would run, evaluated in the page. */
function motionProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const seconds = (list: string) =>
      Math.max(...list.split(',').map((v) => parseFloat(v) * (v.trim().endsWith('ms') ? 0.001 : 1)));
    const describe = (el: Element, pseudo: string) =>
      `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${typeof (el as HTMLElement).className === 'string' && (el as HTMLElement).className ? `.${(el as HTMLElement).className.trim().split(/\s+/).join('.')}` : ''}>${pseudo}`;
    for (const el of document.querySelectorAll('*')) {
      for (const pseudo of ['', '::before', '::after']) {
        const s = getComputedStyle(el, pseudo || null);
        if (s.transitionProperty !== 'none' && seconds(s.transitionDuration) > 0)
          problems.push(`transition ${s.transitionProperty} ${s.transitionDuration} on ${describe(el, pseudo)}`);
        if (s.animationName !== 'none' && seconds(s.animationDuration) > 0)
          problems.push(`animation ${s.animationName} on ${describe(el, pseudo)}`);
      }
    }
    const running = document.getAnimations().filter((a) => a.playState === 'running');
    if (running.length) problems.push(`${running.length} animation(s) running`);
    return [...new Set(problems)];
  });
}

describe('200 % zoom, 320 px, reduced motion', () => {
  test(
    'no page type scrolls sideways or cuts text off at 320 px and at 640 px with 2x pixels',
    { timeout: 600_000 },
    async () => {
      for (const v of VIEWPORTS) {
        const t = await newPage(browser, {
          allowStatuses: [404],
          context: { viewport: v.viewport, deviceScaleFactor: v.deviceScaleFactor },
        });
        try {
          for (const pageType of pageTypes()) {
            await openPageType(t, pageType);
            const problems = (await reflowProblems(t.page)).map((p) => `${v.viewport.width} px: ${p}`);
            collected.reflow.set(pageType.id, [...(collected.reflow.get(pageType.id) ?? []), ...problems]);
            expect.soft(problems, `${pageType.id} (${pageType.path}) at ${v.name}`).toEqual([]);
            t.takeProblems();
          }
        } finally {
          await t.close();
        }
      }
    },
  );

  test(
    'with prefers-reduced-motion, no CSS transition or animation runs on any page type',
    { timeout: 600_000 },
    async () => {
      const t = await newPage(browser, { allowStatuses: [404], context: { reducedMotion: 'reduce' } });
      try {
        for (const pageType of pageTypes()) {
          await openPageType(t, pageType);
          // Hover and focus something, as a visitor would.
          const link = t.page.locator('main a[href]').first();
          if (await link.count()) {
            await link.hover();
            await link.focus();
          }
          const problems = await motionProblems(t.page);
          collected.motion.set(pageType.id, problems);
          expect.soft(problems, `${pageType.id} (${pageType.path})`).toEqual([]);
          t.takeProblems();
        }
      } finally {
        await t.close();
      }
    },
  );

  test('with prefers-reduced-motion, the map jumps instead of flying', async () => {
    const t = await newPage(browser, { context: { reducedMotion: 'reduce' } });
    try {
      await t.page.goto(siteUrl('map/'));
      await mapIdle(t.page);
      expect(await t.page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches)).toBe(true);
      const item = t.page.locator('[data-map-list] > li').nth(3);
      // Click and, in the same task, read where the map is: no animation frame has run yet.
      const moved = await item.getByRole('button', { name: /地図で見る/ }).evaluate((button) => {
        const map = (document.querySelector('[data-map]') as HTMLElement & { maplibreMap: import('maplibre-gl').Map })
          .maplibreMap;
        (button as HTMLButtonElement).click();
        return { moving: map.isMoving(), zoom: map.getZoom() };
      });
      expect(moved.moving).toBe(false);
      expect(moved.zoom).toBeGreaterThanOrEqual(16);
    } finally {
      await t.close();
    }
  });
});

// ------------------------------------------------------------------ 4. the statement's data

describe('the accessibility statement', () => {
  test('its results file lists exactly the page types and keyboard walks tested here', () => {
    expect(fs.existsSync(resultsFile), `${resultsFile} is missing: run this file with UPDATE_A11Y_RESULTS=1`).toBe(
      true,
    );
    const committed = parseA11yResults(JSON.parse(fs.readFileSync(resultsFile, 'utf8')));
    if (process.env.UPDATE_A11Y_RESULTS === '1') return; // about to be rewritten by this run
    const reasons = stalenessReasons(committed, {
      pages: pageTypes().map((p) => p.id),
      keyboard: KEYBOARD_WALKS.map((walk) => walk.id),
      axeCore: axeVersion,
    });
    expect(
      reasons,
      'src/data/accessibility-results.json is stale: run `UPDATE_A11Y_RESULTS=1 npx vitest run --project e2e tests/e2e/accessibility.test.ts`',
    ).toEqual([]);
  });

  test('/accessibility/ shows the date, tools and every page type of the results file, and the footer links to it', async () => {
    const committed = parseA11yResults(JSON.parse(fs.readFileSync(resultsFile, 'utf8')));
    const t = await newPage(browser);
    try {
      await t.page.goto(siteUrl(''));
      await t.page.locator('.site-footer').getByRole('link', { name: 'アクセシビリティ方針' }).click();
      await t.page.waitForURL('**/accessibility/');
      const text = await t.page.locator('main').innerText();
      for (const word of [
        'JIS X 8341-3:2016',
        'AA',
        '対象範囲',
        '試験日',
        '試験方法',
        '試験結果',
        '例外',
        'お問い合わせ',
      ])
        expect(text).toContain(word);
      const [y, m, d] = committed.testedAt.split('-').map(Number);
      expect(text).toContain(`${y}年${m}月${d}日`);
      expect(text).toContain(committed.tools.axeCore);
      for (const page of committed.pages) expect(text, page.id).toContain(page.label);
      expect(text).toMatch(/準拠/);
    } finally {
      await t.close();
    }
  });
});
