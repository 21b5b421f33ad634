/**
 * The site's manifest (/data/site.json) from the resolved model: what a prefecture's portal needs
 * to list, compare and link to this site without rebuilding any of its pages. Pure: the build
 * time and "today" come in as arguments, so the same content gives the same manifest.
 */
import { bbox as boundaryBox, type Boundary } from '../map/geo.ts';
import { areaStatsOf, municipalElderlyOf } from '../areas/area-stats.ts';
import { shiftMonths } from '../content/dates.ts';
import { fillLink } from './manifest-links.ts';
import type { SiteModel } from '../model/model.ts';
import { AREA_LEVELS } from '../../schemas/area.ts';
import {
  MANIFEST_VERSION,
  type ManifestArea,
  type ManifestCategory,
  type ManifestWindow,
  type SiteManifest,
} from './manifest-schema.ts';

export interface ManifestOptions {
  /** The build's "now" (buildNow(): SOURCE_DATE_EPOCH when set). */
  builtAt: Date;
  /** Today in Japan, YYYY-MM-DD, for the 情報確認日 check. */
  today: string;
}

/** Where things are on every site, relative to its base path (one source for the portal's links). */
export const SITE_LINKS: SiteManifest['links'] = {
  home: '',
  searchIndex: 'pagefind/',
  mapData: 'data/resources.geojson',
  areasGeoJSON: 'data/areas.geojson',
  finderAnswer: 'windows/{topic}/{area}/',
  resource: 'resources/{id}/',
  area: 'areas/{id}/',
  exports: { csv: 'data/resources.csv', geojson: 'data/resources.geojson', hsds: 'data/hsds/' },
};

export { fillLink };

/**
 * The category of 地域包括支援センター: a window category with the id the default taxonomy uses,
 * or whose name says so (「あんしんすこやかセンター（地域包括支援センター）」).
 */
export function isHoukatsuCategory(category: { id: string; name: string; kind: string }): boolean {
  return category.kind === 'window' && (category.id === 'houkatsu' || category.name.includes('地域包括支援センター'));
}

type Box = [number, number, number, number];

/** The box around every area boundary and every located resource. */
function siteBox(model: SiteModel): Box | undefined {
  let box: Box | undefined;
  const grow = ([west, south, east, north]: Box) => {
    box = box
      ? [Math.min(box[0], west), Math.min(box[1], south), Math.max(box[2], east), Math.max(box[3], north)]
      : [west, south, east, north];
  };
  for (const area of model.areas) if (area.boundary) grow(boundaryBox(area.boundary as Boundary));
  for (const { location } of model.resources) {
    if (location) grow([location.lng, location.lat, location.lng, location.lat]);
  }
  return box;
}

/** Entries past staleAfterMonths at `today`: resources and networks, as the 鮮度 pages count them. */
function freshnessOf(model: SiteModel, today: string): SiteManifest['freshness'] {
  const staleAfterMonths = model.site.staleAfterMonths;
  const staleBefore = shiftMonths(today, -staleAfterMonths);
  const dates = [...model.resources, ...model.networks].map((entry) => entry.verifiedAt).sort();
  const stale = dates.filter((date) => date < staleBefore).length;
  return {
    staleAfterMonths,
    entries: dates.length,
    stale,
    staleShare: dates.length ? stale / dates.length : 0,
    oldestVerifiedAt: dates[0],
  };
}

function manifestAreas(model: SiteModel): ManifestArea[] {
  const stats = areaStatsOf(model);
  return model.areas.map((area) => {
    const counts: Record<string, number> = {};
    for (const figure of stats.byArea.get(area.id)?.categories ?? []) {
      if (figure.count > 0) counts[figure.category.id] = figure.count;
    }
    return {
      id: area.id,
      name: area.name,
      kana: area.kana,
      level: area.level,
      parent: area.parent,
      towns: area.towns ? [...area.towns] : undefined,
      population: area.population,
      boundary: area.boundary as Boundary | undefined,
      counts,
    };
  });
}

function manifestWindows(model: SiteModel): ManifestWindow[] {
  return model.windows.map((window) => ({
    id: window.id,
    name: window.name,
    kana: window.kana,
    category: window.category,
    status: window.status,
    professionalOnly: window.professionalOnly,
    topics: window.topics ?? [],
    servesAreas: window.servesAreas ?? [],
    phone: window.phone,
    address: window.address,
    path: fillLink(SITE_LINKS.resource, { id: window.id }),
  }));
}

function countsOf(model: SiteModel): SiteManifest['counts'] {
  const byCategory: Record<string, number> = {};
  for (const resource of model.resources) byCategory[resource.category] = (byCategory[resource.category] ?? 0) + 1;
  const areasByLevel = Object.fromEntries(
    AREA_LEVELS.map((level) => [level, model.areas.filter((area) => area.level === level).length]),
  ) as SiteManifest['counts']['areasByLevel'];
  return { resources: model.resources.length, windows: model.windows.length, byCategory, areasByLevel };
}

export function siteManifest(model: SiteModel, options: ManifestOptions): SiteManifest {
  const { site } = model;
  const categories: ManifestCategory[] = model.categories.map((category) => ({
    id: category.id,
    name: category.name,
    group: category.group,
    kind: category.kind,
    houkatsu: isHoukatsuCategory(category),
  }));
  return {
    manifestVersion: MANIFEST_VERSION,
    name: site.name,
    municipality: { name: site.municipality.name, code: site.municipality.code, kana: model.municipality?.kana },
    sample: site.sample,
    builtAt: options.builtAt.toISOString(),
    contact: { name: site.contact.name, phone: site.contact.phone },
    elderly: municipalElderlyOf(model.areas, model.municipality),
    bbox: siteBox(model),
    counts: countsOf(model),
    freshness: freshnessOf(model, options.today),
    links: SITE_LINKS,
    categories,
    topics: model.topics.map((topic) => ({ id: topic.id, name: topic.name })),
    areas: manifestAreas(model),
    windows: manifestWindows(model),
  };
}
