/**
 * Writes the portal's map tiles (src/lib/federation/tiles.ts) into `<out>/tiles/`: `points/` and
 * `boundaries/` as `{z}/{x}/{y}.pbf` folders with the index of each zoom, and `tiles.json` with
 * their zooms and the first view (layout: tile-layout.ts). Kept apart from tiles.ts so that one
 * stays pure.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
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
import { indexPath, tilePath, type TileSetDescription, type TileSetName } from './tile-layout.ts';

export interface TileWriteSummary {
  files: number;
  bytes: number;
  pointTiles: number;
  boundaryTiles: number;
}

function writeAll(root: string, set: TileSetName, tiles: Iterable<TileFile>, summary: TileWriteSummary): number {
  const index = new Map<number, string[]>();
  const made = new Set<string>();
  const write = (relative: string, bytes: Uint8Array | string) => {
    const file = join(root, relative);
    if (!made.has(dirname(file))) mkdirSync(dirname(file), { recursive: true });
    made.add(dirname(file));
    writeFileSync(file, bytes);
    summary.files++;
    summary.bytes += typeof bytes === 'string' ? Buffer.byteLength(bytes) : bytes.byteLength;
  };
  let count = 0;
  for (const { z, x, y, bytes } of tiles) {
    write(tilePath(set, z, x, y), bytes);
    if (!index.has(z)) index.set(z, []);
    index.get(z)!.push(`${x}/${y}`);
    count++;
  }
  for (const [z, keys] of index) write(indexPath(set, z), JSON.stringify(keys));
  return count;
}

/** Writes every tile and tiles.json under `<out>/tiles/`; returns counts and bytes. */
export function writeTiles(
  out: string,
  input: { points: readonly FederationPoint[]; boundaries: readonly MemberBoundary[] },
): TileWriteSummary {
  const root = join(out, 'tiles');
  const summary: TileWriteSummary = { files: 0, bytes: 0, pointTiles: 0, boundaryTiles: 0 };
  summary.pointTiles = writeAll(root, 'points', pointTiles(input.points), summary);
  summary.boundaryTiles = writeAll(root, 'boundaries', boundaryTiles(input.boundaries), summary);
  const description: TileSetDescription = {
    points: { maxzoom: POINT_MAX_ZOOM, count: input.points.length },
    boundaries: { maxzoom: BOUNDARY_MAX_ZOOM, count: input.boundaries.length },
    bounds: pointBounds(input.points),
  };
  const json = JSON.stringify(description);
  writeFileSync(join(root, 'tiles.json'), json);
  summary.files += 1;
  summary.bytes += json.length;
  return summary;
}
