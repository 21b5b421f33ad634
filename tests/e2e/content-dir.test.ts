/**
 * CONTENT_DIR: another town's folder, written only from the content contract, builds without
 * touching the code; broken content stops the build with the validator's own lines.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { buildSite, type BuildResult } from './build-site.ts';

const fixture = path.resolve('tests/fixtures/valid-town');
let workDir: string;

beforeAll(() => {
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'content-dir-'));
});
afterAll(() => {
  fs.rmSync(workDir, { recursive: true, force: true });
});

describe('CONTENT_DIR=tests/fixtures/valid-town npm run build', () => {
  let result: BuildResult;
  const outDir = () => path.join(workDir, 'valid');

  beforeAll(async () => {
    // With the site's public address known, print views carry a QR code back to the page.
    result = await buildSite({ contentDir: fixture, outDir: outDir(), env: { SITE_URL: 'https://sakura.example.jp' } });
  }, 300_000);

  test('succeeds', () => {
    expect(result.output).not.toMatch(/error:/);
    expect(result.code).toBe(0);
  });

  test('makes a page for every resource, area, network and organization of that folder', async () => {
    const content = await loadContent(fixture);
    for (const collection of ['resources', 'areas', 'networks', 'organizations'] as const) {
      expect(content[collection].length, collection).toBeGreaterThan(0);
      for (const entry of content[collection]) {
        const page = path.join(outDir(), collection, entry.id, 'index.html');
        expect(fs.existsSync(page), `${collection}/${entry.id}`).toBe(true);
        expect(fs.readFileSync(page, 'utf8')).toContain(entry.data.name);
      }
    }
    expect(fs.readFileSync(path.join(outDir(), 'index.html'), 'utf8')).toContain(content.site!.name);
  });

  test("print views carry a QR code of the page's public address", async () => {
    const content = await loadContent(fixture);
    const district = content.areas.find((entry) => entry.data.level === 'district')!;
    const html = fs.readFileSync(path.join(outDir(), 'print', 'areas', district.id, 'index.html'), 'utf8');
    const figure = /<figure class="qr"[^>]*>([\s\S]*?)<\/figure>/.exec(html)?.[1];
    expect(figure, 'a QR figure on the print page').toBeDefined();
    const address = `https://sakura.example.jp/areas/${district.id}/`;
    expect(figure).toContain(`<figcaption>${address}</figcaption>`);
    // The drawn modules are those of that address (encoded again here with the same library).
    const { encode } = await import('uqr');
    const qr = encode(address, { ecc: 'M', border: 2 });
    const dark = qr.data.flat().filter(Boolean).length;
    expect((figure!.match(/M\d+ \d+h1v1h-1z/g) ?? []).length).toBe(dark);
  });
});

describe('broken content stops the build', () => {
  let result: BuildResult;

  beforeAll(async () => {
    const broken = path.join(workDir, 'broken-content');
    fs.cpSync(fixture, broken, { recursive: true });
    const resourceDir = path.join(broken, 'resources');
    const file = fs
      .readdirSync(resourceDir, { recursive: true })
      .map(String)
      .find((name) => name.endsWith('.md'))!;
    const target = path.join(resourceDir, file);
    fs.writeFileSync(
      target,
      fs
        .readFileSync(target, 'utf8')
        .replace(/^kana: .*$/m, 'kana: 漢字のよみ')
        .replace(/^verifiedAt:/m, 'phne: "042-000-0000"\nverifiedAt:'),
    );
    result = await buildSite({ contentDir: broken, outDir: path.join(workDir, 'broken') });
  }, 300_000);

  test('exits non-zero with the validator lines, not a stack trace', () => {
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(
      /resources\/.+\.md:\d+:\d+: error: kana（よみがな）: よみがなに使えない文字「漢字」があります/,
    );
    expect(result.output).toMatch(
      /resources\/.+\.md:\d+:\d+: error: phne: 「phne」という項目はありません。「phone」の書き間違いではありませんか？/,
    );
    expect(result.output).not.toMatch(/\n\s+at .+\(file:\/\//);
    expect(fs.existsSync(path.join(workDir, 'broken', 'index.html'))).toBe(false);
  });
});
