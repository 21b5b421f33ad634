/**
 * The portal's tiles as MapLibre reads them: a `portal-tiles://<set>/{z}/{x}/{y}` protocol that
 * asks the server only for tiles the set's index lists (tile-layout.ts) and answers every other
 * one with an empty tile, so panning over the sea or between towns makes no request that would
 * come back 404. One zoom's index is read the first time that zoom is drawn.
 */
import { indexPath, tilePath, TILE_SETS, type TileSetName } from '../../lib/federation/tile-layout.ts';
import { maplibregl } from '../map/map-common.ts';

export const PROTOCOL = 'portal-tiles';
const EMPTY = new ArrayBuffer(0);

/** Registers the protocol for the tile folder whose tiles.json is at `tilesJson`. */
export function useTileFolder(tilesJson: string): void {
  const folder = new URL('.', new URL(tilesJson, location.href)).href;
  const indexes = new Map<string, Promise<Set<string>>>();
  const indexOf = (set: TileSetName, z: number) => {
    const key = `${set}/${z}`;
    if (!indexes.has(key))
      indexes.set(
        key,
        fetch(`${folder}${indexPath(set, z)}`).then(async (response) =>
          response.ok ? new Set((await response.json()) as string[]) : new Set<string>(),
        ),
      );
    return indexes.get(key)!;
  };
  maplibregl.addProtocol(PROTOCOL, async (params, abortController) => {
    const [set, z, x, y] = params.url.slice(`${PROTOCOL}://`.length).split('/') as [
      TileSetName,
      string,
      string,
      string,
    ];
    if (!TILE_SETS.includes(set)) return { data: EMPTY };
    const [zoom, column, row] = [Number(z), Number(x), Number(y)];
    if (!(await indexOf(set, zoom)).has(`${column}/${row}`)) return { data: EMPTY };
    const response = await fetch(`${folder}${tilePath(set, zoom, column, row)}`, { signal: abortController.signal });
    if (!response.ok) throw new Error(`${tilePath(set, zoom, column, row)}: HTTP ${response.status}`);
    return { data: await response.arrayBuffer() };
  });
}

/** The tile URL template MapLibre is given for a set. */
export const tileTemplate = (set: TileSetName) => `${PROTOCOL}://${set}/{z}/{x}/{y}`;
