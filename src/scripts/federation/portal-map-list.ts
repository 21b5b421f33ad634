/**
 * A place on the portal's map, in its popup and in the list below the map: its name as a link to
 * its page on its member's site, the category and the municipality. The tiles' short keys
 * (src/lib/federation/tiles.ts PointTileProperties) are decoded here, once. Links are checked
 * (isSafePortalLink): the tiles carry what the members published.
 */
import type { MapGeoJSONFeature, Map as MapLibreMap, Popup } from 'maplibre-gl';
import { isSafePortalLink } from '../../lib/federation/portal-links.ts';
import { cameraMotion, maplibregl } from '../map/map-common.ts';

/** What the parts of the portal's map page share. */
export interface PortalMapPage {
  container: HTMLElement;
  list: HTMLUListElement;
  count: HTMLElement;
  say: (text: string) => void;
  /** URL of tiles.json */
  tiles: string;
  /** member id → municipality name */
  members: Map<string, string>;
  /** category id → name */
  categories: Record<string, string>;
  /** category ids of 地域包括支援センター */
  houkatsu: string[];
}

export interface PortalPoint {
  id: string;
  name: string;
  category: string;
  memberId: string;
  url?: string;
  at: [number, number];
}

/** The list below the map shows at most this many places; zooming in shows the rest. */
const LIST_LIMIT = 100;

export function decodePoint(feature: MapGeoJSONFeature): PortalPoint | undefined {
  const p = feature.properties;
  if (typeof p.id !== 'string' || typeof p.m !== 'string') return undefined;
  const url = typeof p.u === 'string' && isSafePortalLink(p.u) ? p.u : undefined;
  const at = (feature.geometry as GeoJSON.Point).coordinates as [number, number];
  return { id: p.id, name: String(p.n ?? p.id), category: String(p.c ?? ''), memberId: p.m, url, at };
}

/** Name (a link to the member's page), then 種類・市区町村. */
function describe(page: PortalMapPage, point: PortalPoint): HTMLElement[] {
  const name = document.createElement('p');
  name.className = 'map-card-name';
  if (point.url) {
    const link = document.createElement('a');
    link.href = point.url;
    link.textContent = point.name;
    name.append(link);
  } else name.textContent = point.name;
  const meta = document.createElement('p');
  meta.className = 'meta';
  const category = page.categories[point.category] ?? point.category;
  meta.textContent = [category, page.members.get(point.memberId) ?? point.memberId].filter(Boolean).join('・');
  return [name, meta];
}

let popup: Popup | undefined;

export function openPortalPopup(map: MapLibreMap, page: PortalMapPage, point: PortalPoint): void {
  popup?.remove();
  const card = document.createElement('div');
  card.className = 'map-card';
  card.append(...describe(page, point));
  popup = new maplibregl.Popup({ maxWidth: '18rem', focusAfterOpen: true })
    .setLngLat(point.at)
    .setDOMContent(card)
    .addTo(map);
}

/** The places drawn in view (one entry each, though a place near a tile edge is in two tiles). */
function placesInView(map: MapLibreMap): { points: PortalPoint[]; clustered: number } {
  const seen = new Map<string, PortalPoint>();
  for (const feature of map.queryRenderedFeatures({ layers: ['portal-points'] })) {
    const point = decodePoint(feature);
    if (point) seen.set(`${point.memberId}/${point.id}`, point);
  }
  const clusters = new Map<string, number>();
  for (const feature of map.queryRenderedFeatures({ layers: ['portal-clusters'] })) {
    const at = (feature.geometry as { coordinates: number[] }).coordinates.join(',');
    clusters.set(at, Number(feature.properties.point_count ?? 0));
  }
  return { points: [...seen.values()], clustered: [...clusters.values()].reduce((a, b) => a + b, 0) };
}

export function showPortalList(page: PortalMapPage, map: MapLibreMap): void {
  const { points, clustered } = placesInView(map);
  const more = clustered > 0 ? `、ほかにまとまりの中に${clustered.toLocaleString('ja-JP')}件` : '';
  page.count.textContent = `（${points.length.toLocaleString('ja-JP')}件${more}）`;
  const items = points.slice(0, LIST_LIMIT).map((point) => listItem(page, map, point));
  if (points.length > LIST_LIMIT || clustered > 0) {
    const note = document.createElement('li');
    note.className = 'muted';
    note.textContent = 'まとまりや、ここに出ていない場所は、地図を拡大すると一覧に出ます。';
    items.push(note);
  }
  page.list.replaceChildren(...items);
}

function listItem(page: PortalMapPage, map: MapLibreMap, point: PortalPoint): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'map-list-item';
  item.append(...describe(page, point));
  const show = document.createElement('button');
  show.type = 'button';
  show.className = 'map-show';
  show.textContent = '地図で見る';
  show.setAttribute('aria-label', `${point.name}を地図で見る`);
  show.addEventListener('click', () => {
    map.easeTo({ center: point.at, zoom: Math.max(map.getZoom(), 16), ...cameraMotion() });
    openPortalPopup(map, page, point);
    map.getContainer().scrollIntoView({ block: 'nearest' });
  });
  item.append(show);
  return item;
}
