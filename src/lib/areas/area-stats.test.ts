/**
 * Area figures against values worked out by hand from the small town below.
 *
 *   市 M: 10,000人, 65歳以上 2,500人
 *   ├ 圏域 A: 4,000人 / 1,000人   └ 地区 A1 (no figures)
 *   ├ 圏域 B: 6,000人 / 1,500人
 *   └ 圏域 C: no population figures
 */
import { describe, expect, test } from 'vitest';
import {
  computeAreaStats,
  densityClass,
  densityClassRanges,
  projectBoundaries,
  sortProfiles,
  type StatsArea,
  type StatsCategory,
  type StatsResource,
} from './area-stats.ts';

const areas: StatsArea[] = [
  { id: 'm', name: '市', level: 'municipality', population: { total: 10000, elderly: 2500, asOf: '2026-10-01' } },
  {
    id: 'a',
    name: 'A圏域',
    level: 'region',
    parent: 'm',
    population: { total: 4000, elderly: 1000, asOf: '2026-10-01' },
  },
  { id: 'a1', name: 'A1地区', level: 'district', parent: 'a' },
  { id: 'b', name: 'B圏域', level: 'region', parent: 'm', population: { total: 6000, elderly: 1500, asOf: '2026-04' } },
  { id: 'c', name: 'C圏域', level: 'region', parent: 'm' },
];
const categories: StatsCategory[] = [
  { id: 'houkatsu', name: '地域包括支援センター', group: '相談窓口', kind: 'window' },
  { id: 'shakyo', name: '社会福祉協議会', group: '相談窓口', kind: 'window' },
  { id: 'clinic', name: '診療所', group: '医療', kind: 'service' },
  { id: 'salon', name: 'サロン', group: '通いの場', kind: 'place' },
  { id: 'cafe', name: '認知症カフェ', group: '通いの場', kind: 'place' },
];
const resources: StatsResource[] = [
  // Windows count where they serve, not where they stand (w-a stands in B but serves A).
  { id: 'w-a', category: 'houkatsu', status: 'active', areaId: 'b', servesAreas: ['a'] },
  { id: 'w-b', category: 'houkatsu', status: 'suspended', areaId: 'b', servesAreas: ['b'] },
  { id: 'w-city', category: 'shakyo', status: 'active', areaId: 'a', servesAreas: ['m'] },
  // Services count where they stand, and for the areas above.
  { id: 'c1', category: 'clinic', status: 'active', areaId: 'a1' },
  { id: 'c2', category: 'clinic', status: 'active', areaId: 'a' },
  { id: 'c3', category: 'clinic', status: 'active', areaId: 'b' },
  { id: 'c4', category: 'clinic', status: 'closed', areaId: 'b' },
  { id: 'c5', category: 'clinic', status: 'active' }, // online: no area
  { id: 's1', category: 'salon', status: 'active', areaId: 'c' },
  { id: 's2', category: 'salon', status: 'suspended', areaId: 'b' },
];

const stats = computeAreaStats({ areas, categories, resources });
const figure = (areaId: string, categoryId: string) =>
  stats.byArea.get(areaId)!.categories.find((f) => f.category.id === categoryId)!;
const names = (list: StatsCategory[]) => list.map((category) => category.id);

describe('counts per category', () => {
  test('A: its own センター, two clinics (one in its 地区 A1)', () => {
    expect(figure('a', 'houkatsu').count).toBe(1);
    expect(figure('a', 'clinic').count).toBe(2);
    expect(figure('a', 'salon').count).toBe(0);
    expect(stats.byArea.get('a')!.total).toBe(3);
  });
  test('B: the suspended センター and サロン are shown apart, the closed clinic is gone', () => {
    expect(figure('b', 'houkatsu')).toMatchObject({ count: 0, suspended: 1 });
    expect(figure('b', 'clinic')).toMatchObject({ count: 1, suspended: 0 });
    expect(figure('b', 'salon')).toMatchObject({ count: 0, suspended: 1 });
    expect(stats.byArea.get('b')!.total).toBe(1);
  });
  test('the municipality: everything with a place, the city-wide window, not the online clinic', () => {
    const m = stats.byArea.get('m')!;
    expect(m.categories.map((f) => f.count)).toEqual([1, 1, 3, 1, 0]);
    expect(m.total).toBe(6);
  });
});

describe('per 1,000 elderly', () => {
  test('A: 1 ÷ 1,000 × 1,000 = 1.0 センター, 2 ÷ 1,000 × 1,000 = 2.0 clinics, 3.0 in all', () => {
    expect(figure('a', 'houkatsu').perThousandElderly).toBeCloseTo(1.0, 10);
    expect(figure('a', 'clinic').perThousandElderly).toBeCloseTo(2.0, 10);
    expect(stats.byArea.get('a')!.totalPerThousand).toBeCloseTo(3.0, 10);
  });
  test('B: 1 clinic ÷ 1,500 × 1,000 = 0.667', () => {
    expect(figure('b', 'clinic').perThousandElderly).toBeCloseTo(0.6667, 4);
    expect(figure('b', 'houkatsu').perThousandElderly).toBe(0);
  });
  test('the municipality: 3 clinics ÷ 2,500 × 1,000 = 1.2; 6 ÷ 2,500 × 1,000 = 2.4 in all', () => {
    expect(figure('m', 'clinic').perThousandElderly).toBeCloseTo(1.2, 10);
    expect(stats.byArea.get('m')!.totalPerThousand).toBeCloseTo(2.4, 10);
    expect(figure('a', 'clinic').municipalPerThousand).toBeCloseTo(1.2, 10);
    expect(stats.byArea.get('b')!.municipalTotalPerThousand).toBeCloseTo(2.4, 10);
  });
  test('高齢化率 = 65歳以上 ÷ 総人口: A 25.0 %, B 25.0 %, with the date of the figures', () => {
    expect(stats.byArea.get('a')!.population!.agingRate).toBeCloseTo(25, 10);
    expect(stats.byArea.get('b')!.population).toMatchObject({ asOf: '2026-04' });
  });
  test('an area without population figures has counts but no densities, and does not fail', () => {
    const c = stats.byArea.get('c')!;
    expect(c.population).toBeUndefined();
    expect(figure('c', 'salon').count).toBe(1);
    expect(c.categories.every((f) => f.perThousandElderly === undefined && f.rank === undefined)).toBe(true);
    expect(c.totalPerThousand).toBeUndefined();
    expect(stats.byArea.get('a1')!.categories.find((f) => f.category.id === 'clinic')).toMatchObject({
      count: 1,
      perThousandElderly: undefined,
    });
  });
});

describe('against the other areas of the same level', () => {
  test('clinics: A (2.0) is 1st and B (0.667) 2nd of the two 圏域 with figures; C is not ranked', () => {
    expect(figure('a', 'clinic')).toMatchObject({ rank: 1, rankOf: 2 });
    expect(figure('b', 'clinic')).toMatchObject({ rank: 2, rankOf: 2 });
    expect(figure('a', 'clinic').levelMin).toBeCloseTo(0.6667, 4);
    expect(figure('a', 'clinic').levelMax).toBeCloseTo(2.0, 10);
    expect(figure('c', 'clinic').rank).toBeUndefined();
  });
  test('equal figures share a rank', () => {
    // Both have no カフェ: 0 per 1,000 each.
    expect(figure('a', 'cafe').rank).toBe(1);
    expect(figure('b', 'cafe').rank).toBe(1);
  });
  test('level() lists the areas of a level in the order given', () => {
    expect(stats.level('region').map((row) => row.area.id)).toEqual(['a', 'b', 'c']);
  });
});

describe('この圏域にない資源', () => {
  test('A lacks サロン and カフェ; the city-wide 社協 window covers it', () => {
    expect(names(stats.byArea.get('a')!.missing)).toEqual(['salon', 'cafe']);
    expect(names(stats.byArea.get('a')!.coveredFromAbove)).toEqual(['shakyo']);
  });
  test('B lacks its センター (only a suspended one), サロン (suspended) and カフェ', () => {
    expect(names(stats.byArea.get('b')!.missing)).toEqual(['houkatsu', 'salon', 'cafe']);
  });
  test('C lacks a センター, clinics and カフェ', () => {
    expect(names(stats.byArea.get('c')!.missing)).toEqual(['houkatsu', 'clinic', 'cafe']);
  });
  test('地区 A1 is covered by its 圏域 センター: not lacking it', () => {
    const a1 = stats.byArea.get('a1')!;
    expect(names(a1.coveredFromAbove)).toEqual(['houkatsu', 'shakyo']);
    expect(names(a1.missing)).toEqual(['salon', 'cafe']);
  });
});

describe('the municipality without its own figures', () => {
  test('uses the sum of its 圏域 when all of them have figures', () => {
    const withAll = computeAreaStats({
      areas: [{ ...areas[0], population: undefined }, areas[1], areas[3]],
      categories,
      resources: resources.filter((r) => r.areaId !== 'c' && r.areaId !== 'a1'),
    });
    // 2,500 elderly from A + B; clinics c2, c3 → 2 ÷ 2,500 × 1,000 = 0.8
    expect(withAll.byArea.get('m')!.categories.find((f) => f.category.id === 'clinic')!.perThousandElderly).toBeCloseTo(
      0.8,
      10,
    );
  });
  test('gives counts only when one 圏域 has no figures', () => {
    const partial = computeAreaStats({
      areas: [{ ...areas[0], population: undefined }, ...areas.slice(1)],
      categories,
      resources,
    });
    expect(partial.byArea.get('m')!.totalPerThousand).toBeUndefined();
    expect(partial.byArea.get('m')!.total).toBe(6);
  });
});

describe('sortProfiles', () => {
  const rows = stats.level('region');
  test('largest first; areas without figures last', () => {
    expect(sortProfiles(rows, 'elderly').map((r) => r.area.id)).toEqual(['b', 'a', 'c']);
    expect(sortProfiles(rows, 'density').map((r) => r.area.id)).toEqual(['a', 'b', 'c']);
    expect(sortProfiles(rows, 'resources').map((r) => r.area.id)).toEqual(['a', 'b', 'c']);
  });
  test('ties keep the given order', () => {
    expect(sortProfiles(rows, 'aging-rate').map((r) => r.area.id)).toEqual(['a', 'b', 'c']);
    expect(sortProfiles(rows, 'name').map((r) => r.area.id)).toEqual(['a', 'b', 'c']);
  });
});

describe('choropleth helpers', () => {
  test('density classes: 0 for none, then quarters of the highest value', () => {
    expect(densityClass(undefined, 2)).toBeUndefined();
    expect(densityClass(0, 2)).toBe(0);
    expect(densityClass(0.4, 2)).toBe(1);
    expect(densityClass(0.5, 2)).toBe(1);
    expect(densityClass(0.51, 2)).toBe(2);
    expect(densityClass(2, 2)).toBe(4);
    expect(densityClassRanges(2)).toEqual([
      [0, 0.5],
      [0.5, 1],
      [1, 1.5],
      [1.5, 2],
    ]);
  });
  test('projection keeps the shape and puts the label inside', () => {
    // A square of 0.02° × 0.02° at 35° N is about 0.82 times as wide as it is tall on the ground.
    const projected = projectBoundaries(
      [
        {
          id: 'x',
          boundary: {
            type: 'Polygon',
            coordinates: [
              [
                [139.3, 35.42],
                [139.32, 35.42],
                [139.32, 35.44],
                [139.3, 35.44],
                [139.3, 35.42],
              ],
            ],
          },
        },
      ],
      100,
      0,
    );
    expect(projected.height).toBe(Math.round(100 / Math.cos((35.43 * Math.PI) / 180)));
    expect(projected.shapes[0].labelX).toBeCloseTo(50, 0);
    expect(projected.shapes[0].labelY).toBeCloseTo(projected.height / 2, 0);
    expect(projected.shapes[0].d.startsWith('M0 ')).toBe(true);
  });
});
