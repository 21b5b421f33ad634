/**
 * A resource on /map/, in the list below the map and in its popup: the same lines in both
 * (name, 種類 and status, address, phone). The words come from the card model
 * (src/lib/resources/card-model.ts); here the map point's short keys are read once.
 */
import type { Map as MapLibreMap, Popup } from 'maplibre-gl';
import type { PointFeature } from '../../lib/map/geojson.ts';
import { resourceHref } from '../../lib/site/paths.ts';
import { addressAndPhone } from '../resources/card-dom.ts';
import { maplibregl } from './map-common.ts';

/** The popup card and the list entry share this text. */
export function describeFeature(feature: PointFeature, categories: Record<string, string>): HTMLElement[] {
  const p = feature.properties;
  const heading = document.createElement('p');
  heading.className = 'map-card-name';
  const link = document.createElement('a');
  link.href = resourceHref(p.id);
  link.textContent = p.n;
  heading.append(link);
  const meta = document.createElement('p');
  meta.className = 'meta';
  const parts = [categories[p.c] ?? p.c];
  if (p.s === 'suspended') parts.unshift('休止中');
  if (p.s === 'closed') parts.unshift('廃止');
  if (p.pro) parts.push('専門職向け');
  meta.textContent = parts.join('・');
  return [heading, meta, ...addressAndPhone(p.ad, p.ph)];
}

let popup: Popup | undefined;

/** One popup at a time: opening one closes the last. */
export function openPopup(map: MapLibreMap, feature: PointFeature, categories: Record<string, string>): void {
  popup?.remove();
  const card = document.createElement('div');
  card.className = 'map-card';
  card.append(...describeFeature(feature, categories));
  popup = new maplibregl.Popup({ maxWidth: '18rem', focusAfterOpen: true })
    .setLngLat(feature.geometry.coordinates)
    .setDOMContent(card)
    .addTo(map);
}
