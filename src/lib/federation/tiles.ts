/**
 * The portal's map as vector tiles: every member's located resources, clustered at low zooms and
 * exact at high ones, and the members' municipal boundaries. One GeoJSON file stops being
 * comfortable at about 20,000 points (src/lib/map/geojson.ts); a prefecture has 60,000 and the
 * country several hundred thousand, so the portal writes a folder of tiles `{z}/{x}/{y}.pbf` that a
 * static host serves as files and MapLibre reads only where the view is. Pure: returns the tiles as
 * bytes; `write-tiles.ts` puts them on disk. Why a tile folder and these libraries:
 * docs/architecture.md (連合の地図).
 *
 * Clustering and slicing are MapLibre's own `@maplibre/geojson-vt` (its `Supercluster` for points,
 * `GeoJSONVT` for boundaries), the same code MapLibre runs for a clustered GeoJSON source; the
 * encoding is MapLibre's `@maplibre/vt-pbf`.
 */
import { GeoJSONVT, Supercluster, type GeoJSONVTTile } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import type { Boundary } from '../map/geo.ts';
import { BOUNDARY_LAYER, POINT_LAYER } from './tile-layout.ts';

export { BOUNDARY_LAYER, POINT_LAYER };

/** One located resource of one member, as the portal knows it. */
export interface FederationPoint {
  /** the resource id inside its member's site */
  id: string;
  name: string;
  /** category id (the member's vocabulary) */
  category: string;
  /** the member's id in federation.yaml */
  memberId: string;
  /** the resource page on the member's site */
  url: string;
  lng: number;
  lat: number;
}

/** A member's municipal boundary. */
export interface MemberBoundary {
  memberId: string;
  name: string;
  boundary: Boundary;
}

/** One tile of one tile set: the bytes of a Mapbox Vector Tile. */
export interface TileFile {
  z: number;
  x: number;
  y: number;
  bytes: Uint8Array;
}

/** Tile coordinates per tile side: 4096 keeps a point within ~1.2 m at z13. */
export const TILE_EXTENT = 4096;
/** Points: tiles z0..14; clusters up to z13, every point on its own from z14 (MapLibre overzooms). */
export const POINT_MAX_ZOOM = 14;
export const CLUSTER_MAX_ZOOM = 13;
/** Boundaries: z0..10 is detail enough for a municipal line (overzoomed above). */
export const BOUNDARY_MAX_ZOOM = 10;
/** Cluster radius in screen pixels of a 512 px tile (MapLibre's default for clustered sources is 50). */
const CLUSTER_RADIUS_PX = 50;
/** Share of the tile side that geojson-vt keeps around each tile (64 of 4096), also used for points. */
const BUFFER_SHARE = 64 / TILE_EXTENT;

/** Short keys in the tiles, decoded once by the page script (src/scripts/federation/portal-map-list.ts). */
export interface PointTileProperties {
  id: string;
  n: string;
  c: string;
  m: string;
  u: string;
}

function pointFeature(point: FederationPoint) {
  const properties: PointTileProperties = {
    id: point.id,
    n: point.name,
    c: point.category,
    m: point.memberId,
    u: point.url,
  };
  return {
    type: 'Feature' as const,
    geometry: { type: 'Point' as const, coordinates: [point.lng, point.lat] },
    properties,
  };
}

/** Web Mercator tile coordinates (fractional) of a position at zoom z. */
export function tileCoordinates(lng: number, lat: number, z: number): [number, number] {
  const scale = 2 ** z;
  const sin = Math.sin((Math.max(-85.05, Math.min(85.05, lat)) * Math.PI) / 180);
  const x = ((lng + 180) / 360) * scale;
  const y = (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * scale;
  return [x, y];
}

/** Tiles a position touches at zoom z, its tile's buffer included (a point near an edge is in both). */
function tilesTouching(lng: number, lat: number, z: number, into: Set<string>): void {
  const [x, y] = tileCoordinates(lng, lat, z);
  const last = 2 ** z - 1;
  for (const dx of [-BUFFER_SHARE, 0, BUFFER_SHARE])
    for (const dy of [-BUFFER_SHARE, 0, BUFFER_SHARE]) {
      const tx = Math.floor(x + dx);
      const ty = Math.floor(y + dy);
      if (tx >= 0 && ty >= 0 && tx <= last && ty <= last) into.add(`${tx}/${ty}`);
    }
}

function encode(layer: string, tile: GeoJSONVTTile | null): Uint8Array | undefined {
  if (!tile || tile.features.length === 0) return undefined;
  return fromGeojsonVt({ [layer]: tile }, { version: 2, extent: TILE_EXTENT });
}

function* tilesAt(keys: Iterable<string>, z: number, make: (x: number, y: number) => Uint8Array | undefined) {
  for (const key of keys) {
    const [x, y] = key.split('/').map(Number) as [number, number];
    const bytes = make(x, y);
    if (bytes) yield { z, x, y, bytes } satisfies TileFile;
  }
}

/**
 * The point tiles, z0..POINT_MAX_ZOOM. Only tiles that hold a cluster or a point are made: at each
 * zoom the clusters themselves say which tiles those are.
 */
export function* pointTiles(points: readonly FederationPoint[]): Generator<TileFile> {
  const index = new Supercluster({
    maxZoom: CLUSTER_MAX_ZOOM,
    radius: (CLUSTER_RADIUS_PX * TILE_EXTENT) / 512,
    extent: TILE_EXTENT,
  });
  index.load(points.map(pointFeature));
  for (let z = 0; z <= POINT_MAX_ZOOM; z++) {
    const keys = new Set<string>();
    for (const feature of index.getClusters([-180, -85, 180, 85], z)) {
      const [lng, lat] = feature.geometry.coordinates as [number, number];
      tilesTouching(lng, lat, z, keys);
    }
    yield* tilesAt(keys, z, (x, y) => encode(POINT_LAYER, index.getTile(z, x, y)));
  }
}

/** Tiles covering a box at zoom z. */
function tilesCovering([west, south, east, north]: [number, number, number, number], z: number): string[] {
  const [x0, y0] = tileCoordinates(west, north, z).map(Math.floor) as [number, number];
  const [x1, y1] = tileCoordinates(east, south, z).map(Math.floor) as [number, number];
  const keys: string[] = [];
  for (let x = x0; x <= x1; x++) for (let y = y0; y <= y1; y++) keys.push(`${x}/${y}`);
  return keys;
}

function boundsOf(boundaries: readonly MemberBoundary[]): [number, number, number, number] {
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const { boundary } of boundaries) {
    const rings = boundary.type === 'Polygon' ? boundary.coordinates : boundary.coordinates.flat();
    for (const ring of rings)
      for (const [lng, lat] of ring) {
        [west, east] = [Math.min(west, lng), Math.max(east, lng)];
        [south, north] = [Math.min(south, lat), Math.max(north, lat)];
      }
  }
  return [west, south, east, north];
}

/** The boundary tiles, z0..BOUNDARY_MAX_ZOOM, simplified per zoom by geojson-vt. Properties: m, n. */
export function* boundaryTiles(boundaries: readonly MemberBoundary[]): Generator<TileFile> {
  if (boundaries.length === 0) return;
  const index = new GeoJSONVT(
    {
      type: 'FeatureCollection',
      features: boundaries.map((member) => ({
        type: 'Feature',
        geometry: member.boundary,
        properties: { m: member.memberId, n: member.name },
      })),
    },
    { maxZoom: BOUNDARY_MAX_ZOOM, indexMaxZoom: BOUNDARY_MAX_ZOOM, extent: TILE_EXTENT, wrap: false },
  );
  const bounds = boundsOf(boundaries);
  for (let z = 0; z <= BOUNDARY_MAX_ZOOM; z++)
    yield* tilesAt(tilesCovering(bounds, z), z, (x, y) => encode(BOUNDARY_LAYER, index.getTile(z, x, y)));
}

/** [west, south, east, north] of the points (the map's first view), or undefined with none. */
export function pointBounds(points: readonly FederationPoint[]): [number, number, number, number] | undefined {
  if (points.length === 0) return undefined;
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const { lng, lat } of points) {
    [west, east] = [Math.min(west, lng), Math.max(east, lng)];
    [south, north] = [Math.min(south, lat), Math.max(north, lat)];
  }
  return [west, south, east, north];
}
