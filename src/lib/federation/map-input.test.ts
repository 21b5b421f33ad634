import { describe, expect, it } from 'vitest';
import { memberBoundary, memberPoints } from './map-input.ts';
import { isSafePortalLink } from './portal-links.ts';
import { SITE_LINKS } from './manifest.ts';

const square = (west: number, south: number) => ({
  type: 'Polygon' as const,
  coordinates: [
    [
      [west, south],
      [west + 0.01, south],
      [west + 0.01, south + 0.01],
      [west, south + 0.01],
      [west, south],
    ] as [number, number][],
  ],
});

const point = (id: unknown, coordinates: unknown) =>
  ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates },
    properties: { id, n: `名前${id}`, c: 'houkatsu' },
  }) as never;

describe('memberPoints', () => {
  it("turns the member's map data into points linked to its pages under the member's URL", () => {
    const { points, skipped } = memberPoints(
      { id: 'hino', url: '/m/hino/' },
      { links: SITE_LINKS },
      { type: 'FeatureCollection', features: [point('a b', [139.4, 35.67])] },
    );
    expect(skipped).toBe(0);
    expect(points).toEqual([
      {
        id: 'a b',
        name: '名前a b',
        category: 'houkatsu',
        memberId: 'hino',
        url: '/m/hino/resources/a%20b/',
        lng: 139.4,
        lat: 35.67,
      },
    ]);
  });

  it('counts the features it cannot place instead of dropping them silently', () => {
    const { points, skipped } = memberPoints(
      { id: 'hino', url: 'https://hino.example/' },
      { links: SITE_LINKS },
      {
        type: 'FeatureCollection',
        features: [
          point('ok', [139.4, 35.6]),
          point(3, [139.4, 35.6]),
          point('far', [200, 35]),
          point('x', null),
          null as never,
        ],
      },
    );
    expect(points.map((p) => p.url)).toEqual(['https://hino.example/resources/ok/']);
    expect(skipped).toBe(4);
  });
});

describe('memberBoundary', () => {
  const municipality = { name: '日野市', code: '132128' };
  const area = (
    id: string,
    level: 'municipality' | 'region' | 'district',
    boundary?: ReturnType<typeof square>,
    parent?: string,
  ) => ({ id, name: id, kana: id, level, counts: {}, boundary, parent }) as never;

  it("uses the 市区町村 area's own boundary when it has one", () => {
    const result = memberBoundary(
      { id: 'hino', url: '/m/hino/' },
      { municipality, areas: [area('hino', 'municipality', square(139, 35)), area('d1', 'district', square(140, 35))] },
    );
    expect(result).toEqual({ memberId: 'hino', name: '日野市', boundary: square(139, 35) });
  });

  it('else puts the 地区 boundaries together', () => {
    const areas = [
      area('hino', 'municipality'),
      area('d1', 'district', square(139, 35), 'hino'),
      area('d2', 'district', square(139.01, 35), 'hino'),
    ];
    const result = memberBoundary({ id: 'hino', url: '/m/hino/' }, { municipality, areas });
    expect(result?.boundary).toEqual({
      type: 'MultiPolygon',
      coordinates: [square(139, 35).coordinates, square(139.01, 35).coordinates],
    });
  });

  it('gives none without any boundary', () => {
    expect(
      memberBoundary({ id: 'hino', url: '/m/hino/' }, { municipality, areas: [area('hino', 'municipality')] }),
    ).toBeUndefined();
  });
});

describe('isSafePortalLink', () => {
  it('allows site paths and http(s) only', () => {
    for (const ok of ['/m/a/resources/x/', 'https://a.example/x', 'http://a.example/'])
      expect(isSafePortalLink(ok), ok).toBe(true);
    for (const bad of [
      'javascript:alert(1)',
      'data:text/html,x',
      '//evil.example/',
      '/m/../../etc',
      'resources/x',
      'mailto:a@b',
    ])
      expect(isSafePortalLink(bad), bad).toBe(false);
  });
});
