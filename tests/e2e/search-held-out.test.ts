/**
 * Search on a town the search was not tuned on: tests/fixtures/setagaya-like is built here with
 * CONTENT_DIR and searched through its own /search/ page in Chromium, the way residents type
 * (issue 15, item 5): a 地区 in romaji in any case finds that 地区's entries, and a word that only
 * says "I want to consult" (相談) never excludes the entry that answers the rest of the query.
 * The expected entries are read from the fixture's files, not written down here.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSite } from './build-site.ts';
import { checkA11y, launchBrowser, newPage } from './browser.ts';
import { outputRoot, startStaticServer, type StaticServer } from './global-setup.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const fixture = path.join(repoRoot, 'tests/fixtures/setagaya-like');
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  const outDir = path.join(outputRoot, 'setagaya-like-search');
  if (!(process.env.E2E_SKIP_BUILD === '1' && fs.existsSync(path.join(outDir, 'search/index.html')))) {
    fs.rmSync(outDir, { recursive: true, force: true });
    const result = await buildSite({ contentDir: fixture, outDir });
    if (result.code !== 0)
      throw new Error(`building setagaya-like failed:\n${result.output.split('\n').slice(-30).join('\n')}`);
  }
  server = await startStaticServer(outDir, { basePath: process.env.BASE_PATH || '/' });
  browser = await launchBrowser();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Every resource file of the fixture with its `area:` and `name:` lines. */
function fixtureResources(): { id: string; area?: string; name: string }[] {
  const out: { id: string; area?: string; name: string }[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.name.endsWith('.md')) {
        const text = fs.readFileSync(file, 'utf8');
        out.push({
          id: entry.name.replace(/\.md$/, ''),
          area: /^area: (\S+)/m.exec(text)?.[1],
          name: /^name: (.+)$/m.exec(text)![1]!,
        });
      }
    }
  };
  walk(path.join(fixture, 'resources'));
  return out;
}

async function search(page: Page, q: string): Promise<string[]> {
  await page.goto(new URL(`search/?q=${encodeURIComponent(q)}`, server.url).href);
  await page
    .locator('[data-search-status]')
    .filter({ hasText: `「${q}」の検索結果` })
    .waitFor();
  const root = new URL(server.url).pathname;
  const paths = await page
    .locator('[data-search-results] > li h2 a')
    .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
  return paths.map((p) => p.slice(root.length));
}

describe('search on the held-out setagaya-like town', () => {
  const resources = fixtureResources();

  test.each([
    ['Umegaoka', 'umegaoka'],
    ['UENOHARA', 'uenohara'],
    ['kawahara', 'kawahara'],
  ])('「%s」 finds its 地区 and every entry of it in the first 10', async (q, areaId) => {
    const expected = [
      `areas/${areaId}/`,
      ...resources.filter((r) => r.area === areaId).map((r) => `resources/${r.id}/`),
    ];
    expect(expected.length).toBeGreaterThanOrEqual(4);
    const t = await newPage(browser);
    try {
      const found = (await search(t.page, q)).slice(0, 10);
      expect(found).toEqual(expect.arrayContaining(expected));
      expect(t.problems()).toEqual([]);
    } finally {
      await t.close();
    }
  });

  test('「子育て 相談」「子育ての相談」「けやき区 子育て」 find the 子ども家庭支援センター, though their text has no 相談', async () => {
    const centres = resources.filter((r) => r.name.includes('子ども家庭支援センター')).map((r) => `resources/${r.id}/`);
    expect(centres.length).toBeGreaterThan(0);
    const t = await newPage(browser);
    try {
      for (const q of ['子育て 相談', '子育ての相談']) {
        const found = await search(t.page, q);
        expect(found.slice(0, centres.length).sort(), q).toEqual([...centres].sort());
      }
      // The town's own name only ranks: the 区's own window (named けやき区) may come first.
      expect((await search(t.page, 'けやき区 子育て')).slice(0, 10)).toEqual(expect.arrayContaining(centres));
      expect(await checkA11y(t.page)).toEqual([]);
      expect(t.problems()).toEqual([]);
    } finally {
      await t.close();
    }
  });
});
