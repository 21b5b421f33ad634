import { describe, expect, test } from 'vitest';
import { bbox, contains, distanceMeters, isInJapan, type Boundary, type LngLat } from './geo.ts';

// A 4 × 4 square with a 2 × 2 hole in the middle, in [lng, lat].
const withHole: Boundary = {
  type: 'Polygon',
  coordinates: [
    [
      [139.6, 35.6],
      [139.64, 35.6],
      [139.64, 35.64],
      [139.6, 35.64],
      [139.6, 35.6],
    ],
    [
      [139.61, 35.61],
      [139.63, 35.61],
      [139.63, 35.63],
      [139.61, 35.63],
      [139.61, 35.61],
    ],
  ],
};

// Two separate squares (a 町 with an enclave elsewhere).
const multi: Boundary = {
  type: 'MultiPolygon',
  coordinates: [
    [
      [
        [139.6, 35.6],
        [139.62, 35.6],
        [139.62, 35.62],
        [139.6, 35.62],
        [139.6, 35.6],
      ],
    ],
    [
      [
        [139.7, 35.7],
        [139.72, 35.7],
        [139.72, 35.72],
        [139.7, 35.72],
        [139.7, 35.7],
      ],
    ],
  ],
};

describe('contains', () => {
  test('a Polygon with a hole: inside the ring, in the hole, outside', () => {
    expect(contains(withHole, [139.605, 35.605])).toBe(true); // in the ring, near a corner
    expect(contains(withHole, [139.635, 35.62])).toBe(true); // between hole and outer edge
    expect(contains(withHole, [139.62, 35.62])).toBe(false); // inside the hole
    expect(contains(withHole, [139.65, 35.62])).toBe(false); // east of the square
    expect(contains(withHole, [139.62, 35.59])).toBe(false); // south of the square
  });

  test('coordinates are [lng, lat]: the swapped point is outside', () => {
    expect(contains(withHole, [35.605, 139.605])).toBe(false);
  });

  test('a MultiPolygon: a point in either part is inside, between them is outside', () => {
    expect(contains(multi, [139.61, 35.61])).toBe(true);
    expect(contains(multi, [139.71, 35.71])).toBe(true);
    expect(contains(multi, [139.66, 35.66])).toBe(false);
  });

  test('a concave (L-shaped) polygon', () => {
    const ell: Boundary = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [2, 0],
          [2, 1],
          [1, 1],
          [1, 2],
          [0, 2],
          [0, 0],
        ],
      ],
    };
    expect(contains(ell, [0.5, 1.5])).toBe(true);
    expect(contains(ell, [1.5, 0.5])).toBe(true);
    expect(contains(ell, [1.5, 1.5])).toBe(false); // the notch
  });
});

describe('bbox', () => {
  test('[west, south, east, north] over every part', () => {
    expect(bbox(multi)).toEqual([139.6, 35.6, 139.72, 35.72]);
    expect(bbox(withHole)).toEqual([139.6, 35.6, 139.64, 35.64]);
  });
});

describe('distanceMeters', () => {
  const tokyo: LngLat = [139.7671, 35.6812]; // 東京駅
  const osaka: LngLat = [135.4959, 34.7025]; // 大阪駅
  test('Tokyo–Osaka is about 400 km', () => {
    const d = distanceMeters(tokyo, osaka);
    expect(d).toBeGreaterThan(390_000);
    expect(d).toBeLessThan(410_000);
  });
  test('symmetric, zero for the same point', () => {
    expect(distanceMeters(osaka, tokyo)).toBeCloseTo(distanceMeters(tokyo, osaka), 6);
    expect(distanceMeters(tokyo, tokyo)).toBe(0);
  });
  test('one degree of latitude is about 111 km', () => {
    expect(distanceMeters([139, 35], [139, 36])).toBeGreaterThan(110_000);
    expect(distanceMeters([139, 35], [139, 36])).toBeLessThan(112_000);
  });
});

describe('isInJapan (lat, lng)', () => {
  test.each([
    ['東京駅', 35.6812, 139.7671],
    ['札幌', 43.0621, 141.3544],
    ['那覇', 26.2124, 127.6809],
    ['与那国島', 24.4676, 122.9886],
    ['沖ノ鳥島', 20.4253, 136.0811],
    ['南鳥島', 24.2867, 153.9807],
    ['択捉島', 45.0, 147.7],
    ['対馬', 34.4, 129.3],
  ])('%s is in Japan', (_name, lat, lng) => {
    expect(isInJapan(lat, lng)).toBe(true);
  });

  test.each([
    ['Null Island', 0, 0],
    ['Paris', 48.8566, 2.3522],
    ['Honolulu', 21.3069, -157.8583],
    ['Taipei', 25.033, 121.5654],
    ['Shanghai', 31.2304, 121.4737],
    ['swapped 東京 (lat 139, lng 35)', 139.7671, 35.6812],
  ])('%s is not in Japan', (_name, lat, lng) => {
    expect(isInJapan(lat, lng)).toBe(false);
  });

  // BUG (geo.ts): the check is one box 20–46°N × 122–154°E, which also holds the Korean peninsula
  // and the Russian coast. A location typed with a wrong longitude (126.98 for 139.98) then passes as
  // "in Japan". See the report for a fix with a few boxes.
  test.each([
    ['Seoul', 37.5665, 126.978],
    ['Busan', 35.1796, 129.0756],
    ['Pyongyang', 39.0392, 125.7625],
    ['Vladivostok', 43.1198, 131.8869],
    ['Jeju', 33.4996, 126.5312],
  ])('%s (inside the rough box) is not in Japan', (_name, lat, lng) => {
    expect(isInJapan(lat, lng)).toBe(false);
  });
});
