/**
 * Hostile content (tests/fixtures/hostile/: script tags, event handlers, javascript:/data:/
 * vbscript: links, HTML character references, a 10,000-character word, U+202E and zero-width
 * characters, a name that closes </script>):
 *  (a) `npm run validate` refuses it and names every hostile line as file:line;
 *  (b) built anyway with the escape hatch CONTENT_VALIDATION=report-only, nothing executable
 *      reaches the output: every HTML, JSON, XML and JS file is scanned (HTML with Chromium's
 *      own parser), every page is opened in Chromium with a dialog listener (no alert() fires,
 *      no page error), and the long strings do not widen a 320 px screen.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, newPage } from './browser.ts';
import { buildSite, type BuildResult } from './build-site.ts';
import { outputRoot, startStaticServer, type StaticServer } from './global-setup.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const fixture = 'tests/fixtures/hostile';
const fixtureDir = path.join(repoRoot, fixture);
const outDir = path.join(outputRoot, 'hostile');
const basePath = (process.env.BASE_PATH || '/').replace(/^\/?/, '/').replace(/\/?$/, '/');

let browser: Browser;
let server: StaticServer;
let build: BuildResult;

beforeAll(async () => {
  fs.rmSync(outDir, { recursive: true, force: true });
  [browser, build] = await Promise.all([
    launchBrowser(),
    buildSite({ contentDir: fixtureDir, outDir, env: { CONTENT_VALIDATION: 'report-only' } }),
  ]);
  if (build.code !== 0)
    throw new Error(`the report-only build failed (exit ${build.code}):\n${build.output.slice(-4000)}`);
  server = await startStaticServer(outDir, { basePath });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Every file of a folder, relative paths with / separators. */
function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

// What makes a line of the fixture hostile. Read from the files, so a new hostile line added to
// the fixture is expected to be reported without touching this test.
const HOSTILE_LINE =
  /[<>]|&#?[a-z0-9]+;|javascript:|vbscript:|data:|[\u202A-\u202E\u2066-\u2069\u200B-\u200F]|[^\s]{200}/i;

function hostileLines(): { file: string; line: number; text: string }[] {
  return filesUnder(fixtureDir).flatMap((file) =>
    fs
      .readFileSync(path.join(fixtureDir, file), 'utf8')
      .split('\n')
      .flatMap((text, index) =>
        HOSTILE_LINE.test(text) && !/^\s*#/.test(text) ? [{ file: `${fixture}/${file}`, line: index + 1, text }] : [],
      ),
  );
}

describe('(a) the validator refuses hostile content', () => {
  test('exits 1 and names every hostile line as file:line', () => {
    const run = spawnSync(process.execPath, ['scripts/validate.ts', '--dir', fixture, '--today', '2026-11-22'], {
      cwd: repoRoot,
      encoding: 'utf8',
    });
    expect(run.status, run.stderr).toBe(1);
    const expected = hostileLines();
    // The fixture must really be hostile in all the ways this test is about.
    const all = expected.map((line) => line.text).join('\n');
    for (const kind of [
      /<script>/,
      /onerror=/,
      /onload=/,
      /onclick=/,
      /javascript:/,
      /vbscript:/,
      /data:text\/html/,
      /&lt;script&gt;/,
      /&#x6a;avascript:/,
      /\u202E/,
      /\u200B/,
      /A{10000}/,
      /<\/script><script>/,
    ]) {
      expect(all, String(kind)).toMatch(kind);
    }
    expect(expected.length).toBeGreaterThan(20);
    const printed = run.stdout.split('\n');
    const missing = expected.filter(
      (item) => !printed.some((line) => line.startsWith(`${item.file}:${item.line}:`) && line.includes(': error: ')),
    );
    expect(missing.map((item) => `${item.file}:${item.line}: ${item.text.slice(0, 80)}`)).toEqual([]);
    // Messages show invisible characters by name, never raw (a raw U+202E would reverse the terminal line).
    expect(run.stdout).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    expect(run.stdout).toContain('<U+202E>');
  });
});

describe('(b) built with CONTENT_VALIDATION=report-only, nothing executable reaches the output', () => {
  test('the build says loudly that validation was bypassed and which entries it skipped', () => {
    expect(build.output).toContain('CONTENT_VALIDATION=report-only');
    // Entries whose fields fail their schema (a javascript: url, HTML in よみがな) are left out.
    for (const skipped of [
      'resources/chiiki/hostile-links.md',
      'organizations/hostile-org.yaml',
      'networks/chiiki/hostile-net.md',
    ]) {
      expect(build.output).toContain(`skipped: ${fixture}/${skipped}`);
    }
    expect(fs.existsSync(path.join(outDir, 'resources/hostile-links'))).toBe(false);
    expect(fs.existsSync(path.join(outDir, 'organizations/hostile-org'))).toBe(false);
    // Entries with hostile text in valid fields are built: they are what the scans below look at.
    expect(fs.existsSync(path.join(outDir, 'resources/sakura-day/index.html'))).toBe(true);
    expect(fs.existsSync(path.join(outDir, 'organizations/hanamizuki-kai/index.html'))).toBe(true);
  });

  test("every HTML file, as Chromium parses it: only the site's own scripts, no on…= attribute, no script URL", async () => {
    const t = await newPage(browser);
    try {
      await t.page.goto(`${server.url}404-for-a-blank-document`);
      const htmlFiles = filesUnder(outDir).filter((file) => file.endsWith('.html'));
      expect(htmlFiles.length).toBeGreaterThan(50);
      const problems: string[] = [];
      for (const file of htmlFiles) {
        const html = fs.readFileSync(path.join(outDir, file), 'utf8');
        const found = await t.page.evaluate(
          ([html, assets]) => {
            // DOMParser builds the document without running anything in it.
            const doc = new DOMParser().parseFromString(html, 'text/html');
            const out: string[] = [];
            for (const script of doc.querySelectorAll('script')) {
              const src = script.getAttribute('src');
              const type = (script.getAttribute('type') ?? '').trim().toLowerCase();
              if (src !== null) {
                if (!new URL(src, 'http://127.0.0.1/').pathname.startsWith(assets)) out.push(`<script src="${src}">`);
              } else if (type === 'application/ld+json') {
                const text = script.textContent ?? '';
                if (/<\/?script/i.test(text)) out.push('JSON-LD contains <script or </script');
                try {
                  JSON.parse(text);
                } catch {
                  out.push('JSON-LD that does not parse');
                }
              } else {
                out.push(`inline <script type="${type}">: ${(script.textContent ?? '').slice(0, 60)}`);
              }
            }
            for (const element of doc.querySelectorAll('*')) {
              for (const attribute of element.attributes) {
                const name = attribute.name.toLowerCase();
                if (name.startsWith('on')) out.push(`<${element.localName} ${name}="${attribute.value.slice(0, 40)}">`);
                if (
                  [
                    'href',
                    'src',
                    'action',
                    'formaction',
                    'xlink:href',
                    'srcdoc',
                    'data',
                    'poster',
                    'background',
                  ].includes(name)
                ) {
                  const compact = attribute.value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
                  if (/^(javascript|data|vbscript):/.test(compact))
                    out.push(`<${element.localName} ${name}="${attribute.value.slice(0, 40)}">`);
                }
                if (name === 'style') out.push(`<${element.localName} style="${attribute.value.slice(0, 40)}">`);
              }
              if (['iframe', 'frame', 'object', 'embed', 'base', 'applet'].includes(element.localName))
                out.push(`<${element.localName}>`);
              if (element.localName === 'meta' && /refresh/i.test(element.getAttribute('http-equiv') ?? ''))
                out.push('<meta http-equiv=refresh>');
            }
            return out;
          },
          [html, `${basePath}_astro/`] as const,
        );
        problems.push(...found.map((problem) => `${file}: ${problem}`));
      }
      expect(problems).toEqual([]);
    } finally {
      await t.close();
    }
  });

  test('the hostile text is shown as text (so the scan above had something to find)', async () => {
    const t = await newPage(browser);
    try {
      await t.page.goto(`${server.url}organizations/hanamizuki-kai/`);
      expect(await t.page.locator('h1').innerText()).toBe(`</script><script>alert('org')</script>"' data-x="1`);
      await t.page.goto(`${server.url}resources/sakura-day/`);
      expect(await t.page.locator('h1').innerText()).toBe("デイサービス<script>alert('name')</script>はなみずき");
      const body = await t.page.locator('main').innerText();
      expect(body).toContain("<svg onload=alert('address')>");
      // The Markdown body's links lost their targets; the link text stays.
      expect(body).toContain('パンフレット');
      expect(
        await t.page
          .locator('main a', { hasText: 'パンフレット' })
          .getAttribute('href')
          .catch(() => null),
      ).toBeNull();
    } finally {
      await t.close();
    }
  });

  test('JSON parses, XML is well-formed, and no JavaScript file carries content', async () => {
    const t = await newPage(browser);
    try {
      await t.page.goto(`${server.url}404-for-a-blank-document`);
      const problems: string[] = [];
      const files = filesUnder(outDir);
      for (const file of files.filter((name) => /\.(json|geojson)$/.test(name))) {
        try {
          JSON.parse(fs.readFileSync(path.join(outDir, file), 'utf8'));
        } catch (error) {
          problems.push(`${file}: ${(error as Error).message}`);
        }
      }
      for (const file of files.filter((name) => name.endsWith('.xml'))) {
        const xml = fs.readFileSync(path.join(outDir, file), 'utf8');
        const broken = await t.page.evaluate(
          (xml) =>
            new DOMParser().parseFromString(xml, 'application/xml').getElementsByTagName('parsererror').length > 0,
          xml,
        );
        if (broken) problems.push(`${file}: not well-formed XML`);
        if (/<script/i.test(xml)) problems.push(`${file}: <script`);
      }
      // Every alert() payload of the fixture is alert('label'): none may sit in a script file.
      const jsFiles = files.filter((name) => /\.(m?js)$/.test(name));
      expect(jsFiles.length).toBeGreaterThan(0);
      for (const file of jsFiles) {
        const js = fs.readFileSync(path.join(outDir, file), 'utf8');
        if (/alert\('[a-z ]+'\)|msgbox\(/i.test(js)) problems.push(`${file}: carries a payload of the fixture`);
      }
      expect(problems).toEqual([]);
    } finally {
      await t.close();
    }
  });

  test('no character that reverses text reaches any file of the output', () => {
    const textFiles = filesUnder(outDir).filter((name) =>
      /\.(html|json|geojson|xml|csv|js|mjs|txt|yml|css)$/.test(name),
    );
    const withBidi = textFiles.filter((file) =>
      /[\u202A-\u202E\u2066-\u2069]/.test(fs.readFileSync(path.join(outDir, file), 'utf8')),
    );
    expect(withBidi).toEqual([]);
  });

  test(
    'every page opens in Chromium without an alert(), a page error or a CSP violation',
    { timeout: 240_000 },
    async () => {
      const pages = filesUnder(outDir)
        .filter((file) => file.endsWith('index.html') || file === '404.html')
        .map((file) => (file === '404.html' ? 'no-such-page/' : file.replace(/index\.html$/, '')));
      const dialogs: string[] = [];
      const t = await newPage(browser, { allowStatuses: [404] });
      t.page.on('dialog', (dialog) => {
        dialogs.push(`${t.page.url()}: ${dialog.type()} ${dialog.message()}`);
        void dialog.dismiss();
      });
      try {
        const problems: string[] = [];
        for (const pagePath of pages) {
          // 'load': module scripts have run by then (networkidle would cost half a second a page).
          await t.page.goto(`${server.url}${pagePath}`, { waitUntil: 'load' });
          problems.push(
            ...t
              .takeProblems()
              .filter((problem) => !problem.includes('status of 404'))
              .map((problem) => `${pagePath}: ${problem}`),
          );
        }
        // Where scripts put names on the page: search results, the map's list, the finder.
        await t.page.goto(`${server.url}search/?q=${encodeURIComponent('デイサービス')}`);
        await t.page.locator('[data-search-status]').filter({ hasText: '検索結果' }).waitFor({ timeout: 30_000 });
        await t.page.goto(`${server.url}map/`);
        await t.page.locator('[data-map][data-map-state="idle"]').waitFor({ timeout: 30_000 });
        expect(await t.page.locator('[data-map-list] > li').count()).toBeGreaterThan(0);
        problems.push(...t.takeProblems().map((problem) => `interactive: ${problem}`));
        expect(pages.length).toBeGreaterThan(50);
        expect(dialogs).toEqual([]);
        expect(problems).toEqual([]);
      } finally {
        await t.close();
      }
    },
  );

  test('the 10,000-character word does not widen a 320 px screen', async () => {
    const t = await newPage(browser, { context: { viewport: { width: 320, height: 640 } } });
    try {
      const overflowing: string[] = [];
      for (const pagePath of [
        'resources/kita-houkatsu/',
        'resources/',
        'windows/ninchisho/honcho/',
        'areas/honcho/',
        'organizations/hanamizuki-kai/',
      ]) {
        await t.page.goto(`${server.url}${pagePath}`);
        const width = await t.page.evaluate(() => document.documentElement.scrollWidth);
        if (width > 320) overflowing.push(`${pagePath}: ${width}px`);
      }
      expect(overflowing).toEqual([]);
    } finally {
      await t.close();
    }
  });
});
