/**
 * A resource on /map/, in the list below the map and in its popup: the same lines in both
 * (name, 種類 and status, address, phone). The words come from the card model
 * (src/lib/resources/card-model.ts); here the map point's short keys are read once.
 */
import type { Map as MapLibreMap, Popup } from 'maplibre-gl';
import type { PointFeature } from '../../lib/map/geojson.ts';
import { cardParts, cardWords, type CardInput, type CardStatus } from '../../lib/resources/card-model.ts';
import { resourceHref } from '../../lib/site/paths.ts';
import { mylistParts, nameLine, placeAndPhone } from '../resources/card-dom.ts';
import { maplibregl } from './map-common.ts';

/** A map point as the card model reads it (its short keys decoded here). */
function pointCard(feature: PointFeature, categories: Record<string, string>): CardInput {
  const p = feature.properties;
  return {
    href: resourceHref(p.id),
    resourceId: p.id,
    name: p.n,
    status: p.s as CardStatus | undefined,
    professionalOnly: Boolean(p.pro),
    category: categories[p.c] ?? p.c,
    address: p.ad,
    phone: p.ph,
  };
}

/** The popup card and the list entry share this text: the name, one line of words, place and phone. */
export function describeFeature(feature: PointFeature, categories: Record<string, string>): HTMLElement[] {
  const input = pointCard(feature, categories);
  const card = cardParts(input);
  const meta = document.createElement('p');
  meta.className = 'meta';
  meta.textContent = cardWords(input);
  return [nameLine('p', card, 'map-card-name'), meta, ...placeAndPhone(card), ...mylistParts(card)];
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
