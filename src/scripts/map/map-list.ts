/**
 * The list below /map/: what is in view (everything, without a map), so the page works with a
 * keyboard and a screen reader. A split map's 圏域 not read yet come first, each with a button
 * that goes there; at most LIST_LIMIT resources follow, each with 「地図で見る」.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { PointFeature } from '../../lib/map/geojson.ts';
import type { MapPart } from '../../lib/map/map-points.ts';
import { cameraMotion } from './map-common.ts';
import { describeFeature, openPopup } from './map-card.ts';
import type { MapPage } from './map-page.ts';
import { intersects } from './map-parts.ts';

/** The list below the map shows at most this many entries; zooming in shows the rest. */
const LIST_LIMIT = 100;

export interface ListContent {
  features: PointFeature[];
  /** 圏域 of a split map not read yet. */
  waiting: Map<string, MapPart>;
  /** Absent without WebGL: then everything is "in view" and nothing offers to show it on the map. */
  map?: MapLibreMap;
  /** Reads a 圏域 and goes there. */
  showPart?: (part: MapPart) => void;
}

export function showList(page: MapPage, { features, waiting, map, showPart }: ListContent): void {
  const bounds = map?.getBounds();
  const inView = bounds ? features.filter((feature) => bounds.contains(feature.geometry.coordinates)) : features;
  const partsInView = [...waiting.values()].filter((part) => !bounds || intersects(part.bbox, bounds));
  const unread = partsInView.length > 0 ? `、ほかに${partsInView.length}つの地域はまだ読み込んでいません` : '';
  page.count.textContent = `（${inView.length}件${unread}）`;
  const items = [
    ...partsInView.map((part) => partItem(part, map ? () => showPart?.(part) : undefined)),
    ...inView.slice(0, LIST_LIMIT).map((feature) => listItem(feature, page.categories, map)),
  ];
  if (inView.length > LIST_LIMIT) {
    const more = document.createElement('li');
    more.className = 'muted';
    more.textContent = `ほか${inView.length - LIST_LIMIT}件。地図を拡大するか、絞り込むと一覧に出ます。`;
    items.push(more);
  }
  page.list.replaceChildren(...items);
}

/** A 圏域 of a split map not read yet, in the list: its count and a button that zooms there. */
function partItem(part: MapPart, show?: () => void): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'map-list-item';
  const text = document.createElement('p');
  text.textContent = `${part.name}: ${part.count.toLocaleString('ja-JP')}件（まだ読み込んでいません）`;
  item.append(text);
  if (show) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'map-show';
    button.textContent = `${part.name}を地図で見る`;
    button.addEventListener('click', () => {
      show();
      document.querySelector('[data-map]')?.scrollIntoView({ block: 'nearest' });
    });
    item.append(button);
  }
  return item;
}

function listItem(feature: PointFeature, categories: Record<string, string>, map?: MapLibreMap): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'map-list-item';
  item.append(...describeFeature(feature, categories));
  if (map) {
    const show = document.createElement('button');
    show.type = 'button';
    show.className = 'map-show';
    show.textContent = '地図で見る';
    show.setAttribute('aria-label', `${feature.properties.n}を地図で見る`);
    show.addEventListener('click', () => {
      map.easeTo({ center: feature.geometry.coordinates, zoom: Math.max(map.getZoom(), 16), ...cameraMotion() });
      openPopup(map, feature, categories);
      map.getContainer().scrollIntoView({ block: 'nearest' });
    });
    item.append(show);
  }
  return item;
}
