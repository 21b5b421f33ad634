import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { PortalMember } from './members.ts';
import {
  buildRouterChunks,
  chunksFor,
  membersWithAll,
  membersWithPrefix,
  normalizeWord,
  termWords,
  type RouterChunk,
  type RouterDirectory,
} from './search-router.ts';
import { writeSearchRouter } from './write-search-router.ts';

describe('words as Pagefind compares them', () => {
  test('punctuation goes, letters are lower case, diacritics folded but not the kana voicing marks', () => {
    expect(normalizeWord('（Café）')).toBe('cafe');
    expect(normalizeWord('デイサービス')).toBe('デイサービス');
    expect(normalizeWord('が')).toBe('が');
    expect(normalizeWord('_x_', ['_'])).toBe('_x_');
    expect(normalizeWord('・')).toBe('');
  });

  test('a query is split into words the way Pagefind reads a Japanese query', () => {
    expect(termWords('Umegaoka  ')).toEqual(['umegaoka']);
    expect(termWords('「相談」、窓口')).toEqual(['相談', '窓口']);
    expect(termWords('。、')).toEqual([]);
  });
});

/** Members (positions) with a word beginning with `prefix`, through the chunks. */
function routed(firstWords: string[], chunks: RouterChunk[], prefix: string): number[] {
  const found = new Set<number>();
  for (const i of chunksFor(firstWords, prefix)) membersWithPrefix(chunks[i]!, prefix, found);
  return [...found].sort((a, b) => a - b);
}

describe('the chunked word list', () => {
  test('finds exactly the members that have a word beginning with any prefix, however it is cut', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'あ', 'い', 'x', 'q'), minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(
        fc.array(fc.array(word, { maxLength: 30 }), { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 1, max: 80 }),
        fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'あ', 'x', 'q'), maxLength: 3 }),
        (members, chunkChars, prefix) => {
          const { firstWords, chunks } = buildRouterChunks(members, chunkChars);
          const expected = members.flatMap((words, i) => (words.some((w) => w.startsWith(prefix)) ? [i] : []));
          expect(routed(firstWords, chunks, prefix)).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  test('a word several members have is listed once with all of them', () => {
    const { chunks } = buildRouterChunks([['相談', 'あ'], ['相談'], ['い', '相談']]);
    expect(chunks.flat()).toContainEqual(['相談', [0, 1, 2]]);
    expect(chunks.flat()).toContainEqual(['い', 2]);
  });

  test('only members with every word of a search are candidates', () => {
    expect([...membersWithAll([new Set([0, 1, 2]), new Set([1, 2]), new Set([2, 5])])]).toEqual([2]);
    expect([...membersWithAll([])]).toEqual([]);
  });
});

/** A member's output with a real Pagefind index of `texts` (or, as `broken`, a word chunk that is not one). */
async function memberDist(root: string, id: string, texts: string[] | 'broken' | 'none'): Promise<PortalMember> {
  const folder = path.join(root, id, 'pagefind');
  fs.mkdirSync(folder, { recursive: true });
  if (texts === 'broken') {
    fs.mkdirSync(path.join(folder, 'index'));
    fs.writeFileSync(path.join(folder, 'pagefind-entry.json'), '{}');
    fs.writeFileSync(path.join(folder, 'index', 'ja_1.pf_index'), zlib.gzipSync('pagefind_dcd not cbor'));
  } else if (texts !== 'none') {
    const pagefind = await import('pagefind');
    const { index } = await pagefind.createIndex({ forceLanguage: 'ja' });
    for (const [i, content] of texts.entries())
      await index!.addCustomRecord({ url: `/${i}/`, content, language: 'ja' });
    await index!.writeFiles({ outputPath: folder });
  }
  return {
    id,
    name: `${id}町`,
    dist: id,
    manifest: { links: { searchIndex: 'pagefind/' } },
  } as unknown as PortalMember;
}

describe('writeSearchRouter', () => {
  test("reads the members' own Pagefind word chunks; a member it cannot read is reported by name and always searched", async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'search-router-'));
    const pagefind = await import('pagefind');
    try {
      const members = [
        await memberDist(root, 'sakura', ['桜 通所介護']),
        await memberDist(root, 'kowareta', 'broken'),
        await memberDist(root, 'keyaki', ['欅 相談', '通所リハビリ']),
        await memberDist(root, 'nai', 'none'),
      ];
      const summary = await writeSearchRouter(members, root, path.join(root, 'portal'));
      expect(summary.problems.map((p) => [p.member, p.rule])).toEqual([
        ['kowareta町（kowareta）', 'federation-search-index-unreadable'],
        ['nai町（nai）', 'federation-search-index-unreadable'],
      ]);
      expect(summary.problems[0]!.message).toMatch(/Pagefind のものと違います/);
      expect(summary.problems[1]!.message).toMatch(/ファイルがありません/);
      const folder = path.join(root, 'portal/search-router');
      const directory = JSON.parse(fs.readFileSync(path.join(folder, 'index.json'), 'utf8')) as RouterDirectory;
      expect(directory.members).toEqual(['sakura', 'keyaki']);
      expect(directory.always).toEqual(['kowareta', 'nai']);
      const chunks = directory.chunks.map(
        (_, i) =>
          JSON.parse(zlib.gunzipSync(fs.readFileSync(path.join(folder, `${i}.json.gz`))).toString()) as RouterChunk,
      );
      expect(routed(directory.chunks, chunks, '通所')).toEqual([0, 1]);
      expect(routed(directory.chunks, chunks, 'リハ')).toEqual([1]);
      expect(routed(directory.chunks, chunks, '桜')).toEqual([0]);
      expect(routed(directory.chunks, chunks, '病院')).toEqual([]);
    } finally {
      await pagefind.close();
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
