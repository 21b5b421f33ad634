/**
 * What the portal's pages show, from the members' manifests only: links into the members' own
 * sites, the prefecture's list of 地域包括支援センター, and the 「見える化」 figures per municipality
 * (per 1,000 elderly, sortable) with each member's freshness. No page per resource: every name
 * links to the member's page for it.
 */
import { compareKana } from '../text/normalize.ts';
import type { Boundary } from '../map/geo.ts';
import { fillLink } from './manifest-links.ts';
import type { ManifestWindow, SiteManifest } from './manifest-schema.ts';
import type { PortalMember } from './members.ts';

/** A link into a member's site: its published URL joined with a manifest path. */
export function memberHref(member: Pick<PortalMember, 'url'>, sitePath: string): string {
  return `${member.url}${sitePath.replace(/^\/+/, '')}`;
}

/** The member's answer page of the finder for a worry and an area. */
export function memberAnswerHref(member: PortalMember, topicId: string, areaId: string): string {
  return memberHref(member, fillLink(member.manifest.links.finderAnswer, { topic: topicId, area: areaId }));
}

/** Members in 団体コード order (the order prefectures list their municipalities in). */
export function membersInCodeOrder<T extends { code: string }>(members: readonly T[]): T[] {
  return [...members].sort((a, b) => a.code.localeCompare(b.code));
}

const houkatsuCategoryIds = (manifest: SiteManifest) =>
  new Set(manifest.categories.filter((category) => category.houkatsu).map((category) => category.id));

export interface HoukatsuGroup {
  member: PortalMember;
  centres: (ManifestWindow & { href: string })[];
}

/** Every 地域包括支援センター that is not 廃止, by municipality, in kana order within each. */
export function houkatsuByMember(members: readonly PortalMember[]): HoukatsuGroup[] {
  return membersInCodeOrder(members).map((member) => {
    const ids = houkatsuCategoryIds(member.manifest);
    const centres = member.manifest.windows
      .filter((window) => ids.has(window.category) && window.status !== 'closed')
      .sort((a, b) => compareKana(a.kana, b.kana) || a.name.localeCompare(b.name, 'ja'))
      .map((window) => ({ ...window, href: memberHref(member, window.path) }));
    return { member, centres };
  });
}

export interface MemberFigures {
  member: PortalMember;
  elderly?: number;
  houkatsu: number;
  houkatsuPerThousand?: number;
  resources: number;
  resourcesPerThousand?: number;
  /** Active entries per category id, as the member counts them for its whole area. */
  byCategory: Record<string, number>;
  builtAt: string;
  staleShare: number;
}

const perThousand = (count: number, elderly: number | undefined) =>
  elderly && elderly > 0 ? (count / elderly) * 1000 : undefined;

/** The 「見える化」 row of one member, from its municipality area's counts. */
export function memberFigures(member: PortalMember): MemberFigures {
  const { manifest } = member;
  const municipality = manifest.areas.find((area) => area.level === 'municipality');
  const byCategory = municipality?.counts ?? manifest.counts.byCategory;
  const ids = houkatsuCategoryIds(manifest);
  const houkatsu = Object.entries(byCategory).reduce((sum, [id, n]) => sum + (ids.has(id) ? n : 0), 0);
  const resources = Object.values(byCategory).reduce((sum, n) => sum + n, 0);
  return {
    member,
    elderly: manifest.elderly,
    houkatsu,
    houkatsuPerThousand: perThousand(houkatsu, manifest.elderly),
    resources,
    resourcesPerThousand: perThousand(resources, manifest.elderly),
    byCategory,
    builtAt: manifest.builtAt,
    staleShare: manifest.freshness.staleShare,
  };
}

export const PORTAL_SORT_KEYS = ['code', 'elderly', 'houkatsu', 'resources', 'stale'] as const;
export type PortalSortKey = (typeof PORTAL_SORT_KEYS)[number];
export const PORTAL_SORT_LABELS: Record<PortalSortKey, string> = {
  code: '団体コード順',
  elderly: '高齢者人口の多い順',
  houkatsu: '包括（高齢者千人あたり）の多い順',
  resources: '資源（高齢者千人あたり）の多い順',
  stale: '古い情報の割合の高い順',
};

const SORT_VALUE: Record<Exclude<PortalSortKey, 'code'>, (row: MemberFigures) => number | undefined> = {
  elderly: (row) => row.elderly,
  houkatsu: (row) => row.houkatsuPerThousand,
  resources: (row) => row.resourcesPerThousand,
  stale: (row) => row.staleShare,
};

/** Rows sorted by a key, highest first; rows without a figure last; ties in 団体コード order. */
export function sortFigures(rows: readonly MemberFigures[], key: PortalSortKey): MemberFigures[] {
  const byCode = membersInCodeOrder(rows.map((row) => ({ ...row, code: row.member.code })));
  if (key === 'code') return byCode;
  const value = SORT_VALUE[key];
  return byCode
    .map((row, index) => ({ row, index, v: value(row) }))
    .sort((a, b) => {
      if (a.v === undefined || b.v === undefined) return a.v === b.v ? a.index - b.index : a.v === undefined ? 1 : -1;
      return b.v - a.v || a.index - b.index;
    })
    .map(({ row }) => row);
}

/**
 * The municipality's outline for the choropleth: its own boundary, else every boundary of the
 * areas below it drawn as one shape (their outer edge is the municipality's).
 */
export function municipalBoundary(manifest: SiteManifest): Boundary | undefined {
  const municipality = manifest.areas.find((area) => area.level === 'municipality');
  if (municipality?.boundary) return municipality.boundary as Boundary;
  const parents = new Set(manifest.areas.map((area) => area.parent));
  const leaves = manifest.areas.filter(
    (area) => area.boundary && !parents.has(area.id) && area.level !== 'municipality',
  );
  if (leaves.length === 0) return undefined;
  const polygons = leaves.flatMap((area) => {
    const boundary = area.boundary as Boundary;
    return boundary.type === 'Polygon' ? [boundary.coordinates] : boundary.coordinates;
  });
  return { type: 'MultiPolygon', coordinates: polygons };
}
