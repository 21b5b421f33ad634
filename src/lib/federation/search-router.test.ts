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
  addIndexedWords,
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

  test('a result text split at its zero-width spaces, a word with punctuation also in its parts', () => {
    const content = '北総\u200B合\u200B支所 \u200Bデイ\u200Bサービス\u200B. \u200Be-mail\u200B03-5400';
    expect([...addIndexedWords(content, new Set())]).toEqual([
      '北総',
      '合',
      '支所',
      'デイ',
      'サービス',
      'email',
      'e',
      'mail',
      '035400',
      '03',
      '5400',
    ]);
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

const SIGNATURE = Buffer.from('pagefind_dcd');
const gz = (data: unknown) => zlib.gzipSync(Buffer.concat([SIGNATURE, Buffer.from(JSON.stringify(data))]));

function memberDist(root: string, id: string, fragments: Record<string, unknown>): PortalMember {
  const index = path.join(root, id, 'pagefind');
  fs.mkdirSync(path.join(index, 'fragment'), { recursive: true });
  fs.writeFileSync(path.join(index, 'pagefind-entry.json'), JSON.stringify({ include_characters: ['_'] }));
  for (const [name, data] of Object.entries(fragments)) fs.writeFileSync(path.join(index, 'fragment', name), gz(data));
  return {
    id,
    name: `${id}町`,
    dist: id,
    manifest: { links: { searchIndex: 'pagefind/' } },
  } as unknown as PortalMember;
}

describe('writeSearchRouter', () => {
  test('reads single and grouped result data; a member it cannot read is reported by name and always searched', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'search-router-'));
    try {
      const members = [
        memberDist(root, 'sakura', { 'ja_1.pf_fragment': { url: '/a/', content: '桜\u200B通所\u200B介護' } }),
        memberDist(root, 'keyaki', {
          'ja_g.pf_fragment': { ja_2: { content: '欅\u200B相談' }, ja_3: { content: '通所\u200Bリハビリ' } },
        }),
        memberDist(root, 'kowareta', {}),
      ];
      const summary = writeSearchRouter(members, root, path.join(root, 'portal'));
      expect(summary.problems.map((p) => [p.member, p.rule])).toEqual([
        ['kowareta町（kowareta）', 'federation-search-index-unreadable'],
      ]);
      const folder = path.join(root, 'portal/search-router');
      const directory = JSON.parse(fs.readFileSync(path.join(folder, 'index.json'), 'utf8')) as RouterDirectory;
      expect(directory.members).toEqual(['sakura', 'keyaki']);
      expect(directory.always).toEqual(['kowareta']);
      const chunks = directory.chunks.map(
        (_, i) =>
          JSON.parse(zlib.gunzipSync(fs.readFileSync(path.join(folder, `${i}.json.gz`))).toString()) as RouterChunk,
      );
      expect(routed(directory.chunks, chunks, '通所')).toEqual([0, 1]);
      expect(routed(directory.chunks, chunks, 'リハ')).toEqual([1]);
      expect(routed(directory.chunks, chunks, '病院')).toEqual([]);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
