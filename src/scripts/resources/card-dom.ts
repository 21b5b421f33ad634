/**
 * Resource cards drawn in the browser (search results, the map's list and popups) from the card
 * model's parts (src/lib/resources/card-model.ts), the same parts and words the pages' cards
 * are printed from (src/lib/resources/resource-card.ts).
 */
import { CARD_LABELS, type CardBadge, type CardParts } from '../../lib/resources/card-model.ts';
import { mylistLine } from '../mylist/mylist-button.ts';

/** The card's name as a link, in a heading (`h2`) or a paragraph with a class (the map's). */
export function nameLine(tag: 'h2' | 'p', card: Pick<CardParts, 'href' | 'name'>, className?: string): HTMLElement {
  const line = document.createElement(tag);
  if (className) line.className = className;
  const link = document.createElement('a');
  link.href = card.href;
  link.textContent = card.name;
  line.append(link);
  return line;
}

export function badgeElements(badges: readonly CardBadge[]): HTMLElement[] {
  return badges.map((badge) => {
    const span = document.createElement('span');
    span.className = badge.className;
    span.textContent = badge.text;
    return span;
  });
}

/** The place line and a tap-to-call line, each only when there is something to show. */
export function placeAndPhone(card: Pick<CardParts, 'place' | 'phone'>): HTMLElement[] {
  const out: HTMLElement[] = [];
  if (card.place) {
    const line = document.createElement('p');
    line.textContent = card.place;
    out.push(line);
  }
  if (card.phone) {
    const line = document.createElement('p');
    const tel = document.createElement('a');
    tel.className = 'tel';
    tel.href = `tel:${card.phone}`;
    tel.textContent = card.phone;
    line.append(`${CARD_LABELS.phone} `, tel);
    out.push(line);
  }
  return out;
}

/** The マイリスト button's line, for a card of a resource (none for areas, networks, organizations). */
export function mylistParts(card: Pick<CardParts, 'resourceId'>): HTMLElement[] {
  return card.resourceId ? [mylistLine(card.resourceId)] : [];
}
