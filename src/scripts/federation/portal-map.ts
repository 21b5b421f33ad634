/**
 * The portal's /map/ in the browser: every member's resources from the portal's vector tiles
 * (src/lib/federation/tiles.ts; clusters at low zooms, each place from z14), the members'
 * municipal boundaries from their own tiles, a popup that links to the resource's page on its
 * member's site, and the list of the places in view (keyboard and screen reader). The basemap is
 * the member sites' (src/lib/map/map-style.ts): `none` makes no request off the portal.
 */
import 'maplibre-gl/dist/maplibre-gl.css';
import type { Map as MapLibreMap, MapLayerMouseEvent } from 'maplibre-gl';
import { BOUNDARY_LAYER, POINT_LAYER, type TileSetDescription } from '../../lib/federation/tile-layout.ts';
import { boxBounds, cameraMotion, createMap, maplibregl, webglAvailable } from '../map/map-common.ts';
import { decodePoint, showPortalList, openPortalPopup, type PortalMapPage } from './portal-map-list.ts';
import { tileTemplate, useTileFolder } from './tile-protocol.ts';

/** Member tints for the boundaries (pale, so the points stay readable). */
const MEMBER_TINTS = ['#d9ead3', '#fce5cd', '#d0e0e3', '#ead1dc', '#fff2cc', '#d9d2e9'];
/** 地域包括支援センター stand out; the other places share one color. */
export const HOUKATSU_COLOR = '#c0392b';
export const PLACE_COLOR = '#1f6fb2';

export function startPortalMap(): void {
  const page = findPage();
  if (!page) return;
  document.querySelector('[data-map-nojs]')?.setAttribute('hidden', '');
  if (!webglAvailable()) {
    page.container.dataset.mapState = 'unavailable';
    page.container.hidden = true;
    page.say('お使いのブラウザでは地図を表示できません。市区町村ごとの一覧から探してください。');
    return;
  }
  void drawMap(page);
}

function findPage(): PortalMapPage | undefined {
  const container = document.querySelector<HTMLElement>('[data-portal-map]');
  const list = document.querySelector<HTMLUListElement>('[data-portal-map-list]');
  const count = document.querySelector<HTMLElement>('[data-portal-map-count]');
  const message = document.querySelector<HTMLElement>('[data-portal-map-message]');
  if (!container || !list || !count || !message || !container.dataset.tiles) return undefined;
  const members = JSON.parse(container.dataset.members ?? '[]') as { id: string; name: string }[];
  return {
    container,
    list,
    count,
    say: (text) => (message.textContent = text),
    tiles: container.dataset.tiles,
    members: new Map(members.map((member) => [member.id, member.name])),
    categories: JSON.parse(container.dataset.categories ?? '{}') as Record<string, string>,
    houkatsu: JSON.parse(container.dataset.houkatsu ?? '["houkatsu"]') as string[],
  };
}

async function drawMap(page: PortalMapPage): Promise<void> {
  let description: TileSetDescription;
  try {
    const response = await fetch(page.tiles);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    description = (await response.json()) as TileSetDescription;
    useTileFolder(page.tiles);
  } catch {
    page.say('地図のデータを読み込めませんでした。市区町村ごとの一覧から探してください。');
    return;
  }
  const map = createMap({
    container: page.container,
    basemap: page.container.dataset.basemap,
    center: [139.5, 35.7],
    zoom: 8,
    onMessage: page.say,
  });
  // For scripts that measure or test the map (bench:federation, tests/e2e/portal*.test.ts).
  (page.container as HTMLElement & { maplibreMap?: MapLibreMap }).maplibreMap = map;
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
  map.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-left');
  if (page.container.dataset.mapHelp) map.getCanvas().setAttribute('aria-describedby', page.container.dataset.mapHelp);
  if (description.bounds) map.fitBounds(boxBounds(description.bounds), { padding: 16, duration: 0 });
  map.on('load', () => {
    addBoundaries(map, page, description);
    addPoints(map, page, description);
    map.once('idle', () => {
      page.container.dataset.mapState = 'idle';
      showPortalList(page, map);
    });
  });
  // the list reads what is drawn: wait until the tiles of the new view are in
  map.on('moveend', () => {
    if (page.container.dataset.mapState === 'idle') map.once('idle', () => showPortalList(page, map));
  });
}

function addBoundaries(map: MapLibreMap, page: PortalMapPage, description: TileSetDescription): void {
  map.addSource('members', {
    type: 'vector',
    tiles: [tileTemplate('boundaries')],
    maxzoom: description.boundaries.maxzoom,
  });
  const tint: unknown[] = ['match', ['get', 'm']];
  [...page.members.keys()].forEach((id, i) => tint.push(id, MEMBER_TINTS[i % MEMBER_TINTS.length]!));
  tint.push('#ffffff');
  map.addLayer({
    id: 'members-fill',
    type: 'fill',
    source: 'members',
    'source-layer': BOUNDARY_LAYER,
    paint: { 'fill-color': (page.members.size ? tint : '#ffffff') as never, 'fill-opacity': 0.45 },
  });
  map.addLayer({
    id: 'members-line',
    type: 'line',
    source: 'members',
    'source-layer': BOUNDARY_LAYER,
    paint: { 'line-color': '#4a6b5d', 'line-width': 1 },
  });
}

function addPoints(map: MapLibreMap, page: PortalMapPage, description: TileSetDescription): void {
  map.addSource('places', {
    type: 'vector',
    tiles: [tileTemplate('points')],
    maxzoom: description.points.maxzoom,
  });
  map.addLayer({
    id: 'portal-clusters',
    type: 'circle',
    source: 'places',
    'source-layer': POINT_LAYER,
    filter: ['has', 'point_count'],
    paint: {
      'circle-color': '#37474f',
      'circle-opacity': 0.82,
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': 2,
      'circle-radius': ['step', ['get', 'point_count'], 12, 10, 16, 100, 21, 1000, 27, 10000, 33],
    },
  });
  map.addLayer({
    id: 'portal-points',
    type: 'circle',
    source: 'places',
    'source-layer': POINT_LAYER,
    filter: ['!', ['has', 'point_count']],
    paint: {
      'circle-color': ['match', ['get', 'c'], page.houkatsu, HOUKATSU_COLOR, PLACE_COLOR] as never,
      'circle-radius': ['match', ['get', 'c'], page.houkatsu, 9, 7] as never,
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': 2,
    },
  });
  listen(map, page);
}

/** A cluster zooms in on itself; a place opens its popup; both show a pointer. */
function listen(map: MapLibreMap, page: PortalMapPage): void {
  map.on('click', 'portal-clusters', (event: MapLayerMouseEvent) => {
    const cluster = event.features?.[0];
    if (!cluster) return;
    const center = (cluster.geometry as GeoJSON.Point).coordinates as [number, number];
    map.easeTo({ center, zoom: Math.min(map.getZoom() + 2, 15), ...cameraMotion() });
  });
  map.on('click', 'portal-points', (event: MapLayerMouseEvent) => {
    const feature = event.features?.[0];
    const point = feature && decodePoint(feature);
    if (point) openPortalPopup(map, page, point);
  });
  for (const layer of ['portal-clusters', 'portal-points']) {
    map.on('mouseenter', layer, () => (map.getCanvas().style.cursor = 'pointer'));
    map.on('mouseleave', layer, () => (map.getCanvas().style.cursor = ''));
  }
}
