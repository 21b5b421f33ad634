/**
 * ふりがな in built sites. The sample site: the readings over three area names are their `kana`
 * from content/areas/*.yaml; the 「ふりがなをつける」 switch shows them with JavaScript off, and with
 * JavaScript on remembers the choice on the next page; copied text has no readings; Chromium's
 * accessibility tree gives the words once (the reading as the ruby's description); axe is clean
 * with the readings on. A copy of tests/fixtures/valid-town with `languages: [ja-x-easy]`: its
 * /ja-x-easy/ pages always show the readings, three area names read as their kana, without
 * JavaScript and without a switch. Screenshots at 390 px and 1280 px go to <E2E output>/furigana/.
 * Which pages get readings: the sample's Japanese and やさしい日本語 pages, never its English,
 * Chinese, Korean, Vietnamese or Portuguese ones (their Japanese names included), nor titles,
 * scripts, options or tel: links; and the service worker's precache and the offline save lists,
 * written after the readings went in, still describe the pages as served.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { checkA11y, launchBrowser, newPage, siteUrl } from './browser.ts';
import { buildSite, type BuildResult } from './build-site.ts';
import { outputRoot, sampleOutDir, startStaticServer, type StaticServer } from './global-setup.ts';
import { toHiragana } from '../../src/lib/furigana/align.ts';
import { languagePrefix } from '../../src/lib/i18n/languages.ts';
import { outputFile } from '../../src/lib/offline/site-files.ts';

/** A `kana` field as the page's readings spell it: hiragana, no spaces. */
const toHiraganaKana = (kana: string) => toHiragana(kana.replace(/\s+/g, ''));

const shots = path.join(outputRoot, 'furigana');
const contentDir = path.resolve(process.env.E2E_CONTENT_DIR ?? 'content');
/** A kanji-only name, one with kana inside (が), one with ヶ. */
const AREAS = ['honcho', 'matsugaoka', 'sakuragaoka'];
let browser: Browser;

beforeAll(async () => {
  fs.mkdirSync(shots, { recursive: true });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The name and kana an area's file gives. */
function areaFile(id: string, folder = contentDir): { name: string; kana: string } {
  return parseYaml(fs.readFileSync(path.join(folder, 'areas', `${id}.yaml`), 'utf8')) as {
    name: string;
    kana: string;
  };
}

/**
 * How the page reads an element aloud for a child: the shown reading (the <rt>'s data-r) over each kanji run,
 * the kana as written (katakana as hiragana). Also whether every reading is on screen.
 */
async function shownReading(
  page: Page,
  selector: string,
): Promise<{ text: string; reading: string; visible: boolean }> {
  return page.locator(selector).evaluate((root) => {
    let reading = '';
    let visible = true;
    const walk = (node: Node) => {
      for (const child of node.childNodes) {
        if (child.nodeType === Node.TEXT_NODE) {
          const inRt = child.parentElement?.closest('rt');
          const nextRt = !inRt && child.parentElement?.tagName === 'RUBY';
          if (!inRt && !nextRt)
            reading += child.textContent!.replace(/[\u30a1-\u30f6]/g, (c) =>
              String.fromCharCode(c.charCodeAt(0) - 0x60),
            );
        } else if (child instanceof HTMLElement && child.tagName === 'RT') {
          reading += child.dataset.r ?? '';
          const style = getComputedStyle(child);
          visible &&=
            style.display !== 'none' && style.visibility === 'visible' && child.getBoundingClientRect().height > 0;
        } else walk(child);
      }
    };
    walk(root);
    const words = root.cloneNode(true) as HTMLElement;
    for (const rt of words.querySelectorAll('rt')) rt.remove();
    return {
      text: words.textContent!.trim(),
      reading: reading.replace(/\s+/g, ''),
      visible,
    };
  });
}

const switchOn = (page: Page) => page.getByText('ふりがなをつける', { exact: true }).click();

/** The accessibility tree's nodes below the heading named `name`, and the heading itself. */
async function headingTree(page: Page, name: string) {
  type AXNode = {
    nodeId: string;
    childIds?: string[];
    role?: { value: string };
    name?: { value: string };
    description?: { value: string };
  };
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
    nodes: AXNode[];
  };
  const byId = new Map(nodes.map((node) => [node.nodeId, node]));
  const below = (node: AXNode): AXNode[] =>
    (node.childIds ?? []).flatMap((id) => (byId.has(id) ? [byId.get(id)!, ...below(byId.get(id)!)] : []));
  const heading = nodes.find((node) => node.role?.value === 'heading' && node.name?.value === name);
  return { heading, below: heading ? below(heading) : [] };
}

describe('ふりがな on the やさしい日本語 pages (a town whose site.yaml lists ja-x-easy)', () => {
  const fixture = path.resolve('tests/fixtures/valid-town');
  const outDir = path.join(outputRoot, 'furigana-easy');
  /** 本町地区 (kanji only), カワベチク (kana in katakana), 南台地区. */
  const EASY_AREAS = ['honcho', 'kawabe', 'minamidai'];
  const fixtureArea = (id: string) => areaFile(id, fixture);
  let work: string;
  let build: BuildResult;
  let server: StaticServer | undefined;

  beforeAll(async () => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'furigana-easy-'));
    const content = path.join(work, 'content');
    fs.cpSync(fixture, content, { recursive: true });
    fs.appendFileSync(path.join(content, 'site.yaml'), 'languages: [ja-x-easy]\n');
    build = await buildSite({ contentDir: content, outDir });
    if (build.code === 0) server = await startStaticServer(outDir);
  }, 600_000);
  afterAll(async () => {
    await server?.close();
    fs.rmSync(work, { recursive: true, force: true });
  });

  test('builds, and the build reports the pages it put readings into', () => {
    expect(build.code, build.output.slice(-2000)).toBe(0);
    expect(build.output).toMatch(/ふりがな: \d+ pages, \d+ distinct texts read in/);
  });

  test('three area names read as their kana, shown without a switch, with JavaScript off', async () => {
    const t = await newPage(browser, { context: { javaScriptEnabled: false } });
    for (const id of EASY_AREAS) {
      const { name, kana } = fixtureArea(id);
      await t.page.goto(`${server!.url}ja-x-easy/areas/${id}/`);
      expect(await t.page.locator('html').getAttribute('lang')).toBe('ja-x-easy');
      expect(await t.page.locator('.furigana-switch').count(), 'no switch: the readings always show').toBe(0);
      const shown = await shownReading(t.page, 'main h1');
      expect(shown, name).toEqual({
        text: expect.stringContaining(name),
        reading: expect.stringContaining(toHiraganaKana(kana)),
        visible: true,
      });
    }
    expect(t.problems()).toEqual([]);
    await t.close();
  });

  test('the standard Japanese page of the same town hides them until its switch is on', async () => {
    const t = await newPage(browser, { context: { javaScriptEnabled: false } });
    await t.page.goto(`${server!.url}areas/honcho/`);
    expect((await shownReading(t.page, 'main h1')).visible).toBe(false);
    await switchOn(t.page);
    expect((await shownReading(t.page, 'main h1')).visible).toBe(true);
    await t.close();
  });

  test('the accessibility tree names the heading once, each reading as its word’s description', async () => {
    const t = await newPage(browser);
    const { name } = fixtureArea('honcho');
    await t.page.goto(`${server!.url}ja-x-easy/areas/honcho/`);
    const { heading, below } = await headingTree(t.page, name);
    expect(heading, `a heading named 「${name}」, the readings not in its name`).toBeDefined();
    const rubies = below.filter((node) => node.role?.value === 'Ruby');
    expect(rubies.map((node) => node.description?.value)).toEqual(['ほんちょう', 'ちく']);
    await t.close();
  });

  test('axe finds nothing; screenshots at 390 px and 1280 px', async () => {
    for (const width of [390, 1280]) {
      const t = await newPage(browser, {
        context: { viewport: { width, height: 900 } },
      });
      for (const page of ['ja-x-easy/areas/honcho/', 'ja-x-easy/']) {
        await t.page.goto(`${server!.url}${page}`);
        expect(await checkA11y(t.page), page).toEqual([]);
        const name = page.includes('areas') ? 'easy-area' : 'easy-home';
        await t.page.screenshot({
          path: path.join(shots, `${name}-${width}.png`),
          fullPage: false,
        });
      }
      expect(t.problems()).toEqual([]);
      await t.close();
    }
  }, 240_000);
});

describe('ふりがな on the standard pages', () => {
  test('the readings over three area names are their kana, shown by the switch with JavaScript off', async () => {
    const t = await newPage(browser, { context: { javaScriptEnabled: false } });
    for (const id of AREAS) {
      const { name, kana } = areaFile(id);
      await t.page.goto(siteUrl(`areas/${id}/`));
      const before = await shownReading(t.page, 'main h1');
      expect(before.reading, name).toBe(toHiraganaKana(kana));
      expect(before.visible, `${name}: readings hidden until the switch is on`).toBe(false);
      expect(before.text).toBe(name);
      await switchOn(t.page);
      expect(await t.page.locator('#furigana-switch').isChecked()).toBe(true);
      const after = await shownReading(t.page, 'main h1');
      expect(after.visible, `${name}: readings shown`).toBe(true);
      expect(after.reading).toBe(toHiraganaKana(kana));
    }
    expect(t.problems()).toEqual([]);
    await t.close();
  });

  test('ruby only over kanji: never over kana, Latin letters or digits', async () => {
    const t = await newPage(browser);
    await t.page.goto(siteUrl('areas/matsugaoka/'));
    const bases = await t.page
      .locator('main ruby')
      .evaluateAll((rubies) =>
        rubies.flatMap((ruby) =>
          [...ruby.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent!),
        ),
      );
    expect(bases.length).toBeGreaterThan(10);
    for (const base of bases) expect(base).toMatch(/^[\p{Script=Han}々〆ヶ]+$/u);
    await t.close();
  });

  test('with JavaScript the choice is remembered on the next page, and can be turned off again', async () => {
    const t = await newPage(browser);
    await t.page.goto(siteUrl('areas/honcho/'));
    await switchOn(t.page);
    await t.page.goto(siteUrl('windows/'));
    await expect.poll(() => t.page.locator('#furigana-switch').isChecked(), { timeout: 15_000 }).toBe(true);
    expect((await shownReading(t.page, 'main h1')).visible).toBe(true);
    await t.page.getByText('ふりがなをつける', { exact: true }).click();
    await t.page.goto(siteUrl('areas/'));
    expect(await t.page.locator('#furigana-switch').isChecked()).toBe(false);
    expect((await shownReading(t.page, 'main h1')).visible).toBe(false);
    expect(t.problems()).toEqual([]);
    await t.close();
  });

  test('copied text and the accessibility tree have the words once', async () => {
    const t = await newPage(browser);
    await t.page.goto(siteUrl('areas/honcho/'));
    await switchOn(t.page);
    const { name } = areaFile('honcho');
    const selected = await t.page.locator('main h1').evaluate((h1) => {
      const range = document.createRange();
      range.selectNodeContents(h1);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return getSelection()!.toString();
    });
    expect(selected).toBe(name);
    // The readings are the stylesheet's (data-r), not the page's text.
    expect((await t.page.locator('main h1').textContent())!.trim()).toBe(name);
    const { heading, below } = await headingTree(t.page, name);
    expect(heading, `a heading named 「${name}」, the readings not in its name`).toBeDefined();
    // Chromium gives each word's reading as its ruby's description, apart from the words.
    const rubies = below.filter((node) => node.role?.value === 'Ruby');
    expect(rubies.map((node) => node.description?.value)).toEqual(['ほんちょう', 'ちく']);
    await t.close();
  });

  test('axe finds nothing with the readings on; screenshots at 390 px and 1280 px', async () => {
    for (const width of [390, 1280]) {
      const t = await newPage(browser, {
        context: { viewport: { width, height: 900 } },
      });
      await t.page.goto(siteUrl('areas/honcho/'));
      await switchOn(t.page);
      expect(await checkA11y(t.page)).toEqual([]);
      await t.page.screenshot({
        path: path.join(shots, `area-${width}.png`),
        fullPage: false,
      });
      await t.page.goto(siteUrl(''));
      await t.page.screenshot({
        path: path.join(shots, `home-${width}.png`),
        fullPage: false,
      });
      expect(await checkA11y(t.page)).toEqual([]);
      expect(t.problems()).toEqual([]);
      await t.close();
    }
  }, 240_000);
});

describe('which pages carry readings (the sample in its six languages)', () => {
  const siteYaml = parseYaml(fs.readFileSync(path.join(contentDir, 'site.yaml'), 'utf8')) as { languages: string[] };
  const isJapanese = (tag: string) => /^ja(-|$)/i.test(tag);
  /** Every built page, by the language folder it is in ('' for the Japanese pages at the root). */
  const pagesByFolder = () => {
    const folders = new Map(siteYaml.languages.map((tag) => [languagePrefix(tag), tag]));
    const byTag = new Map<string, string[]>();
    for (const entry of fs.readdirSync(sampleOutDir, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
      const file = path.relative(sampleOutDir, path.join(entry.parentPath, entry.name));
      const tag = folders.get(file.split(path.sep)[0]!) ?? 'ja';
      byTag.set(tag, [...(byTag.get(tag) ?? []), file]);
    }
    return byTag;
  };

  test('every page of a language other than Japanese is without ruby; root and やさしい日本語 pages have it', () => {
    const byTag = pagesByFolder();
    expect([...byTag.keys()].sort()).toEqual(['ja', ...siteYaml.languages].sort());
    for (const [tag, files] of byTag) {
      const withRuby = files.filter((file) => fs.readFileSync(path.join(sampleOutDir, file), 'utf8').includes('<rt '));
      if (isJapanese(tag)) expect(withRuby.length, `${tag}: pages with ruby`).toBeGreaterThan(files.length * 0.9);
      else expect(withRuby, `${tag}: pages with ruby`).toEqual([]);
    }
  });

  test('no reading inside <title>, <script>, <style>, <option>, <textarea> or a tel: link’s number', () => {
    const closed = /<(title|script|style|option|textarea)\b[^>]*>([\s\S]*?)<\/\1>/gi;
    const telLink = /<a\b[^>]*href="tel:([^"]*)"[^>]*>([\s\S]*?)<\/a>/gi;
    /** A link's text as read without the readings. */
    const shown = (html: string) => html.replace(/<rt [^>]*>/g, '').replace(/<[^>]+>/g, '');
    let checked = 0;
    for (const file of pagesByFolder().get('ja') ?? []) {
      const html = fs.readFileSync(path.join(sampleOutDir, file), 'utf8');
      for (const [whole, name, inside] of html.matchAll(closed)) {
        checked++;
        expect(inside, `${file}: <${name}> ${whole.slice(0, 80)}`).not.toMatch(/<rt\b|<ruby/);
      }
      for (const [whole, number, inside] of html.matchAll(telLink)) {
        // 「電話する」 may have its reading; the number is shown as it is dialled.
        expect(inside, `${file}: ${whole.slice(0, 120)}`).not.toMatch(/<ruby>[^<]*[0-9０-９]/);
        expect(shown(inside!).replace(/\D/g, ''), `${file}: ${whole.slice(0, 120)}`).toContain(
          number!.replace(/^\+81/, '0').replace(/\D/g, ''),
        );
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });

  test('in Chromium each reading sits in Japanese text; Japanese names on other pages keep no readings', async () => {
    const t = await newPage(browser);
    for (const tag of ['ja', ...siteYaml.languages]) {
      for (const page of ['', 'areas/honcho/', 'windows/']) {
        const prefix = languagePrefix(tag === 'ja' ? 'ja' : tag);
        await t.page.goto(siteUrl(prefix ? `${prefix}/${page}` : page));
        const found = await t.page.evaluate(() => ({
          readings: [...document.querySelectorAll('rt')].map((rt) => rt.closest('[lang]')?.getAttribute('lang') ?? ''),
          japaneseKanji: [...document.querySelectorAll<HTMLElement>('body [lang|="ja"]')].some((el) =>
            /\p{Script=Han}/u.test(el.innerText),
          ),
        }));
        const where = `${tag} ${page || 'home'}`;
        if (isJapanese(tag)) {
          expect(found.readings.length, where).toBeGreaterThan(0);
          for (const lang of found.readings) expect(lang, where).toMatch(/^ja(-|$)/);
        } else {
          expect(found.readings, where).toEqual([]);
          expect(found.japaneseKanji, `${where}: Japanese names in kanji to leave alone`).toBe(true);
        }
      }
    }
    expect(t.problems()).toEqual([]);
    await t.close();
  }, 240_000);

  test('what the build records about its pages after the readings went in still matches them', () => {
    const base = new URL(siteUrl()).pathname;
    const fileOf = (sitePath: string) => path.join(sampleOutDir, outputFile(sitePath, base)!);
    // The service worker's precache: each file's revision is the MD5 of the file as served.
    const sw = fs.readFileSync(path.join(sampleOutDir, 'sw.js'), 'utf8');
    const precache = [...sw.matchAll(/\{"revision":"([0-9a-f]{32})","url":"([^"]+)"\}/g)];
    const pages = precache.filter(([, , url]) => url!.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(0);
    for (const [, revision, url] of pages) {
      const html = fs.readFileSync(fileOf(url!));
      expect(html.includes('<rt '), `${url} has readings (the check means something)`).toBe(true);
      expect(createHash('md5').update(html).digest('hex'), url).toBe(revision);
    }
    // The offline save lists: what each weighs is the size of its files as they are now.
    const lists = [
      'offline/shared.json',
      ...fs.readdirSync(path.join(sampleOutDir, 'offline/areas')).map((n) => `offline/areas/${n}`),
    ];
    for (const list of lists) {
      const saved = JSON.parse(fs.readFileSync(path.join(sampleOutDir, list), 'utf8')) as Record<
        'pages' | 'data' | 'files',
        string[]
      > & {
        bytes: number;
      };
      const bytes = [...saved.pages, ...saved.data, ...saved.files].reduce(
        (sum, p) => sum + fs.statSync(fileOf(p)).size,
        0,
      );
      expect(saved.bytes, list).toBe(bytes);
    }
  });
});
