import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { PagefindFormatError, pagefindChunkWords } from './pagefind-words.ts';

/** A CBOR header: major type and number, in the shortest form (as Pagefind's encoder writes). */
function head(major: number, value: number): number[] {
  if (value < 24) return [(major << 5) | value];
  if (value < 0x100) return [(major << 5) | 24, value];
  if (value < 0x10000) return [(major << 5) | 25, value >> 8, value & 0xff];
  return [(major << 5) | 26, (value >>> 24) & 0xff, (value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff];
}
const text = (value: string) => {
  const bytes = [...Buffer.from(value, 'utf8')];
  return [...head(3, bytes.length), ...bytes];
};
const array = (...items: number[][]) => [...head(4, items.length), ...items.flat()];
const uint = (value: number) => head(0, value);
const negative = (value: number) => head(1, -1 - value);
const signed = (bytes: number[]) => Uint8Array.from([...Buffer.from('pagefind_dcd'), ...bytes]);

describe('the words of a Pagefind word chunk', () => {
  test('each entry gives its word; page positions of every size, maps, tags and byte strings are skipped', () => {
    const entry = (word: string, page: number) =>
      array(text(word), array(array(uint(page), array(negative(-241), uint(300), uint(70_000)), array())), array());
    const odd = array(
      text('相談'),
      [...head(5, 1), ...text('k'), ...head(2, 2), 1, 2], // a map holding a byte string
      [...head(6, 1), ...uint(5)], // a tagged number
    );
    const data = signed(array(array(entry('デイサービス', 3), odd, entry('umegaoka', 1_000))));
    expect(pagefindChunkWords(data)).toEqual(['デイサービス', '相談', 'umegaoka']);
  });

  test('a chunk without the signature and with many entries is read as well', () => {
    const many = Array.from({ length: 300 }, (_, i) => array(text(`w${i}`), array()));
    const words = pagefindChunkWords(Uint8Array.from(array(array(...many))));
    expect(words).toHaveLength(300);
    expect(words.at(-1)).toBe('w299');
  });

  test('what is not a word chunk is refused with a reason, never read as words', () => {
    const cases: [number[], RegExp][] = [
      [text('x'), /全体が配列ではありません/],
      [array(), /語の一覧がありません/],
      [array(array(uint(5))), /語の項目が配列ではありません/],
      [array(array(array(uint(5)))), /語が文字列ではありません/],
      [array(array(array())), /語のない項目/],
      [array(array(array(text('abc'), array(uint(1), uint(2))))).slice(0, -1), /途中で終わって/],
      [array(array(array(text('abc')))).slice(0, -1), /途中で終わって/],
      [[0x9f, 0xff], /長さの決まらない項目/],
    ];
    for (const [bytes, message] of cases) {
      expect(() => pagefindChunkWords(Uint8Array.from(bytes)), String(message)).toThrow(PagefindFormatError);
      expect(() => pagefindChunkWords(Uint8Array.from(bytes))).toThrow(message);
    }
  });

  test('the word chunks Pagefind itself writes give every indexed word', async () => {
    const pagefind = await import('pagefind');
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'pagefind-words-'));
    try {
      const { index } = await pagefind.createIndex({ forceLanguage: 'ja' });
      await index!.addCustomRecord({
        url: '/a/',
        content: '梅ヶ丘 デイサービス Umegaoka 相談窓口',
        language: 'ja',
      });
      await index!.addCustomRecord({
        url: '/b/',
        content: '訪問看護ステーション e-mail',
        language: 'ja',
      });
      await index!.writeFiles({ outputPath: out });
      const folder = path.join(out, 'index');
      const words = new Set(
        fs
          .readdirSync(folder)
          .flatMap((name) => pagefindChunkWords(zlib.gunzipSync(fs.readFileSync(path.join(folder, name))))),
      );
      for (const word of ['umegaoka', 'デイ', 'サービス', '相談', '窓口', '訪問', '看護'])
        expect(words).toContain(word);
      expect(words.size).toBeGreaterThan(10);
    } finally {
      await pagefind.close();
      fs.rmSync(out, { recursive: true, force: true });
    }
  });
});
