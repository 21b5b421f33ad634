/**
 * The markup of a resource's list card, its badges and its open-status line, as HTML strings.
 *
 * Why strings and not Astro components: the lists (all resources, by 対象者, 利用できる人 and
 * 種類, and the area pages) show every resource several times over. At 10,000 resources that is
 * about 74,000 cards; as components each card was three component instances and a dozen template
 * parts, and the same card was rendered again on every list it appears on. Here each card is made
 * once per heading level and reused. Badges.astro, OpenStatus.astro and ResourceCards.astro print
 * these same strings, so the markup is written only here.
 *
 * The words and parts of a card come from card-model.ts, which the browser's cards (search
 * results, the map) are drawn from too. Every value goes through escapeXml (export/text.ts):
 * content comes from pull requests.
 */
import { escapeXml } from '../export/text.ts';
import type { ResourceView, SiteModel } from '../model/model.ts';
import { hoursAttribute } from '../hours/open-status.ts';
import { href } from '../site/paths.ts';
import { JAPANESE, type PageLanguage } from '../i18n/page-language.ts';
import { CARD_LABELS, cardBadges, cardParts, type CardBadge, type CardParts } from './card-model.ts';

/** Content words of a card that show in Japanese on a page in another language (their lang attribute). */
export interface CardTextLanguages {
  name?: string;
  meta?: string;
  place?: string;
}

/**
 * A resource's card parts in the page's language; `where` is the word after its 種類 (its area, or
 * why it is listed). The マイリスト button is on the Japanese pages only (/list/ is in Japanese).
 */
export function resourceCardParts(
  resource: ResourceView,
  where?: string,
  language: PageLanguage = JAPANESE,
): CardParts & { lang: CardTextLanguages } {
  const name = language.text('resources', resource.id, 'name', resource.name);
  const category = language.text('categories', resource.category, 'name', resource.categoryInfo.name);
  const parts = cardParts(
    {
      href: language.resourceLink(resource.id),
      resourceId: language.tag === 'ja' ? resource.id : undefined,
      name: name.text,
      status: resource.status,
      professionalOnly: resource.professionalOnly,
      kind: resource.isWindow ? 'window' : undefined,
      category: category.text,
      where,
      address: resource.address,
      online: resource.online,
      phone: resource.phone,
    },
    language.m.card,
  );
  const japanese = language.tag === 'ja' ? undefined : 'ja';
  const place = resource.address ? japanese : undefined;
  return { ...parts, lang: { name: name.lang, meta: category.lang ?? (where ? japanese : undefined), place } };
}

function badgeListHtml(badges: readonly CardBadge[]): string {
  let html = '';
  for (const badge of badges) html += `<span class="${badge.className}">${escapeXml(badge.text)}</span>`;
  return html;
}

/** Status, professional-only and window badges, shown next to a resource's name. */
export function badgesHtml(resource: ResourceView, language: PageLanguage = JAPANESE): string {
  const { status, professionalOnly } = resource;
  const kind = resource.isWindow ? 'window' : undefined;
  return badgeListHtml(cardBadges({ status, professionalOnly, kind }, language.m.card));
}

/**
 * The empty line the browser fills with 「受付中」「本日は休み」… (src/scripts/hours/open-status.ts);
 * hidden until then, so that without JavaScript nothing wrong shows. Empty when the resource is
 * not active or has no hours.
 */
export function openStatusHtml(resource: ResourceView, size: 'small' | 'large' = 'small'): string {
  if (resource.status !== 'active' || (resource.hours?.length ?? 0) === 0) return '';
  const closed = (resource.closed ?? []).join(' ');
  return (
    `<p class="open-status open-status-${size}" data-open-status data-hours="${escapeXml(hoursAttribute(resource.hours!))}"` +
    `${closed ? ` data-closed="${escapeXml(closed)}"` : ' data-closed'} hidden></p>`
  );
}

export type CardHeading = 'h2' | 'h3' | 'h4';

const cards = new WeakMap<ResourceView, Record<string, string>>();

/** A resource in a list: name, badges, 種類・地域, address, a tap-to-call number and the open status. */
export function resourceCardHtml(
  resource: ResourceView,
  model: SiteModel,
  heading: CardHeading = 'h3',
  language: PageLanguage = JAPANESE,
): string {
  let made = cards.get(resource);
  if (!made) cards.set(resource, (made = {}));
  const key = language.tag === 'ja' ? heading : `${language.tag} ${heading}`;
  let html = made[key];
  if (html === undefined) {
    const area = resource.areaId ? model.areaById.get(resource.areaId) : undefined;
    const where = area && language.text('areas', area.id, 'name', area.name).text;
    const card = resourceCardParts(resource, where, language);
    html = `<li class="card">${cardHtml(card, heading, language)}${openStatusHtml(resource)}</li>`;
    made[key] = html;
  }
  return html;
}

/** ` lang="ja"` for content shown in Japanese on a page in another language. */
const langAttribute = (lang: string | undefined) => (lang ? ` lang="${escapeXml(lang)}"` : '');

/** The inside of a list card: the linked name, badges and meta words, the place and the number. */
function cardHtml(card: CardParts & { lang: CardTextLanguages }, heading: CardHeading, language: PageLanguage): string {
  const meta = card.lang.meta ? `<span lang="${card.lang.meta}">${escapeXml(card.meta)}</span>` : escapeXml(card.meta);
  return (
    `<${heading}><a href="${escapeXml(card.href)}"${langAttribute(card.lang.name)}>${escapeXml(card.name)}</a></${heading}>` +
    `<p class="meta">${badgeListHtml(card.badges)}${meta}</p>` +
    (card.place ? `<p${langAttribute(card.lang.place)}>${escapeXml(card.place)}</p>` : '') +
    (card.phone ? `<p>${language.m.card.phone} ${telHtml(card.phone)}</p>` : '') +
    mylistButtonHtml(card)
  );
}

/**
 * The マイリスト button: hidden until src/scripts/mylist/mylist-button.ts shows it (it needs
 * JavaScript), which also sets its words when the resource is already listed.
 */
export function mylistButtonHtml(card: Pick<CardParts, 'resourceId'>, options: { withLink?: boolean } = {}): string {
  if (!card.resourceId) return '';
  const link = options.withLink ? ` <a href="${escapeXml(href('/list/'))}">${CARD_LABELS.mylist.open}</a>` : '';
  return (
    `<p class="mylist-line" hidden><button type="button" class="mylist-button" data-mylist="${escapeXml(card.resourceId)}">` +
    `${CARD_LABELS.mylist.add}</button>${link}</p>`
  );
}

function telHtml(phone: string): string {
  const escaped = escapeXml(phone);
  return `<a class="tel" href="tel:${escaped}">${escaped}</a>`;
}

/** The cards of a list, in the given order. */
export function resourceCardsHtml(
  resources: readonly ResourceView[],
  model: SiteModel,
  heading: CardHeading = 'h3',
  language: PageLanguage = JAPANESE,
): string {
  let html = '';
  for (const resource of resources) html += resourceCardHtml(resource, model, heading, language);
  return html;
}
