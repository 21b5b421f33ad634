import { describe, expect, test } from 'vitest';
import { areasGeoJSON, labelPoint, pointFacets, resourcesGeoJSON, round } from './geojson.ts';
import { matchesFilters, resourceFacets } from '../search/facets.ts';

const areas = [
  { id: 'city', level: 'municipality' },
  { id: 'chuo', level: 'region', parent: 'city' },
  { id: 'honcho', level: 'district', parent: 'chuo' },
  { id: 'minami', level: 'district', parent: 'chuo' },
];

const day = resourceFacets(
  {
    category: 'day-service',
    group: '介護',
    areaId: 'honcho',
    isWindow: false,
    audience: ['resident'],
    status: 'active',
    targets: ['elderly'],
  },
  areas,
);

describe('resources.geojson', () => {
  test('only located resources, coordinates rounded to 6 decimals, short properties', () => {
    const data = resourcesGeoJSON(
      [
        {
          id: 'a',
          name: 'いずみデイ',
          location: { lat: 35.123456789, lng: 139.987654321 },
          address: 'みどり市泉町1-1',
          phone: '042-000-0000',
          professionalOnly: false,
          facets: day,
        },
        { id: 'b', name: '電話相談', professionalOnly: false, facets: day },
      ],
      ['相談窓口', '介護'],
    );
    expect(data.features).toHaveLength(1);
    const [feature] = data.features;
    expect(feature!.geometry.coordinates).toEqual([139.987654, 35.123457]);
    expect(feature!.properties).toEqual({
      id: 'a',
      n: 'いずみデイ',
      c: 'day-service',
      g: 1,
      a: ['honcho', 'chuo'],
      t: ['elderly'],
      ad: 'みどり市泉町1-1',
      ph: '042-000-0000',
    });
    // Nothing the map does not use (body, hours, kana …).
    expect(JSON.stringify(feature)).not.toMatch(/kana|hours|verifiedAt/);
  });
  test('a point filters like its resource (the shared facets)', () => {
    const data = resourcesGeoJSON(
      [
        {
          id: 'a',
          name: 'x',
          location: { lat: 35, lng: 139 },
          professionalOnly: true,
          facets: { ...day, audience: ['professional'], status: 'suspended' },
        },
      ],
      ['相談窓口', '介護'],
    );
    const facets = pointFacets(data.features[0]!.properties, ['相談窓口', '介護']);
    expect(matchesFilters(facets, { facets: { area: 'chuo', group: '介護' }, active: false })).toBe(true);
    expect(matchesFilters(facets, { facets: { area: 'minami' }, active: false })).toBe(false);
    expect(matchesFilters(facets, { facets: {}, active: true })).toBe(false);
    expect(data.features[0]!.properties.pro).toBe(1);
  });
  test('round', () => {
    expect(round(1.23456789)).toBe(1.234568);
  });
});

describe('areas.geojson', () => {
  test('areas with a boundary, each with a label point inside it', () => {
    const square = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [139, 35],
          [139.02, 35],
          [139.02, 35.02],
          [139, 35.02],
          [139, 35],
        ] as [number, number][],
      ],
    };
    const data = areasGeoJSON([
      { id: 'honcho', name: '本町地区', level: 'district', boundary: square },
      { id: 'city', name: 'みどり市', level: 'municipality' },
    ]);
    expect(data.features).toHaveLength(1);
    expect(data.features[0]!.properties).toEqual({
      id: 'honcho',
      name: '本町地区',
      level: 'district',
      label: [139.01, 35.01],
    });
    expect(labelPoint(square)).toEqual([139.01, 35.01]);
  });
});

describe('facets', () => {
  test('a window belongs to the areas it serves and those inside them, never the municipality', () => {
    const window = resourceFacets(
      {
        category: 'houkatsu',
        group: '相談窓口',
        areaId: 'honcho',
        isWindow: true,
        servesAreas: ['chuo'],
        audience: ['resident'],
        status: 'active',
      },
      areas,
    );
    expect(window.area.sort()).toEqual(['chuo', 'honcho', 'minami']);
  });
});
