/** The build step over a folder of pages: which files change, what the report counts, how the pages are shared out. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer } from '../text/japanese-analyzer.ts';
import { makeReader, type Reader } from './reader.ts';
import { addRubyToFiles, htmlFiles, shareOut, sumReports } from './site-pages.ts';

let dir: string;
let reader: Reader;
const page = (lang: string, body: string) =>
  `<!doctype html><html lang="${lang}"><head><title>本町</title></head><body>${body}</body></html>`;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'site-pages-'));
  fs.mkdirSync(path.join(dir, 'areas/honcho'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'en'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'admin'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'areas/honcho/index.html'), page('ja', '<h1>本町地区</h1>'));
  fs.writeFileSync(path.join(dir, 'en/index.html'), page('en', '<h1>Honcho (本町地区)</h1>'));
  fs.writeFileSync(path.join(dir, 'index.html'), page('ja', '<p>ようこそ</p>'));
  fs.writeFileSync(path.join(dir, 'admin/index.html'), page('ja', '<p>管理</p>'));
  fs.writeFileSync(path.join(dir, 'data.json'), '{"name":"本町"}');
  reader = makeReader({
    tokenizer: await loadTokenizer(),
    names: [{ name: '本町地区', kana: 'ほんちょうちく' }],
    readings: new Map(),
  });
}, 180_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('addRubyToFiles', () => {
  it('rewrites only the Japanese pages with kanji in their text, and counts the bytes', () => {
    const files = htmlFiles(dir, new Set(['admin']));
    expect(files.sort()).toEqual(['areas/honcho/index.html', 'en/index.html', 'index.html']);
    const before = files.map((file) => fs.readFileSync(path.join(dir, file), 'utf8'));
    const report = addRubyToFiles(dir, files, reader);
    expect(fs.readFileSync(path.join(dir, 'areas/honcho/index.html'), 'utf8')).toBe(
      page('ja', '<h1><ruby>本町<rt data-r="ほんちょう"></ruby><ruby>地区<rt data-r="ちく"></ruby></h1>'),
    );
    expect(fs.readFileSync(path.join(dir, 'en/index.html'), 'utf8')).toBe(before[1]);
    expect(fs.readFileSync(path.join(dir, 'index.html'), 'utf8')).toBe(before[2]);
    expect(report).toMatchObject({ pages: 3, rewritten: 1, texts: 1 });
    const grown = '<ruby><rt data-r="ほんちょう"></ruby><ruby><rt data-r="ちく"></ruby>';
    expect(report.bytesAfter - report.bytesBefore).toBe(Buffer.byteLength(grown));
  });
});

describe('shareOut and sumReports', () => {
  it('deals the files round, every share about the same size', () => {
    expect(shareOut(['a', 'b', 'c', 'd', 'e'], 2)).toEqual([
      ['a', 'c', 'e'],
      ['b', 'd'],
    ]);
    expect(shareOut(['a'], 0)).toEqual([['a']]);
  });

  it('adds the reports of the threads', () => {
    const one = {
      pages: 2,
      rewritten: 1,
      bytesBefore: 10,
      bytesAfter: 15,
      texts: 3,
    };
    expect(sumReports([one, one])).toEqual({
      pages: 4,
      rewritten: 2,
      bytesBefore: 20,
      bytesAfter: 30,
      texts: 6,
    });
  });
});
