/**
 * One search result on /search/, drawn as a resource card (src/scripts/resources/card-dom.ts)
 * from the card model: Pagefind's meta fields are read here, once.
 */
import { CARD_LABELS, cardParts, statusOfLabel } from '../../lib/resources/card-model.ts';
import type { CardInput, CardKind } from '../../lib/resources/card-model.ts';
import { badgeElements, mylistParts, nameLine, placeAndPhone } from '../resources/card-dom.ts';
import type { ResultData } from './pagefind-search.ts';

/** A result as the card model reads it (Pagefind's meta, written by src/lib/search/search-document.ts). */
function resultCard({ url, meta }: ResultData): CardInput {
  return {
    href: url,
    resourceId: resultResourceId(url, meta),
    name: meta.title ?? url,
    status: statusOfLabel(meta.status),
    professionalOnly: Boolean(meta.professional),
    kind: resultKind(url, meta),
    category: meta.category,
    where: meta.area,
    address: meta.address,
    phone: meta.phone,
  };
}

/** A resource's id, read from its page's address (/resources/<id>/). */
function resultResourceId(url: string, meta: Record<string, string>): string | undefined {
  if (meta.kind !== 'resource' && meta.kind !== 'window') return undefined;
  return /\/resources\/([a-z0-9][a-z0-9-]*)\/(?:[?#].*)?$/.exec(url)?.[1];
}

function resultKind(url: string, meta: Record<string, string>): CardKind | undefined {
  if (meta.kind === 'area' || meta.kind === 'window') return meta.kind;
  if (url.includes('/networks/')) return 'network';
  if (url.includes('/organizations/')) return 'organization';
  return undefined;
}

/** The card: name, badges and 種類・地域, place and phone; a note under a professional-only one. */
export function renderResult(data: ResultData): HTMLLIElement {
  const card = cardParts(resultCard(data));
  const item = document.createElement('li');
  item.className = 'card search-result';
  const line = document.createElement('p');
  line.className = 'meta';
  line.append(...badgeElements(card.badges), card.meta);
  item.append(nameLine('h2', card), line, ...placeAndPhone(card), ...mylistParts(card));
  if (data.meta.professional) {
    const note = document.createElement('p');
    note.className = 'muted';
    note.textContent = CARD_LABELS.professionalNote;
    item.append(note);
  }
  return item;
}
