/**
 * Writes the portal's map tiles (src/lib/federation/tiles.ts) into `<out>/tiles/`: `points/` and
 * `boundaries/` as `{z}/{x}/{y}.pbf` folders, and `tiles.json` telling the page script where they
 * are, their zooms and the first view. Kept apart from tiles.ts so that one stays pure.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  BOUNDARY_MAX_ZOOM,
  POINT_MAX_ZOOM,
  boundaryTiles,
  pointBounds,
  pointTiles,
  type FederationPoint,
  type MemberBoundary,
  type TileFile,
} from './tiles.ts';

/** What `tiles.json` says; the page script reads it (src/scripts/portal/portal-map.ts). */
export interface TileSetDescription {
  /** tile URL templates relative to the tiles.json file */
  points: { tiles: string; maxzoom: number; count: number };
  boundaries: { tiles: string; maxzoom: number; count: number };
  /** [west, south, east, north] of every point */
  bounds?: [number, number, number, number];
}

export interface TileWriteSummary {
  files: number;
  bytes: number;
  pointTiles: number;
  boundaryTiles: number;
}

function writeAll(folder: string, tiles: Iterable<TileFile>, summary: TileWriteSummary): number {
  let count = 0;
  const made = new Set<string>();
  for (const { z, x, y, bytes } of tiles) {
    const dir = join(folder, String(z), String(x));
    if (!made.has(dir)) mkdirSync(dir, { recursive: true });
    made.add(dir);
    writeFileSync(join(dir, `${y}.pbf`), bytes);
    count++;
    summary.bytes += bytes.byteLength;
  }
  summary.files += count;
  return count;
}

/** Writes every tile and tiles.json under `<out>/tiles/`; returns counts and bytes. */
export function writeTiles(
  out: string,
  input: { points: readonly FederationPoint[]; boundaries: readonly MemberBoundary[] },
): TileWriteSummary {
  const root = join(out, 'tiles');
  const summary: TileWriteSummary = { files: 0, bytes: 0, pointTiles: 0, boundaryTiles: 0 };
  summary.pointTiles = writeAll(join(root, 'points'), pointTiles(input.points), summary);
  summary.boundaryTiles = writeAll(join(root, 'boundaries'), boundaryTiles(input.boundaries), summary);
  const description: TileSetDescription = {
    points: { tiles: 'points/{z}/{x}/{y}.pbf', maxzoom: POINT_MAX_ZOOM, count: input.points.length },
    boundaries: { tiles: 'boundaries/{z}/{x}/{y}.pbf', maxzoom: BOUNDARY_MAX_ZOOM, count: input.boundaries.length },
    bounds: pointBounds(input.points),
  };
  const json = JSON.stringify(description);
  writeFileSync(join(root, 'tiles.json'), json);
  summary.files += 1;
  summary.bytes += json.length;
  return summary;
}
