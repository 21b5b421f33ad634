/**
 * /map/ in the browser: the filtered resources as a clustered GeoJSON source drawn with circle
 * layers (no DOM markers for points), popups, 「現在地」, and the list of what is in view, kept in
 * step with the map so the page works with a keyboard and a screen reader.
 *
 * This module finds the page's elements and wires the parts together; each part has its module:
 * map-filters.ts (the form and the URL), map-data.ts (which files to read), map-layers.ts (the
 * points drawn), map-list.ts (the list of what is in view), map-card.ts (a resource in the list
 * and its popup), map-parts.ts (a large site's 圏域, read as the view comes close) and
 * map-locate.ts (「現在地」).
 */
import 'maplibre-gl/dist/maplibre-gl.css';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { readFilterState, type FilterState } from '../../lib/search/facets.ts';
import type { MapPart } from '../../lib/map/map-points.ts';
import { bbox } from '../../lib/map/geo.ts';
import { addAreas, boxBounds, createMap, maplibregl, webglAvailable } from './map-common.ts';
import { showFilters } from './map-filters.ts';
import { filteredPoints, startLoading, type MapData, type MapSource } from './map-data.ts';
import { addPointLayers } from './map-layers.ts';
import { showList } from './map-list.ts';
import { watchParts, type PartLoader } from './map-parts.ts';
import { offerLocate } from './map-locate.ts';

/** What the parts of the page share. */
export interface MapPage {
  container: HTMLElement;
  list: HTMLUListElement;
  count: HTMLElement;
  form: HTMLFormElement;
  locate: HTMLButtonElement | null;
  /** Tells the visitor something (the message line is a live region). */
  say: (text: string) => void;
  /** A note that stays on the message line after whatever else is said (offline: what is shown). */
  keepSaying: (text: string) => void;
  /** The filters of the URL. */
  state: FilterState;
  /** Category groups in legend order (a point's color is its group's index). */
  groups: string[];
  /** Category id → name. */
  categories: Record<string, string>;
}

export function startMapPage(): void {
  const page = findPage();
  if (!page) return;
  document.querySelector('[data-map-nojs]')?.setAttribute('hidden', '');
  showFilters(page.form, page.state);
  void drawMap(page, startLoading(page.container, page.state));
}

function findPage(): MapPage | undefined {
  const container = document.querySelector<HTMLElement>('[data-map]');
  const list = document.querySelector<HTMLUListElement>('[data-map-list]');
  const count = document.querySelector<HTMLElement>('[data-map-count]');
  const message = document.querySelector<HTMLElement>('[data-map-message]');
  const form = document.querySelector<HTMLFormElement>('[data-map-form]');
  const locate = document.querySelector<HTMLButtonElement>('[data-map-locate]');
  if (!container || !list || !count || !message || !form) return undefined;
  let kept = '';
  let said = '';
  const show = () => (message.textContent = [said, kept].filter(Boolean).join(' '));
  return {
    container,
    list,
    count,
    form,
    locate,
    say: (text) => {
      said = text;
      show();
    },
    keepSaying: (text) => {
      kept = text;
      show();
    },
    state: readFilterState(new URLSearchParams(location.search)),
    groups: JSON.parse(container.dataset.groups ?? '[]') as string[],
    categories: JSON.parse(container.dataset.categories ?? '{}') as Record<string, string>,
  };
}

/** Once the data is here: the map (or, without WebGL, the list alone). */
async function drawMap(page: MapPage, source: MapSource): Promise<void> {
  let data: MapData;
  try {
    data = await source.loading;
  } catch {
    page.say('地図のデータを読み込めませんでした。一覧から探してください。');
    return;
  }
  const points = filteredPoints(data.resources.features, page);
  if (data.savedAreas)
    page.keepSaying(
      `インターネットにつながっていないため、この端末に保存した地域（${data.savedAreas.join('、')}）の資源だけを表示しています。`,
    );
  /** Parts of a split map not read yet: the list offers them (and the map shows their counts). */
  const waiting = new Map<string, MapPart>((source.parts ?? []).map((part) => [part.id, part]));
  if (!webglAvailable()) {
    page.container.dataset.mapState = 'unavailable';
    page.container.hidden = true;
    page.say('お使いのブラウザでは地図を表示できません。下の一覧をご覧ください。');
    showList(page, { features: points.features, waiting });
    return;
  }
  const map = newMap(page);
  const { pointsAtOnce } = source;
  const loader: PartLoader = watchParts({
    page,
    map,
    points,
    waiting,
    pointsAtOnce,
    onRead: () => list(),
  });
  const list = () =>
    showList(page, {
      features: points.features,
      waiting,
      map,
      showPart: loader.showPart,
    });
  const refresh = () => {
    list();
    if (source.parts) void loader.readPartsInView();
  };
  map.on('load', () => {
    addAreas(map, data.areas);
    addPointLayers(map, page, points);
    map.once('idle', () => {
      page.container.dataset.mapState = 'idle';
    });
    fitToArea(map, page, data);
    refresh();
  });
  map.on('moveend', refresh);
  if (page.locate) offerLocate(page, page.locate, map);
}

/** The map with its controls, on the page's basemap and view. */
function newMap(page: MapPage): MapLibreMap {
  const { container } = page;
  const map = createMap({
    container,
    basemap: container.dataset.basemap,
    center: JSON.parse(container.dataset.center ?? '[139.7, 35.7]') as [number, number],
    zoom: Number(container.dataset.zoom ?? 12),
    onMessage: page.say,
  });
  // For scripts that measure or test the map (scripts/bench-map.ts, tests/e2e/map.test.ts).
  (container as HTMLElement & { maplibreMap?: MapLibreMap }).maplibreMap = map;
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
  map.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-left');
  // MapLibre names the canvas (「地図」); the page's text says how to use it by keyboard.
  if (container.dataset.mapHelp) map.getCanvas().setAttribute('aria-describedby', container.dataset.mapHelp);
  return map;
}

/** Filtered by an area: the view starts on it. */
function fitToArea(map: MapLibreMap, page: MapPage, data: MapData): void {
  if (!page.state.facets.area) return;
  const area = data.areas.features.find((f) => f.properties.id === page.state.facets.area);
  if (area) map.fitBounds(boxBounds(bbox(area.geometry)), { padding: 24, duration: 0 });
}
