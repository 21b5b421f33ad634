/**
 * The map's basemap from site.yaml `map.basemap`, as a MapLibre style. Pure TypeScript: the map
 * scripts import it, and it is tested without a browser.
 *
 * - `gsi-pale` (default) / `gsi-std`: 地理院タイル (raster) over a plain background, so a tile server
 *   that cannot be reached leaves a plain map, never a broken one. Their terms require the
 *   attribution 「地理院タイル」 with a link to the list of tiles, always visible.
 * - `none`: the plain background only (no request leaves the site).
 * - a style URL: loaded by MapLibre; if it fails, the map falls back to the plain style.
 *
 * Our own layers (areas, points) never use text: labels would need a glyph server, so area
 * names are HTML labels and cluster sizes are shown by the circle size.
 */
import type { StyleSpecification } from 'maplibre-gl';

export const GSI_ATTRIBUTION_URL = 'https://maps.gsi.go.jp/development/ichiran.html';
export const GSI_ATTRIBUTION = `<a href="${GSI_ATTRIBUTION_URL}" target="_blank" rel="noopener">地理院タイル</a>`;

const GSI_TILES: Record<string, { path: string; maxzoom: number }> = {
  'gsi-pale': { path: 'pale', maxzoom: 18 },
  'gsi-std': { path: 'std', maxzoom: 18 },
};

/** Plain background: light enough for the colored points and boundaries on top. */
export const BACKGROUND_COLOR = '#eef2ef';

export type BasemapChoice =
  | { kind: 'gsi'; id: 'gsi-pale' | 'gsi-std'; tiles: string; maxzoom: number; attribution: string }
  | { kind: 'none' }
  | { kind: 'url'; url: string };

/** What `map.basemap` asks for; anything unknown or unsafe is `none`. */
export function basemapChoice(basemap: string | undefined): BasemapChoice {
  const value = (basemap ?? 'gsi-pale').trim();
  const gsi = GSI_TILES[value];
  if (gsi) {
    return {
      kind: 'gsi',
      id: value as 'gsi-pale' | 'gsi-std',
      tiles: `https://cyberjapandata.gsi.go.jp/xyz/${gsi.path}/{z}/{x}/{y}.png`,
      maxzoom: gsi.maxzoom,
      attribution: GSI_ATTRIBUTION,
    };
  }
  if (/^https?:\/\//.test(value)) {
    try {
      return { kind: 'url', url: new URL(value).href };
    } catch {
      return { kind: 'none' };
    }
  }
  return { kind: 'none' };
}

/** A style with only the plain background (also the fallback when a style URL fails). */
export function plainStyle(): StyleSpecification {
  return {
    version: 8,
    sources: {},
    layers: [{ id: 'background', type: 'background', paint: { 'background-color': BACKGROUND_COLOR } }],
  };
}

/** The style to start the map with: a style object, or the URL of one. */
export function mapStyle(basemap: string | undefined): StyleSpecification | string {
  const choice = basemapChoice(basemap);
  if (choice.kind === 'url') return choice.url;
  const style = plainStyle();
  if (choice.kind === 'gsi') {
    style.sources.basemap = {
      type: 'raster',
      tiles: [choice.tiles],
      tileSize: 256,
      minzoom: 2,
      maxzoom: choice.maxzoom,
      attribution: choice.attribution,
    };
    style.layers.push({ id: 'basemap', type: 'raster', source: 'basemap' });
  }
  return style;
}

/** Text for the attribution line printed under the map in HTML (shown even before the map loads). */
export function attributionText(basemap: string | undefined): { label: string; url?: string } | undefined {
  const choice = basemapChoice(basemap);
  if (choice.kind === 'gsi') return { label: '地理院タイル', url: GSI_ATTRIBUTION_URL };
  if (choice.kind === 'url') return { label: '背景地図の提供元は地図の右下をご覧ください' };
  return undefined;
}

/** Colors for category groups, in the order the groups first appear (相談窓口, 医療, 介護 …). */
export const GROUP_COLORS = [
  '#c0392b',
  '#1f6fb2',
  '#2e7d32',
  '#8e44ad',
  '#b9770e',
  '#00838f',
  '#6d4c41',
  '#ad1457',
  '#455a64',
];

export function groupColor(index: number): string {
  return GROUP_COLORS[index % GROUP_COLORS.length]!;
}
