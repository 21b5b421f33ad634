import { describe, expect, it } from 'vitest';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import {
  BOUNDARY_LAYER,
  BOUNDARY_MAX_ZOOM,
  POINT_LAYER,
  POINT_MAX_ZOOM,
  TILE_EXTENT,
  boundaryTiles,
  pointBounds,
  pointTiles,
  tileCoordinates,
  type FederationPoint,
  type TileFile,
} from './tiles.ts';
import { distanceMeters } from '../map/geo.ts';

/** Three members' points on a small grid in 多摩 (deterministic). */
function samplePoints(count: number): FederationPoint[] {
  return Array.from({ length: count }, (_, i) => {
    const member = ['hachioji', 'tachikawa', 'hino'][i % 3]!;
    return {
      id: `r${i}`,
      name: `さくら${i}デイサービス`,
      category: i % 2 ? 'day-service' : 'houkatsu',
      memberId: member,
      url: `/m/${member}/resources/r${i}/`,
      lng: 139.3 + (i % 37) * 0.004,
      lat: 35.65 + Math.floor(i / 37) * 0.003,
    };
  });
}

function decode(tile: TileFile, layer: string) {
  const decoded = new VectorTile(new PbfReader(tile.bytes)).layers[layer];
  if (!decoded) return [];
  return Array.from({ length: decoded.length }, (_, i) => decoded.feature(i));
}

/** Features whose anchor lies inside the tile proper (not in the buffer around it). */
function ownFeatures(tile: TileFile, layer: string) {
  return decode(tile, layer).filter((feature) => {
    const [{ x, y }] = feature.loadGeometry()[0]!;
    return x >= 0 && y >= 0 && x < TILE_EXTENT && y < TILE_EXTENT;
  });
}

describe('pointTiles', () => {
  const points = samplePoints(600);
  const tiles = [...pointTiles(points)];

  it('makes tiles at every zoom from 0 to the maximum, only where there are points', () => {
    const zooms = new Set(tiles.map((tile) => tile.z));
    expect([...zooms].sort((a, b) => a - b)).toEqual(Array.from({ length: POINT_MAX_ZOOM + 1 }, (_, z) => z));
    for (const tile of tiles) expect(decode(tile, POINT_LAYER).length).toBeGreaterThan(0);
  });

  it('clusters at z0: the clusters count every point once', () => {
    const world = tiles.filter((tile) => tile.z === 0);
    expect(world).toHaveLength(1);
    const features = decode(world[0]!, POINT_LAYER);
    expect(features.length).toBeLessThan(points.length);
    const counted = features.reduce((sum, feature) => sum + Number(feature.properties.point_count ?? 1), 0);
    expect(counted).toBe(points.length);
  });

  it('at the highest zoom every point stands alone, once, within 2 m, with its properties', () => {
    const top = tiles.filter((tile) => tile.z === POINT_MAX_ZOOM);
    const seen = new Map<string, Record<string, unknown>>();
    for (const tile of top)
      for (const feature of ownFeatures(tile, POINT_LAYER)) {
        expect(feature.properties.cluster).toBeUndefined();
        const id = String(feature.properties.id);
        expect(seen.has(id)).toBe(false);
        const geo = feature.toGeoJSON(tile.x, tile.y, tile.z).geometry as unknown as { coordinates: [number, number] };
        seen.set(id, { ...feature.properties, at: geo.coordinates });
      }
    expect(seen.size).toBe(points.length);
    for (const point of points) {
      const found = seen.get(point.id)!;
      expect(found).toMatchObject({ n: point.name, c: point.category, m: point.memberId, u: point.url });
      expect(distanceMeters(found.at as [number, number], [point.lng, point.lat])).toBeLessThan(2);
    }
  });

  it('puts a point near a tile edge in the neighbouring tile too (no clipped circles)', () => {
    const z = POINT_MAX_ZOOM;
    const [x] = tileCoordinates(139.5, 35.7, z);
    const edgeLng = (Math.ceil(x) / 2 ** z) * 360 - 180 - 1e-6; // just west of a tile edge
    const all = [...pointTiles([{ ...points[0]!, lng: edgeLng, lat: 35.7 }])].filter((t) => t.z === z);
    expect(all.map((t) => t.x).sort()).toEqual([Math.floor(x), Math.floor(x) + 1]);
  });

  it('makes nothing from no points', () => {
    expect([...pointTiles([])]).toEqual([]);
    expect(pointBounds([])).toBeUndefined();
  });

  it('gives the bounds of the points', () => {
    expect(pointBounds(points)).toEqual([139.3, 35.65, 139.3 + 36 * 0.004, 35.65 + 16 * 0.003]);
  });
});

describe('boundaryTiles', () => {
  const square = {
    memberId: 'hino',
    name: '日野市',
    boundary: {
      type: 'Polygon' as const,
      coordinates: [
        [
          [139.36, 35.64],
          [139.44, 35.64],
          [139.44, 35.7],
          [139.36, 35.7],
          [139.36, 35.64],
        ] as [number, number][],
      ],
    },
  };

  it('slices each member boundary into tiles z0..max with the member id and name', () => {
    const tiles = [...boundaryTiles([square])];
    expect(Math.max(...tiles.map((tile) => tile.z))).toBe(BOUNDARY_MAX_ZOOM);
    // below z2 the 7 km square is smaller than the simplification tolerance and is left out
    expect(tiles.filter((tile) => tile.z === 5)).toHaveLength(1);
    for (const tile of tiles) {
      const [feature] = decode(tile, BOUNDARY_LAYER);
      expect(feature?.type).toBe(3);
      expect(feature?.properties).toEqual({ m: 'hino', n: '日野市' });
    }
    const [tile] = tiles.filter((t) => t.z === 5);
    const feature = decode(tile!, BOUNDARY_LAYER)[0]!;
    const geometry = feature.toGeoJSON(tile!.x, tile!.y, 5).geometry as unknown as { coordinates: number[][][] };
    const lngs = geometry.coordinates[0]!.map(([lng]) => lng!);
    expect(Math.min(...lngs)).toBeCloseTo(139.36, 1);
    expect(Math.max(...lngs)).toBeCloseTo(139.44, 1);
  });

  it('makes nothing from no boundaries', () => {
    expect([...boundaryTiles([])]).toEqual([]);
  });
});
