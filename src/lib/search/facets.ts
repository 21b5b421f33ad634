/**
 * The filters shared by /search/ and /map/: one set of URL parameters, so a care manager can
 * bookmark or send a filtered search or map (…/search/?q=デイ&area=honcho&active=1).
 * Pure TypeScript, imported by the pages at build time and by the client scripts.
 */

/** URL parameter → what it filters. The order is the order of the form. */
export const FACET_KEYS = ['group', 'category', 'area', 'target', 'audience', 'topic'] as const;
export type FacetKey = (typeof FACET_KEYS)[number];

export const FACET_LABELS: Record<FacetKey, string> = {
  group: '分野',
  category: '種類',
  area: '地域',
  target: '対象者',
  audience: '利用できる人',
  topic: '相談できること',
};

/** The values of one resource for each facet (ids, except `group`, which has no id). */
export type Facets = Record<FacetKey, string[]> & { status: string };

/** The filters chosen in a URL: one value per facet, 休止中を除く, and the sort. */
export interface FilterState {
  q: string;
  facets: Partial<Record<FacetKey, string>>;
  /** 休止中・廃止を除く */
  active: boolean;
  sort: 'relevance' | 'kana';
}

export function readFilterState(params: URLSearchParams): FilterState {
  const facets: Partial<Record<FacetKey, string>> = {};
  for (const key of FACET_KEYS) {
    const value = params.get(key)?.trim();
    if (value) facets[key] = value;
  }
  return {
    q: (params.get('q') ?? '').trim(),
    facets,
    active: params.get('active') === '1',
    sort: params.get('sort') === 'kana' ? 'kana' : 'relevance',
  };
}

/** The query string for a state, with empty values left out (stable order, for bookmarks). */
export function writeFilterState(state: FilterState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const key of FACET_KEYS) {
    const value = state.facets[key];
    if (value) params.set(key, value);
  }
  if (state.active) params.set('active', '1');
  if (state.sort === 'kana') params.set('sort', 'kana');
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Whether an entry with these facets passes the chosen filters (used by the map). */
export function matchesFilters(facets: Facets, state: Pick<FilterState, 'facets' | 'active'>): boolean {
  if (state.active && facets.status !== 'active') return false;
  for (const key of FACET_KEYS) {
    const wanted = state.facets[key];
    if (wanted && !facets[key].includes(wanted)) return false;
  }
  return true;
}

interface AreaLike {
  id: string;
  level: string;
  parent?: string;
}

export interface FacetInput {
  category: string;
  group: string;
  areaId?: string;
  isWindow: boolean;
  servesAreas?: string[];
  targets?: string[];
  audience: string[];
  topics?: string[];
  status: string;
}

/**
 * A resource's facet values. `area` holds where it stands and the areas above it (a 地区's
 * resources also belong to its 圏域); a window also belongs to every area it serves and the
 * areas inside them, so filtering by 本町 shows the 地域包括支援センター that serves 本町.
 * The municipality itself is left out: every entry is in it.
 */
export function resourceFacets(resource: FacetInput, areas: AreaLike[]): Facets {
  const byId = new Map(areas.map((area) => [area.id, area]));
  const childrenOf = new Map<string, string[]>();
  for (const area of areas) {
    if (area.parent) childrenOf.set(area.parent, [...(childrenOf.get(area.parent) ?? []), area.id]);
  }
  const areaIds = new Set<string>();
  for (let id = resource.areaId; id; id = byId.get(id)?.parent) areaIds.add(id);
  if (resource.isWindow) {
    const walk = (id: string) => {
      areaIds.add(id);
      for (const child of childrenOf.get(id) ?? []) walk(child);
    };
    for (const id of resource.servesAreas ?? []) walk(id);
  }
  const area = [...areaIds].filter((id) => byId.get(id)?.level !== 'municipality');
  return {
    group: [resource.group],
    category: [resource.category],
    area,
    target: resource.targets ?? [],
    audience: resource.audience,
    topic: resource.topics ?? [],
    status: resource.status,
  };
}

/** Pagefind's `filters` option for a state: each chosen facet, and 休止中・廃止 left out. */
export function pagefindFilters(state: Pick<FilterState, 'facets' | 'active'>): Record<string, unknown> {
  const filters: Record<string, unknown> = {};
  for (const key of FACET_KEYS) {
    const value = state.facets[key];
    if (value) filters[key] = value;
  }
  // `none` keeps pages without a status (areas, networks, organizations).
  if (state.active) filters.status = { none: ['suspended', 'closed'] };
  return filters;
}

/** The facet input of a resource of the model. */
export function facetInputOf(resource: Omit<FacetInput, 'group'> & { categoryInfo: { group: string } }): FacetInput {
  return {
    category: resource.category,
    group: resource.categoryInfo.group,
    areaId: resource.areaId,
    isWindow: resource.isWindow,
    servesAreas: resource.servesAreas,
    targets: resource.targets,
    audience: resource.audience,
    topics: resource.topics,
    status: resource.status,
  };
}
