import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadContent } from '../content/load.ts';
import { buildTownIndex, lookupTown, sortTownEntries, toHiragana, type AreaForIndex } from './town-index.ts';

const KANJI = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const toFullWidth = (text: string) => text.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));

async function areasOf(dir: string) {
  const loaded = await loadContent(path.resolve(dir));
  const areas: AreaForIndex[] = loaded.areas.map(({ id, data }) => ({
    id,
    name: data.name,
    kana: data.kana,
    level: data.level,
    parent: data.parent,
    towns: data.towns,
    hasChildren: loaded.areas.some((other) => other.data.parent === id),
  }));
  return {
    areas,
    municipality: {
      name: loaded.site!.municipality.name,
      kana: loaded.areas.find((a) => a.data.level === 'municipality')!.data.kana,
    },
  };
}

for (const dir of ['content', 'tests/fixtures/setagaya-like']) {
  const { areas, municipality } = await areasOf(dir);
  const index = buildTownIndex(areas);
  const lookup = (query: string) => lookupTown(query, index, areas, municipality);

  describe(`${dir}: every 町丁目 of every area, typed the ways residents type it`, () => {
    test('the index has every towns entry', () => {
      expect(index.length).toBe(areas.reduce((sum, area) => sum + (area.towns?.length ?? 0), 0));
    });
    const cases = index.map((entry) => [entry.label, entry] as const);
    test.each(cases)('%s', (_label, entry) => {
      // An address that falls in the entry for certain: a 番 inside the range when there is one.
      const address = `${entry.town}${entry.chome !== undefined ? `${entry.chome}丁目` : ''}${entry.banFrom !== undefined ? `${entry.banFrom}番` : ''}`;
      const ways = [address, toFullWidth(address), `${municipality.name}${address}`];
      if (entry.chome !== undefined && entry.chome <= 10)
        ways.push(address.replace(`${entry.chome}丁目`, `${KANJI[entry.chome]}丁目`));
      if (entry.chome !== undefined) ways.push(`${entry.town}${entry.chome}-${entry.banFrom ?? 1}-3`);
      for (const typed of ways) {
        const [first] = lookup(typed);
        expect(first, typed).toBeDefined();
        expect(first.areaId, typed).toBe(entry.areaId);
        expect(first.exact, typed).toBe(true);
      }
    });
  });

  describe(`${dir}: readings`, () => {
    const named = index.filter((entry) => entry.reading);
    test('towns named like an area get its reading', () => expect(named.length).toBeGreaterThan(0));
    test.each(named.map((entry) => [entry.reading!, entry] as const))('%s', (reading, entry) => {
      expect(lookup(reading).map((match) => match.areaId)).toContain(entry.areaId);
      // Katakana too.
      const katakana = reading.replace(/[\u3041-\u3096]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0x60));
      expect(lookup(katakana).map((match) => match.areaId)).toContain(entry.areaId);
    });
  });
}

describe('the sample town: cases from the issue', async () => {
  const { areas, municipality } = await areasOf('content');
  const index = buildTownIndex(areas);
  const lookup = (query: string) => lookupTown(query, index, areas, municipality);

  test('「本町２丁目」「本町二丁目」「みどり市本町2-3-4」 → 本町地区', () => {
    for (const typed of ['本町２丁目', '本町二丁目', 'みどり市本町2-3-4', ' 本町 2 丁目 '])
      expect(lookup(typed)[0], typed).toMatchObject({ areaId: 'honcho', exact: true });
  });
  test('「ほんちょう」 → 本町地区 first', () => {
    expect(lookup('ほんちょう')[0].areaId).toBe('honcho');
    expect(lookup('ホンチョウ')[0].areaId).toBe('honcho');
  });
  test('romaji in any case: 「Honcho」「HONCHOU」「matsugaoka」', () => {
    for (const typed of ['Honcho', 'HONCHOU', 'honchō'.normalize('NFD').replace(/\p{M}/gu, '')])
      expect(lookup(typed)[0], typed).toMatchObject({ areaId: 'honcho' });
    expect(lookup('matsugaoka').map((m) => m.areaId)).toContain('matsugaoka');
    expect(lookup('Osaka')).toEqual([]);
  });
  test('a 丁目 split between areas: both offered without a 番, the right one with it', () => {
    expect(lookup('本町3丁目').map((m) => [m.areaId, m.exact])).toEqual([
      ['honcho', false],
      ['midoricho', false],
    ]);
    expect(lookup('本町3丁目20番')).toEqual([{ areaId: 'midoricho', label: '本町3丁目13～30番', exact: true }]);
    expect(lookup('本町三丁目五番地')[0]).toMatchObject({ areaId: 'honcho', exact: true });
  });
  test('a whole 町 (緑町) matches any 丁目 and 番', () => {
    expect(lookup('緑町5-1')[0]).toMatchObject({ areaId: 'midoricho', exact: true });
  });
  test('the start of a name, or an area name, still leads somewhere', () => {
    expect(lookup('松が').map((m) => m.areaId)).toContain('matsugaoka');
    expect(lookup('北部').map((m) => m.areaId)).toContain('hokubu-ken');
  });
  test('nothing for an unknown place', () => {
    expect(lookup('大阪市北区梅田')).toEqual([]);
    expect(lookup('')).toEqual([]);
  });
  test('sorted 五十音順 by reading when known', () => {
    const sorted = sortTownEntries(index);
    const honcho = sorted.filter((entry) => entry.town === '本町').map((entry) => entry.label);
    expect(honcho).toEqual([
      '本町1丁目',
      '本町2丁目',
      '本町3丁目1～12番',
      '本町3丁目13～30番',
      '本町4丁目',
      '本町5丁目',
    ]);
  });
  test('toHiragana', () => {
    expect(toHiragana('ﾎﾝﾁｮｳ')).toBe('ほんちょう');
    expect(toHiragana('ホン チョウ')).toBe('ほんちょう');
  });
});
