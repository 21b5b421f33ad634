/**
 * What the search index holds: one small HTML document per resource, area, network and
 * organization, made from the content itself rather than read back from the built pages.
 *
 * Why documents and not the pages: the index can then be built while Astro is still writing the
 * pages (src/integrations/pagefind.ts runs it beside the build), the pages no longer carry a
 * hidden block of search keys, and the index holds only what a search should find — names,
 * readings, 種類, 地域, 住所, 運営, 相談できること and the description — not menus, hours tables
 * or the lists of other entries a page shows.
 *
 * A document has:
 *  - <h1>: the name, which Pagefind keeps as the result's title;
 *  - the visible fields as plain text, for Pagefind's own matching of the typed query;
 *  - search keys (src/lib/search/search-terms.ts) in three weights: names (10), 困りごと and areas (4),
 *    descriptions (1);
 *  - filters (src/lib/search/facets.ts), the よみがな sort key, and the fields a result card shows.
 */
import { escapeXml, htmlToText } from '../export/text.ts';
import { FACET_KEYS, facetInputOf, resourceFacets } from './facets.ts';
import type { AreaView, NetworkView, OrganizationView, ResourceView, SiteModel } from '../model/model.ts';
import { areaSearchTerms, indexKeys, resourceSearchTerms, textKeys } from './search-terms.ts';
import { CARD_LABELS } from '../resources/card-model.ts';
import {
  AREA_LEVEL_LABELS,
  AUDIENCE_LABELS,
  NETWORK_KIND_LABELS,
  ORGANIZATION_TYPE_LABELS,
  RESOURCE_STATUS_LABELS,
  TARGET_LABELS,
} from '../../schemas/index.ts';

interface DocumentParts {
  title: string;
  /** What it is (種類・地域): a heading, which Pagefind weighs next to the name. */
  subtitle?: string;
  /** Visible fields, one paragraph each. */
  text: (string | undefined)[];
  /** Rendered (sanitized) description HTML; only its text is used. */
  bodyHtml?: string;
  strong?: string[];
  /** Written twice: an area's page is the best answer to its own name (not the 10 places named after it). */
  nameFirst?: boolean;
  related?: string[];
  background?: string[];
  filters?: [string, string][];
  meta?: [string, string][];
  kana: string;
}

function document(parts: DocumentParts): string {
  // As the search keys were made before: a tag ends a word too (「…の<a>窓口</a>」 → 「…の 窓口」).
  const bodyText = htmlToText((parts.bodyHtml ?? '').replace(/>/g, '> ')).replace(/\s+/g, ' ');
  const strongKeys = indexKeys(parts.strong ?? []);
  const strongSet = new Set(strongKeys);
  const relatedKeys = indexKeys(parts.related ?? []).filter((key) => !strongSet.has(key));
  const backgroundKeys = textKeys(bodyText, parts.background);
  const attribute = (name: string, key: string, value: string) =>
    `<span ${name}="${escapeXml(key)}[data-value]" data-value="${escapeXml(value)}"></span>`;
  const out = [`<html lang="ja"><body><h1>${escapeXml(parts.title)}</h1>`];
  if (parts.subtitle) out.push(`<h2>${escapeXml(parts.subtitle)}</h2>`);
  for (const line of [...parts.text, bodyText]) if (line) out.push(`<p>${escapeXml(line)}</p>`);
  out.push(`<p data-pagefind-weight="10">${strongKeys.join(' ')}</p>`);
  if (parts.nameFirst) out.push(`<p data-pagefind-weight="10">${strongKeys.join(' ')}</p>`);
  if (relatedKeys.length > 0) out.push(`<p data-pagefind-weight="4">${relatedKeys.join(' ')}</p>`);
  if (backgroundKeys.length > 0) out.push(`<p data-pagefind-weight="1">${backgroundKeys.join(' ')}</p>`);
  for (const [key, value] of parts.filters ?? []) out.push(attribute('data-pagefind-filter', key, value));
  for (const [key, value] of parts.meta ?? []) if (value !== '') out.push(attribute('data-pagefind-meta', key, value));
  out.push(attribute('data-pagefind-sort', 'kana', parts.kana), '</body></html>');
  return out.join('');
}

const labels = <K extends string>(table: Record<K, string>, keys: readonly K[] | undefined) =>
  (keys ?? []).map((key) => table[key]).join('・');

export function resourceDocument(model: SiteModel, resource: ResourceView): string {
  const standing = resource.areaId ? model.areaById.get(resource.areaId) : undefined;
  const areas = standing ? [standing, ...model.ancestorsOf(standing.id).filter((a) => a.level !== 'municipality')] : [];
  const topics = (resource.topics ?? []).map((id) => model.topicById.get(id)!).filter(Boolean);
  const terms = resourceSearchTerms({
    name: resource.name,
    kana: resource.kana,
    category: resource.categoryInfo,
    topics,
    areas,
    address: resource.address,
  });
  const facets = resourceFacets(facetInputOf(resource), model.areas);
  const operator = resource.operator ? model.organizationById.get(resource.operator) : undefined;
  const servesAreas = (resource.servesAreas ?? []).map((id) => model.areaById.get(id)?.name).filter(Boolean);
  return document({
    title: resource.name,
    kana: resource.kana,
    subtitle: [resource.categoryInfo.name, standing?.name].filter(Boolean).join('・'),
    text: [
      resource.kana,
      resource.address,
      resource.phone,
      operator?.name,
      labels(TARGET_LABELS, resource.targets),
      labels(AUDIENCE_LABELS, resource.audience),
      topics.map((topic) => topic.name).join('・'),
      servesAreas.join('・'),
      resource.hoursNote,
      resource.costNote,
      // Why it refers people on (the つなぎ先 themselves are found on their own pages).
      ...(resource.refersTo ?? []).map((referral) => referral.note),
      resource.source,
    ],
    bodyHtml: resource.html,
    ...terms,
    filters: [
      ...FACET_KEYS.flatMap((key) => facets[key].map((value) => [key, value] as [string, string])),
      ['status', facets.status],
    ],
    meta: [
      ['kind', resource.isWindow ? 'window' : 'resource'],
      ['category', resource.categoryInfo.name],
      ['area', standing?.name ?? ''],
      ['address', resource.address ?? (resource.online ? CARD_LABELS.online : '')],
      ['phone', resource.phone ?? ''],
      ['professional', resource.professionalOnly ? '1' : ''],
      ['status', resource.status === 'active' ? '' : RESOURCE_STATUS_LABELS[resource.status]],
    ],
  });
}

export function areaDocument(model: SiteModel, area: AreaView): string {
  const ancestors = model.ancestorsOf(area.id);
  return document({
    title: area.name,
    kana: area.kana,
    subtitle: AREA_LEVEL_LABELS[area.level],
    text: [area.kana, ancestors.map((a) => a.name).join('・'), (area.towns ?? []).join('、')],
    nameFirst: true,
    strong: areaSearchTerms({
      name: area.name,
      kana: area.kana,
      towns: area.towns,
      ancestors: ancestors.filter((a) => a.level !== 'municipality'),
    }),
    meta: [
      ['kind', 'area'],
      ['category', AREA_LEVEL_LABELS[area.level]],
    ],
  });
}

export function networkDocument(model: SiteModel, network: NetworkView): string {
  // Its secretariat and members are other entries: a search for them finds their own pages, not
  // every meeting they sit in.
  return document({
    title: network.name,
    kana: network.kana,
    subtitle: NETWORK_KIND_LABELS[network.kind],
    text: [
      network.kana,
      (network.areas ?? [])
        .map((id) => model.areaById.get(id)?.name)
        .filter(Boolean)
        .join('・'),
      (network.members ?? [])
        .map((member) => member.role)
        .filter(Boolean)
        .join('、'),
      (network.roles ?? []).join('、'),
      network.meets,
    ],
    bodyHtml: network.html,
    strong: [network.name, network.kana],
  });
}

export function organizationDocument(model: SiteModel, organization: OrganizationView): string {
  const parent = organization.parent ? model.organizationById.get(organization.parent)?.name : undefined;
  return document({
    title: organization.name,
    kana: organization.kana,
    subtitle: organization.type ? ORGANIZATION_TYPE_LABELS[organization.type] : undefined,
    text: [organization.kana, parent],
    strong: [organization.name, organization.kana],
  });
}

/** A document's URL, and the function that writes it (so that a caller can write them in parts). */
export interface DocumentEntry {
  /** The page's path from the site root. */
  url: string;
  make: () => string;
}

/**
 * Every document of the site, resources first. URLs are from the site root (/resources/…/); the
 * search page adds the base path (BASE_PATH) through Pagefind's `baseUrl`.
 */
export function documentEntries(model: SiteModel): DocumentEntry[] {
  return [
    ...model.resources.map((resource) => ({
      url: `/resources/${resource.id}/`,
      make: () => resourceDocument(model, resource),
    })),
    ...model.areas.map((area) => ({ url: `/areas/${area.id}/`, make: () => areaDocument(model, area) })),
    ...model.networks.map((network) => ({
      url: `/networks/${network.id}/`,
      make: () => networkDocument(model, network),
    })),
    ...model.organizations.map((organization) => ({
      url: `/organizations/${organization.id}/`,
      make: () => organizationDocument(model, organization),
    })),
  ];
}
