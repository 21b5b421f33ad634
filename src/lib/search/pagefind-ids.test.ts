import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { clashingPages, indexPages, pageUrl, readPagefindFile, saltDocument } from './pagefind-ids.ts';

// Two pages whose Pagefind names share their first 7 hex digits (found by indexing 40,000 such
// pages once): in one index Pagefind lengthens one name, in two indexes both are ja_de233ad.
const page = (n: number) => `<html lang="ja"><body><h1>窓口 ${n}</h1></body></html>`;
const FIRST = { url: '/r/1228/', html: page(1228) };
const SECOND = { url: '/r/27221/', html: page(27221) };

let work: string;

async function writeIndex(folder: string, pages: { url: string; html: string }[]): Promise<string> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'ja' });
  if (!index) throw new Error(errors.join('; '));
  for (const p of pages) await index.addHTMLFile({ url: p.url, content: p.html });
  const output = path.join(work, folder);
  await index.writeFiles({ outputPath: output });
  await index.deleteIndex();
  return output;
}

beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'pagefind-ids-'));
});
afterAll(async () => {
  await pagefind.close();
  fs.rmSync(work, { recursive: true, force: true });
});

describe('pages of written indexes', () => {
  test('each page of a real index with its URL, single and grouped fragments', async () => {
    const pages = Array.from({ length: 5 }, (_, n) => ({ url: `/p/${n}/`, html: page(n) }));
    const folder = await writeIndex('five', pages);
    const found = indexPages(folder);
    expect(found).toHaveLength(5);
    expect(found.map((p) => pageUrl(folder, p)).sort()).toEqual(pages.map((p) => p.url).sort());
    const grouped = await (async () => {
      const { index } = await pagefind.createIndex({ forceLanguage: 'ja', maxFragments: 2 });
      for (const p of pages) await index!.addHTMLFile({ url: p.url, content: p.html });
      const output = path.join(work, 'grouped');
      await index!.writeFiles({ outputPath: output });
      await index!.deleteIndex();
      return output;
    })();
    const groupedPages = indexPages(grouped);
    expect(groupedPages.some((p) => p.group !== '')).toBe(true);
    expect(groupedPages.map((p) => pageUrl(grouped, p)).sort()).toEqual(pages.map((p) => p.url).sort());
  });

  test('two pages that share a name across indexes are found, and a salt gives the later one another', async () => {
    const a = await writeIndex('a', [FIRST, { url: '/r/other/', html: page(7) }]);
    const b = await writeIndex('b', [SECOND]);
    const clashes = clashingPages([a, b]);
    expect(clashes).toEqual([{ index: 1, id: 'ja_de233ad', url: SECOND.url }]);

    const salted = await writeIndex('b-salted', [{ url: SECOND.url, html: saltDocument(SECOND.html, 1) }]);
    expect(clashingPages([a, salted])).toEqual([]);
    expect(indexPages(salted)[0]!.id).not.toBe('ja_de233ad');
  });

  test('indexes without shared names have no clashes', async () => {
    const a = await writeIndex('c', [FIRST]);
    const b = await writeIndex('d', [{ url: '/r/2/', html: page(2) }]);
    expect(clashingPages([a, b])).toEqual([]);
  });
});

test("a file that is not Pagefind's is refused with its name", () => {
  const file = path.join(work, 'not-pagefind.pf_meta');
  fs.writeFileSync(file, zlib.gzipSync('hello'));
  expect(() => readPagefindFile(file)).toThrow(/not-pagefind\.pf_meta is not a Pagefind file/);
});

test('saltDocument adds the meta before </body>, or at the end', () => {
  expect(saltDocument('<html><body><h1>x</h1></body></html>', 2)).toBe(
    '<html><body><h1>x</h1><span data-pagefind-meta="idSalt:2" hidden></span></body></html>',
  );
  expect(saltDocument('<h1>x</h1>', 1)).toBe('<h1>x</h1><span data-pagefind-meta="idSalt:1" hidden></span>');
});
