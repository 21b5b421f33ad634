/**
 * The map's points for a site model, made once per build: /data/resources.geojson holds them
 * all (the big map), /data/resources/<area>.geojson the ones of one area (the small map on the
 * area's page, and /map/?area=…), so an area page downloads its own points, not the whole
 * town's or prefecture's.
 *
 * Above the single-file limit (geojson.ts, SINGLE_FILE_THRESHOLD) /map/ does not read the whole
 * file either: it gets the list of the 圏域 (the areas just below the municipality) with their
 * point counts and extents, shows the counts, and reads a 圏域's file when the view is close
 * enough to it (src/scripts/map/map-parts.ts). Points of no 圏域 (a city-wide window) are in
 * /data/resources/_others.geojson (an underscore never begins an id).
 */
import { facetInputOf, resourceFacets } from '../search/facets.ts';
import { resourcesGeoJSON, SINGLE_FILE_THRESHOLD, type FeatureCollection, type PointFeature } from './geojson.ts';
import { bbox, type Boundary } from './geo.ts';
import type { SiteModel } from '../model/model.ts';

interface MapPoints {
  all: FeatureCollection<PointFeature>;
  /** Per area id: the points standing in it or an area inside it, and windows serving it. */
  byArea: Map<string, PointFeature[]>;
}

const cache = new WeakMap<SiteModel, MapPoints>();

function mapPoints(model: SiteModel): MapPoints {
  let points = cache.get(model);
  if (!points) {
    const groups = model.categoryGroups.map(({ group }) => group);
    const all = resourcesGeoJSON(
      model.resources.map((resource) => ({
        id: resource.id,
        name: resource.name,
        location: resource.location,
        address: resource.address,
        phone: resource.phone,
        professionalOnly: resource.professionalOnly,
        facets: resourceFacets(facetInputOf(resource), model.areas),
      })),
      groups,
    );
    const byArea = new Map<string, PointFeature[]>();
    for (const feature of all.features) {
      // `a` is exactly the search's area facet: the same points as filtering /map/ by the area.
      for (const id of feature.properties.a) {
        const list = byArea.get(id);
        if (list) list.push(feature);
        else byArea.set(id, [feature]);
      }
    }
    points = { all, byArea };
    cache.set(model, points);
  }
  return points;
}

/** Every located resource. */
export function allMapPoints(model: SiteModel): FeatureCollection<PointFeature> {
  return mapPoints(model).all;
}

/** The located resources of one area (not the municipality: that is every point). */
export function areaMapPoints(model: SiteModel, areaId: string): FeatureCollection<PointFeature> {
  return { type: 'FeatureCollection', features: mapPoints(model).byArea.get(areaId) ?? [] };
}

/** Areas that get a file of their own (and the file of points in no 圏域, when /map/ is split). */
export function areasWithPointFiles(model: SiteModel): string[] {
  const areas = model.areas.filter((area) => area.level !== 'municipality').map((area) => area.id);
  return mapParts(model)?.some((part) => part.id === OTHERS_ID) ? [...areas, OTHERS_ID] : areas;
}

/** The file of an area's points, relative to the site's base. */
export const areaPointsPath = (areaId: string) => `data/resources/${areaId}.geojson`;

/** The file of the points in no 圏域 (see the header). */
export const OTHERS_ID = '_others';

/** One part of a split map: a 圏域 (or the points in none) with what the map needs to show it. */
export interface MapPart {
  /** Area id, or OTHERS_ID. */
  id: string;
  name: string;
  count: number;
  /** Where it is, [west, south, east, north]: its boundary's extent, else its places'. */
  bbox: [number, number, number, number];
}

/** Located resources above which /map/ is split (MAP_SINGLE_FILE_LIMIT overrides, e.g. to try it on a small town). */
export function singleFileLimit(): number {
  const fromEnv = Number(process.env.MAP_SINGLE_FILE_LIMIT);
  return Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv : SINGLE_FILE_THRESHOLD;
}

function extent(features: PointFeature[]): [number, number, number, number] {
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const { geometry } of features) {
    const [lng, lat] = geometry.coordinates;
    west = Math.min(west, lng);
    south = Math.min(south, lat);
    east = Math.max(east, lng);
    north = Math.max(north, lat);
  }
  return [west, south, east, north];
}

/**
 * The parts /map/ loads one by one, or undefined when one file is fine. Every located resource
 * is in at least one part (a window serving two 圏域 is in both).
 */
export function mapParts(model: SiteModel, limit = singleFileLimit()): MapPart[] | undefined {
  const { all, byArea } = mapPoints(model);
  if (all.features.length <= limit) return undefined;
  const top = topAreas(model);
  const parts: MapPart[] = [];
  for (const area of top) {
    const features = byArea.get(area.id) ?? [];
    if (features.length === 0) continue;
    // Where the 圏域 is: its boundary, else the places standing in it — not the windows serving
    // it from elsewhere (a city-wide window is in every 圏域's file).
    const standing = new Set(model.resourcesIn(area.id).map((resource) => resource.id));
    const own = features.filter((feature) => standing.has(feature.properties.id));
    const where = area.boundary ? bbox(area.boundary as Boundary) : extent(own.length > 0 ? own : features);
    parts.push({ id: area.id, name: area.name, count: features.length, bbox: where });
  }
  const others = othersOf(model);
  if (others.length > 0)
    parts.push({ id: OTHERS_ID, name: '地域を決めていないもの', count: others.length, bbox: extent(others) });
  return parts;
}

/** The areas just below the municipality (the 圏域), or the top areas when there is none. */
function topAreas(model: SiteModel) {
  return model.municipality
    ? model.areas.filter((area) => area.parent === model.municipality!.id)
    : model.areas.filter((area) => !area.parent);
}

/** Points in none of the 圏域 (`a` is the area facet: where a point stands and what it serves). */
function othersOf(model: SiteModel): PointFeature[] {
  const top = new Set(topAreas(model).map((area) => area.id));
  return mapPoints(model).all.features.filter((feature) => !feature.properties.a.some((id) => top.has(id)));
}

/** The points of a part (an area's file, or the points in no 圏域). */
export function partMapPoints(model: SiteModel, id: string): FeatureCollection<PointFeature> {
  return id === OTHERS_ID ? { type: 'FeatureCollection', features: othersOf(model) } : areaMapPoints(model, id);
}
