/**
 * How the portal's tile folder is laid out, shared by the writer (write-tiles.ts, Node) and the
 * map page (src/scripts/federation/portal-map.ts, browser); no imports, so the page's bundle
 * carries none of the tile-making libraries.
 *
 * Beside each tile set, `index/<z>.json` lists the tiles that exist at zoom z ("x/y"): the page
 * asks only for those (a static host answers any other with 404, which the map would report as an
 * error) and reads one zoom's list when it first draws that zoom.
 */

/** Layer names inside the tiles. */
export const POINT_LAYER = 'points';
export const BOUNDARY_LAYER = 'boundaries';
export const TILE_SETS = ['points', 'boundaries'] as const;
export type TileSetName = (typeof TILE_SETS)[number];

/** What `tiles/tiles.json` says. */
export interface TileSetDescription {
  points: { maxzoom: number; count: number };
  boundaries: { maxzoom: number; count: number };
  /** [west, south, east, north] of every point */
  bounds?: [number, number, number, number];
}

export const tilePath = (set: TileSetName, z: number, x: number, y: number) => `${set}/${z}/${x}/${y}.pbf`;
export const indexPath = (set: TileSetName, z: number) => `${set}/index/${z}.json`;
