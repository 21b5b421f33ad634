/**
 * Area profiles (the 協議体's 「見える化」): population, 高齢化率, resources per category and per
 * 1,000 elderly residents, the municipality's average, the rank among the areas of the same
 * level, and the categories an area has none of (「この圏域にない資源」).
 *
 * Method (also printed on the pages, from AREA_STATS_METHOD):
 * - A place, service or facility counts for the area it stands in (its `area`, else the area
 *   found from its address or location) and for every area above that one.
 * - A consultation window (a category of kind `window`) counts for the areas it is responsible
 *   for (`servesAreas`) and the areas above them, not where its office happens to stand. A window
 *   for a wider area (a 圏域's センター seen from one of its 地区, a city-wide window) is not
 *   counted again for the smaller areas, but they are not reported as lacking that category.
 * - Only `active` entries are counted. 休止中 (suspended) entries are shown beside the count and
 *   廃止 (closed) ones are left out. Phone or online services with no place are not counted by area.
 * - Per 1,000 elderly = count ÷ 65歳以上人口 × 1,000, with the area's own population figures.
 *   An area without population figures gets counts only. The municipality's figure uses its own
 *   population, or the sum over its areas when every one of them has figures.
 */
import type { AreaLevel } from '../../schemas/area.ts';
import { ringAreaAndCentroid } from '../map/geo.ts';

/** The level of an area (the schema's AREA_LEVELS). */
export type StatsLevel = AreaLevel;

export interface StatsArea {
  id: string;
  name: string;
  level: StatsLevel;
  parent?: string;
  population?: { total: number; elderly: number; asOf: string };
}

export interface StatsCategory {
  id: string;
  name: string;
  group: string;
  kind: string;
}

export interface StatsResource {
  id: string;
  category: string;
  status: 'active' | 'suspended' | 'closed';
  /** Where it stands (resolved from area, address or location). */
  areaId?: string;
  servesAreas?: string[];
}

export interface CategoryFigure {
  category: StatsCategory;
  /** Active entries counted for the area. */
  count: number;
  /** 休止中 entries that would otherwise count. */
  suspended: number;
  /** count per 1,000 elderly; undefined without population figures. */
  perThousandElderly?: number;
  /** The municipality's figure for the same category. */
  municipalPerThousand?: number;
  /** 1 = the most per 1,000 elderly among the areas of the same level that have figures. */
  rank?: number;
  /** How many areas of the same level have figures to compare. */
  rankOf?: number;
  /** Lowest and highest per-1,000 figures at the same level. */
  levelMin?: number;
  levelMax?: number;
}

export interface AreaProfileStats {
  area: StatsArea;
  population?: { total: number; elderly: number; asOf: string; agingRate?: number };
  categories: CategoryFigure[];
  total: number;
  totalPerThousand?: number;
  municipalTotalPerThousand?: number;
  /** Categories with nothing counted here (「この圏域にない資源」). */
  missing: StatsCategory[];
  /** Window categories with no window of its own here, but one for a wider area (圏域, 市全域). */
  coveredFromAbove: StatsCategory[];
}

export interface AreaStatsIndex {
  byArea: Map<string, AreaProfileStats>;
  municipality?: AreaProfileStats;
  /** Areas of a level, in the order given. */
  level(level: StatsLevel): AreaProfileStats[];
}

export const AREA_STATS_METHOD = [
  'サービス・場所・施設は、建っている地域（とその上の地域）で数えています。',
  '相談窓口は、事務所の場所ではなく担当している地域で数えています。圏域や市全域を担当する窓口は、その中の地区ごとには数えず、「より広い地域を担当する窓口があります」と書いています。',
  '数えているのは運営中のものだけです。休止中のものは数の横に別に書き、廃止されたものは数えていません。電話・オンラインだけのサービスは地域ごとには数えていません。',
  '「高齢者千人あたり」は、件数 ÷ その地域の65歳以上人口 × 1,000 です。人口の登録がない地域は件数だけを示しています。市全体の値は市の人口（なければ各地域の合計）で計算しています。',
];

const perThousand = (count: number, elderly: number | undefined) =>
  elderly && elderly > 0 ? (count / elderly) * 1000 : undefined;

type Tally = Map<string, { active: number; suspended: number }>;
const tallyKey = (areaId: string, categoryId: string) => `${areaId}|${categoryId}`;

/** An area's id and the ids of the areas above it, nearest first (safe against a loop of parents). */
function ancestryOf(areas: StatsArea[]): (id: string | undefined) => string[] {
  const byId = new Map(areas.map((area) => [area.id, area]));
  return (id) => {
    const chain: string[] = [];
    const seen = new Set<string>();
    let current = id ? byId.get(id) : undefined;
    while (current && !seen.has(current.id)) {
      seen.add(current.id);
      chain.push(current.id);
      current = current.parent ? byId.get(current.parent) : undefined;
    }
    return chain;
  };
}

interface Counting {
  categories: StatsCategory[];
  ancestorsAndSelf: (id: string | undefined) => string[];
  windowCategories: Set<string>;
}

/**
 * Active and suspended entries per area and category, and the areas each window category
 * serves directly (for 「より広い地域の窓口」).
 */
function tallyResources(resources: StatsResource[], counting: Counting) {
  const { ancestorsAndSelf, windowCategories } = counting;
  // For every resource, the set of areas it counts for.
  const countsFor = (resource: StatsResource): Set<string> => {
    if (windowCategories.has(resource.category)) {
      return new Set((resource.servesAreas ?? []).flatMap((id) => ancestorsAndSelf(id)));
    }
    return new Set(ancestorsAndSelf(resource.areaId));
  };
  const tally: Tally = new Map();
  const servedDirectly = new Map<string, Set<string>>();
  for (const resource of resources) {
    if (resource.status === 'closed') continue;
    for (const areaId of countsFor(resource)) {
      const entry = tally.get(tallyKey(areaId, resource.category)) ?? { active: 0, suspended: 0 };
      if (resource.status === 'active') entry.active++;
      else entry.suspended++;
      tally.set(tallyKey(areaId, resource.category), entry);
    }
    if (resource.status === 'active' && windowCategories.has(resource.category)) {
      const served = servedDirectly.get(resource.category) ?? new Set<string>();
      for (const id of resource.servesAreas ?? []) served.add(id);
      servedDirectly.set(resource.category, served);
    }
  }
  return { tally, servedDirectly };
}

/**
 * The municipality's elderly population: its own figure, else the sum over one level of areas
 * when all of them have figures.
 */
export function municipalElderlyOf(areas: StatsArea[], municipalityArea: StatsArea | undefined): number | undefined {
  if (!municipalityArea) return undefined;
  if (municipalityArea.population) return municipalityArea.population.elderly;
  for (const level of ['region', 'district'] as const) {
    const ofLevel = areas.filter((area) => area.level === level);
    if (ofLevel.length > 0 && ofLevel.every((area) => area.population)) {
      return ofLevel.reduce((sum, area) => sum + area.population!.elderly, 0);
    }
  }
  return undefined;
}

interface ProfileContext extends Counting, ReturnType<typeof tallyResources> {
  /** Elderly residents of the area (for the municipality, municipalElderlyOf). */
  elderly: number | undefined;
}

/** An area's own figures, before it is set against the others. */
function baseProfile(area: StatsArea, context: ProfileContext): AreaProfileStats {
  const { categories, tally, servedDirectly, ancestorsAndSelf, elderly } = context;
  const figures: CategoryFigure[] = categories.map((category) => {
    const entry = tally.get(tallyKey(area.id, category.id)) ?? { active: 0, suspended: 0 };
    const perThousandElderly = perThousand(entry.active, elderly);
    return { category, count: entry.active, suspended: entry.suspended, perThousandElderly };
  });
  const total = figures.reduce((sum, figure) => sum + figure.count, 0);
  const none = figures.filter((figure) => figure.count === 0).map((figure) => figure.category);
  const above = ancestorsAndSelf(area.id).slice(1);
  const covered = none.filter((category) => above.some((id) => servedDirectly.get(category.id)?.has(id)));
  const own = area.population;
  const population = own
    ? { ...own, agingRate: own.total > 0 ? (own.elderly / own.total) * 100 : undefined }
    : undefined;
  return {
    area,
    population,
    categories: figures,
    total,
    totalPerThousand: perThousand(total, elderly),
    missing: none.filter((category) => !covered.includes(category)),
    coveredFromAbove: covered,
  };
}

/** Sets every area of a level against the municipality and the other areas of its level. */
function compareWithPeers(
  peers: AreaProfileStats[],
  categories: StatsCategory[],
  municipality?: AreaProfileStats,
): void {
  categories.forEach((category, index) => {
    const values = peers
      .map((peer) => peer.categories[index].perThousandElderly)
      .filter((value): value is number => value !== undefined);
    for (const peer of peers) {
      const figure = peer.categories[index];
      figure.municipalPerThousand = municipality?.categories[index].perThousandElderly;
      if (figure.perThousandElderly === undefined || values.length === 0) continue;
      figure.rank = 1 + values.filter((value) => value > figure.perThousandElderly! + 1e-12).length;
      figure.rankOf = values.length;
      figure.levelMin = Math.min(...values);
      figure.levelMax = Math.max(...values);
    }
  });
  for (const peer of peers) peer.municipalTotalPerThousand = municipality?.totalPerThousand;
}

export function computeAreaStats(input: {
  areas: StatsArea[];
  categories: StatsCategory[];
  resources: StatsResource[];
}): AreaStatsIndex {
  const { areas, categories, resources } = input;
  const municipalityArea = areas.find((area) => area.level === 'municipality');
  const windows = categories.filter((category) => category.kind === 'window');
  const windowCategories = new Set(windows.map((category) => category.id));
  const counting: Counting = { categories, ancestorsAndSelf: ancestryOf(areas), windowCategories };
  const tallied = tallyResources(resources, counting);
  const municipalElderly = municipalElderlyOf(areas, municipalityArea);
  const profileOf = (area: StatsArea) => {
    const elderly = area.id === municipalityArea?.id ? municipalElderly : area.population?.elderly;
    return baseProfile(area, { ...counting, ...tallied, elderly });
  };
  const byArea = new Map(areas.map((area) => [area.id, profileOf(area)]));
  const municipality = municipalityArea ? byArea.get(municipalityArea.id) : undefined;
  const ofLevel = (level: StatsLevel) =>
    areas.filter((area) => area.level === level).map((area) => byArea.get(area.id)!);
  for (const level of ['region', 'district'] as const) compareWithPeers(ofLevel(level), categories, municipality);
  return { byArea, municipality, level: ofLevel };
}

// ------------------------------------------------------------------ the comparison table

export const SORT_KEYS = ['name', 'population', 'elderly', 'aging-rate', 'resources', 'density'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export const SORT_LABELS: Record<SortKey, string> = {
  name: '名前（五十音順）',
  population: '総人口',
  elderly: '65歳以上人口',
  'aging-rate': '高齢化率',
  resources: '資源の数',
  density: '高齢者千人あたりの資源',
};

/**
 * Rows sorted by a key: numbers largest first, names in the order given (よみがな order from the
 * model). Areas without the figure go last, in the order given.
 */
export function sortProfiles(rows: AreaProfileStats[], sortKey: SortKey): AreaProfileStats[] {
  const value = (row: AreaProfileStats): number | undefined => {
    switch (sortKey) {
      case 'population':
        return row.population?.total;
      case 'elderly':
        return row.population?.elderly;
      case 'aging-rate':
        return row.population?.agingRate;
      case 'resources':
        return row.total;
      case 'density':
        return row.totalPerThousand;
      default:
        return undefined;
    }
  };
  const order = new Map(rows.map((row, index) => [row.area.id, index]));
  if (sortKey === 'name') return [...rows];
  return [...rows].sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    if (va === undefined || vb === undefined)
      return va === vb ? order.get(a.area.id)! - order.get(b.area.id)! : va === undefined ? 1 : -1;
    return vb - va || order.get(a.area.id)! - order.get(b.area.id)!;
  });
}

// ------------------------------------------------------------------ the choropleth

export type Boundary =
  { type: 'Polygon'; coordinates: number[][][] } | { type: 'MultiPolygon'; coordinates: number[][][][] };

export interface MapShape {
  id: string;
  /** SVG path (all rings, even-odd filled). */
  d: string;
  /** A point inside the largest ring for the name. */
  labelX: number;
  labelY: number;
}

/**
 * Projects boundaries to an SVG of the given width: equirectangular, longitudes shrunk by the
 * cosine of the middle latitude so shapes keep their proportions at Japan's latitudes.
 */
export function projectBoundaries(
  shapes: { id: string; boundary: Boundary }[],
  width: number,
  padding = 8,
): { width: number; height: number; shapes: MapShape[] } {
  const polygonsOf = (boundary: Boundary) =>
    boundary.type === 'Polygon' ? [boundary.coordinates] : boundary.coordinates;
  const all = shapes.flatMap((shape) => polygonsOf(shape.boundary).flat(2));
  if (all.length === 0) return { width, height: 0, shapes: [] };
  const lngs = all.map((p) => p[0]);
  const lats = all.map((p) => p[1]);
  const [minLng, maxLng, minLat, maxLat] = [Math.min(...lngs), Math.max(...lngs), Math.min(...lats), Math.max(...lats)];
  const k = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  const spanX = Math.max((maxLng - minLng) * k, 1e-9);
  const spanY = Math.max(maxLat - minLat, 1e-9);
  const scale = (width - padding * 2) / spanX;
  const height = Math.round(spanY * scale + padding * 2);
  const px = (lng: number) => Math.round((padding + (lng - minLng) * k * scale) * 10) / 10;
  const py = (lat: number) => Math.round((padding + (maxLat - lat) * scale) * 10) / 10;
  return {
    width,
    height,
    shapes: shapes.map((shape) => {
      const polygons = polygonsOf(shape.boundary);
      const d = polygons
        .flat()
        .map((ring) => ring.map((p, index) => `${index === 0 ? 'M' : 'L'}${px(p[0])} ${py(p[1])}`).join('') + 'Z')
        .join('');
      // Label at the centroid of the largest outer ring (area-weighted, shoelace formula).
      let best = { area: -1, x: 0, y: 0 };
      for (const polygon of polygons) {
        const ring = polygon[0].map((p) => [px(p[0]), py(p[1])] as [number, number]);
        const { area: a, centroid } = ringAreaAndCentroid(ring);
        const area = Math.abs(a / 2);
        if (area > best.area && centroid) best = { area, x: centroid[0], y: centroid[1] };
      }
      return { id: shape.id, d, labelX: Math.round(best.x * 10) / 10, labelY: Math.round(best.y * 10) / 10 };
    }),
  };
}

/**
 * Colour classes for densities: class 0 for none at all, then `classes` equal steps up to the
 * highest value (so the darkest colour is always the best-provided area).
 */
export function densityClass(value: number | undefined, max: number, classes = 4): number | undefined {
  if (value === undefined) return undefined;
  if (value <= 0 || max <= 0) return 0;
  return Math.min(classes, Math.max(1, Math.ceil((value / max) * classes - 1e-9)));
}

/** The ranges of the classes for the legend: [from, to] per class 1…classes. */
export function densityClassRanges(max: number, classes = 4): [number, number][] {
  return Array.from(
    { length: classes },
    (_, index) => [(max * index) / classes, (max * (index + 1)) / classes] as [number, number],
  );
}

// ------------------------------------------------------------------ from the site model

interface ModelLike {
  areas: (StatsArea & { kana?: string })[];
  categories: StatsCategory[];
  resources: StatsResource[];
}
const cache = new WeakMap<object, AreaStatsIndex>();

/** The figures for the site model, computed once per build. */
export function areaStatsOf(model: ModelLike): AreaStatsIndex {
  let stats = cache.get(model);
  if (!stats) {
    stats = computeAreaStats({
      areas: model.areas.map((area) => ({
        id: area.id,
        name: area.name,
        level: area.level,
        parent: area.parent,
        population: area.population,
      })),
      categories: model.categories,
      resources: model.resources.map((resource) => ({
        id: resource.id,
        category: resource.category,
        status: resource.status,
        areaId: resource.areaId,
        servesAreas: resource.servesAreas,
      })),
    });
    cache.set(model, stats);
  }
  return stats;
}
