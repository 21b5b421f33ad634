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
 * Every value goes through escapeXml (export/text.ts): content comes from pull requests.
 */
import { escapeXml } from '../export/text.ts';
import type { ResourceView, SiteModel } from '../model/model.ts';
import { hoursAttribute } from '../hours/open-status.ts';
import { resourceHref } from '../site/paths.ts';
import { RESOURCE_STATUS_LABELS } from '../../schemas/index.ts';

/** Status, professional-only and window badges, shown next to a resource's name. */
export function badgesHtml(resource: ResourceView): string {
  let html = '';
  if (resource.status !== 'active') html += `<span class="badge badge-status-${resource.status}">${escapeXml(RESOURCE_STATUS_LABELS[resource.status])}</span>`;
  if (resource.professionalOnly) html += '<span class="badge badge-professional">専門職向け</span>';
  if (resource.isWindow) html += '<span class="badge badge-window">相談窓口</span>';
  return html;
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

const cards = new WeakMap<ResourceView, Partial<Record<CardHeading, string>>>();

/** A resource in a list: name, badges, 種類・地域, address, a tap-to-call number and the open status. */
export function resourceCardHtml(resource: ResourceView, model: SiteModel, heading: CardHeading = 'h3'): string {
  let made = cards.get(resource);
  if (!made) cards.set(resource, (made = {}));
  let html = made[heading];
  if (html === undefined) {
    const area = resource.areaId ? model.areaById.get(resource.areaId) : undefined;
    html =
      `<li class="card"><${heading}><a href="${escapeXml(resourceHref(resource.id))}">${escapeXml(resource.name)}</a></${heading}>` +
      `<p class="meta">${badgesHtml(resource)}${escapeXml(resource.categoryInfo.name)}${area ? `・${escapeXml(area.name)}` : ''}</p>` +
      (resource.address ? `<p>${escapeXml(resource.address)}</p>` : resource.online ? '<p>電話・オンラインで利用</p>' : '') +
      (resource.phone ? `<p>電話 <a class="tel" href="tel:${escapeXml(resource.phone)}">${escapeXml(resource.phone)}</a></p>` : '') +
      `${openStatusHtml(resource)}</li>`;
    made[heading] = html;
  }
  return html;
}

/** The cards of a list, in the given order. */
export function resourceCardsHtml(resources: readonly ResourceView[], model: SiteModel, heading: CardHeading = 'h3'): string {
  let html = '';
  for (const resource of resources) html += resourceCardHtml(resource, model, heading);
  return html;
}
