/**
 * What /map/ and the small maps share: creating a MapLibre map on our basemap (with the fallback
 * to a plain background), the area layers with HTML name labels, and the point colors.
 * Imported only by map code, so MapLibre and its CSS reach only the pages that draw a map.
 *
 * CSP (for later): MapLibre needs `worker-src 'self' blob:` (it wraps a cross-origin worker URL
 * in a blob) and `img-src 'self' data: blob: https://cyberjapandata.gsi.go.jp`; it sets element
 * styles through the CSSOM, which style-src does not restrict.
 */
import * as maplibregl from 'maplibre-gl';
import type { Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';
import mapCssUrl from 'maplibre-gl/dist/maplibre-gl.css?url';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { GROUP_COLORS, mapStyle, plainStyle } from '../../lib/map/map-style.ts';
import type { AreaFeature, FeatureCollection } from '../../lib/map/geojson.ts';
import { href } from '../../lib/site/paths.ts';

maplibregl.setWorkerUrl(workerUrl);

let cssLoading: Promise<void> | undefined;

/**
 * MapLibre's stylesheet, added when a map is about to be drawn: a page whose (small) map is
 * never shown does not download it. /map/ imports it statically instead.
 */
export function loadMapCss(): Promise<void> {
  cssLoading ??= new Promise((resolve) => {
    if (document.querySelector('link[data-maplibre-css]')) return resolve();
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = mapCssUrl;
    link.dataset.maplibreCss = '';
    link.addEventListener('load', () => resolve());
    link.addEventListener('error', () => resolve());
    document.head.append(link);
  });
  return cssLoading;
}
export { maplibregl };

/** A [west, south, east, north] box (geo.ts `bbox`) as MapLibre's bounds. */
export function boxBounds([west, south, east, north]: [number, number, number, number]): [
  [number, number],
  [number, number],
] {
  return [
    [west, south],
    [east, north],
  ];
}

export interface CreateMapOptions {
  container: HTMLElement;
  basemap: string | undefined;
  center: [number, number];
  zoom: number;
  interactive?: boolean;
  /** Called with a short message for the visitor (the basemap could not be loaded …). */
  onMessage?: (text: string) => void;
}

/** Is WebGL available at all? Without it MapLibre cannot draw; the page keeps its list. */
export function webglAvailable(): boolean {
  try {
    const canvas = document.createElement('canvas');
    return Boolean(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
  } catch {
    return false;
  }
}

/**
 * A map on the site's basemap. Tile and style errors are handled here (a plain background
 * instead, one message), so an unreachable tile server never breaks the page or the console.
 */
export function createMap(options: CreateMapOptions): MapLibreMap {
  const style = mapStyle(options.basemap);
  const map = new maplibregl.Map({
    container: options.container,
    style,
    center: options.center,
    zoom: options.zoom,
    interactive: options.interactive ?? true,
    attributionControl: { compact: false },
    // Our layers use no text, so no glyph server; CJK in a remote style is drawn locally.
    localIdeographFontFamily: "'Noto Sans JP', 'Hiragino Sans', sans-serif",
    maxZoom: 19,
    locale: {
      'Map.Title': '地図',
      'Marker.Title': '地図の印',
      'NavigationControl.ZoomIn': '拡大',
      'NavigationControl.ZoomOut': '縮小',
      'NavigationControl.ResetBearing': '北を上にもどす',
      'Popup.Close': '閉じる',
      'AttributionControl.ToggleAttribution': '出典を表示',
      'AttributionControl.MapFeedback': '地図の誤りを知らせる',
    },
  });
  let warned = false;
  map.on('error', (event) => {
    const source = (event as { sourceId?: string }).sourceId;
    if (!warned) {
      warned = true;
      options.onMessage?.('背景地図を読み込めませんでした。場所と地域の境界だけを表示しています。');
    }
    // A style URL that fails before loading: fall back to the plain background.
    if (typeof style === 'string' && !map.isStyleLoaded() && source === undefined) {
      map.setStyle(plainStyle() as StyleSpecification);
    }
  });
  return map;
}

/** Adds the area boundaries (fill and outline) under the points, and HTML name labels. */
export function addAreas(
  map: MapLibreMap,
  areas: FeatureCollection<AreaFeature>,
  options: { highlight?: string; labels?: boolean } = {},
): void {
  map.addSource('areas', { type: 'geojson', data: areas as never });
  map.addLayer({
    id: 'areas-fill',
    type: 'fill',
    source: 'areas',
    filter: ['==', ['get', 'level'], 'district'],
    paint: {
      'fill-color': ['case', ['==', ['get', 'id'], options.highlight ?? ''], '#1d6b4f', '#ffffff'],
      'fill-opacity': ['case', ['==', ['get', 'id'], options.highlight ?? ''], 0.18, 0.25],
    },
  });
  map.addLayer({
    id: 'areas-line',
    type: 'line',
    source: 'areas',
    paint: {
      'line-color': ['match', ['get', 'level'], 'region', '#134a37', '#4a6b5d'],
      'line-width': ['match', ['get', 'level'], 'region', 2.5, 1],
      'line-dasharray': ['match', ['get', 'level'], 'region', ['literal', [1, 0]], ['literal', [3, 2]]],
    },
  });
  if (options.labels === false) return;
  // Names as HTML (no glyph server): a handful of areas, hidden from assistive technology
  // because the page lists the areas in text.
  for (const feature of areas.features) {
    if (feature.properties.level === 'municipality') continue;
    const element = document.createElement('span');
    element.className = `map-area-label map-area-label-${feature.properties.level}`;
    element.textContent = feature.properties.name;
    element.setAttribute('aria-hidden', 'true');
    new maplibregl.Marker({ element }).setLngLat(feature.properties.label).addTo(map);
  }
  const zoomClass = () => {
    const container = map.getContainer();
    container.classList.toggle('map-zoomed-out', map.getZoom() < 12);
  };
  map.on('zoomend', zoomClass);
  zoomClass();
}

/** circle-color by category group index (`g`), the same colors as the legend. */
export function groupColorExpression(): unknown {
  const expression: unknown[] = ['match', ['get', 'g']];
  GROUP_COLORS.forEach((color, index) => expression.push(index, color));
  expression.push('#555555');
  return expression;
}

/**
 * Camera moves (easeTo, flyTo) jump instead of gliding when the visitor asks for less motion.
 * MapLibre does this by itself unless a move is marked `essential`; saying it here keeps it so.
 */
export function cameraMotion(): { animate: boolean } {
  return { animate: !matchMedia('(prefers-reduced-motion: reduce)').matches };
}

export async function fetchJson<T>(path: string): Promise<T> {
  const response = await fetch(href(path));
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return (await response.json()) as T;
}
