/**
 * The map data: /data/resources.geojson (every located resource) and /data/areas.geojson
 * (area boundaries with a label point). Pure TypeScript; the endpoints in src/pages/data/
 * serialize what these return.
 *
 * Properties are cut to what the map needs (popup, colors, the shared filters) under short keys,
 * and coordinates rounded to 6 decimals (about 10 cm).
 *
 * Size threshold, measured with `node scripts/bench-map.ts` (headless Chromium, 2 cores, WebGL in
 * software — SwiftShader — so frame times are a pessimistic bound):
 *   sample (144 points):  map idle 1.9 s after navigation; pan/zoom 17 fps (p95 frame 100 ms)
 *   10,000 points:        2.7 MB raw / 0.27 MB gzip; idle 3.0 s; 12 fps (p95 133 ms)
 *   30,000 points:        8.1 MB raw / 0.80 MB gzip; idle 4.0 s; 8 fps (p95 317 ms)
 * One clustered file is comfortable at 10,000 (frames about 1.4× the sample's); at 30,000 frame
 * times double and stalls reach a third of a second. Threshold: 20,000 located resources — above
 * it /map/ reads the points per 圏域 as the view comes close (src/lib/map/map-points.ts), and never
 * draws more than this many at once unless the visitor asks for each 圏域.
 */
import { ringAreaAndCentroid, type Boundary } from './geo.ts';
import type { Facets } from '../search/facets.ts';

export const COORDINATE_DECIMALS = 6;
/** Located resources above which one GeoJSON file is no longer comfortable (see the header). */
export const SINGLE_FILE_THRESHOLD = 20_000;

export function round(value: number, decimals = COORDINATE_DECIMALS): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/** Properties of a resource point, under short keys (the file is downloaded whole). */
export interface PointProperties {
  /** id (the detail page is /resources/<id>/) */
  id: string;
  /** name */
  n: string;
  /** category id */
  c: string;
  /** index of the category group (colors and the legend) */
  g: number;
  /** areas: where it stands and above (windows: also where they serve) */
  a: string[];
  /** targets */
  t?: string[];
  /** audience, when not only residents */
  u?: string[];
  /** topics (windows) */
  p?: string[];
  /** status, when not active */
  s?: string;
  /** address */
  ad?: string;
  /** phone */
  ph?: string;
  /** 1: a professional-only window */
  pro?: 1;
}

export interface PointInput {
  id: string;
  name: string;
  location?: { lat: number; lng: number };
  address?: string;
  phone?: string;
  professionalOnly: boolean;
  facets: Facets;
}

export interface PointFeature {
  type: 'Feature';
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: PointProperties;
}

export interface FeatureCollection<F> {
  type: 'FeatureCollection';
  features: F[];
}

/** The point layer: resources with a location; `groups` fixes each group's index (and color). */
export function resourcesGeoJSON(resources: PointInput[], groups: string[]): FeatureCollection<PointFeature> {
  const features: PointFeature[] = [];
  for (const resource of resources) {
    if (!resource.location) continue;
    const { facets } = resource;
    const properties: PointProperties = {
      id: resource.id,
      n: resource.name,
      c: facets.category[0]!,
      g: Math.max(0, groups.indexOf(facets.group[0]!)),
      a: facets.area,
    };
    if (facets.target.length) properties.t = facets.target;
    if (!(facets.audience.length === 1 && facets.audience[0] === 'resident')) properties.u = facets.audience;
    if (facets.topic.length) properties.p = facets.topic;
    if (facets.status !== 'active') properties.s = facets.status;
    if (resource.address) properties.ad = resource.address;
    if (resource.phone) properties.ph = resource.phone;
    if (resource.professionalOnly) properties.pro = 1;
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [round(resource.location.lng), round(resource.location.lat)] },
      properties,
    });
  }
  return { type: 'FeatureCollection', features };
}

/** A point's facets back from its properties (the map filters with the same rules as search). */
export function pointFacets(properties: PointProperties, groups: string[]): Facets {
  return {
    group: [groups[properties.g] ?? ''],
    category: [properties.c],
    area: properties.a ?? [],
    target: properties.t ?? [],
    audience: properties.u ?? ['resident'],
    topic: properties.p ?? [],
    status: properties.s ?? 'active',
  };
}

export interface AreaFeature {
  type: 'Feature';
  geometry: Boundary;
  properties: { id: string; name: string; level: string; label: [number, number] };
}

export interface AreaInput {
  id: string;
  name: string;
  level: string;
  boundary?: Boundary;
}

/** Boundaries of the areas that have one, each with a point to put its name on. */
export function areasGeoJSON(areas: AreaInput[]): FeatureCollection<AreaFeature> {
  const features: AreaFeature[] = [];
  for (const area of areas) {
    if (!area.boundary) continue;
    const geometry = roundBoundary(area.boundary);
    features.push({
      type: 'Feature',
      geometry,
      properties: { id: area.id, name: area.name, level: area.level, label: labelPoint(geometry) },
    });
  }
  return { type: 'FeatureCollection', features };
}

function roundBoundary(boundary: Boundary): Boundary {
  const ring = (points: [number, number][]) => points.map(([lng, lat]) => [round(lng), round(lat)] as [number, number]);
  return boundary.type === 'Polygon'
    ? { type: 'Polygon', coordinates: boundary.coordinates.map(ring) }
    : { type: 'MultiPolygon', coordinates: boundary.coordinates.map((polygon) => polygon.map(ring)) };
}

/** Where to write an area's name: the centroid of its largest outer ring. */
export function labelPoint(boundary: Boundary): [number, number] {
  const outers =
    boundary.type === 'Polygon' ? [boundary.coordinates[0]!] : boundary.coordinates.map((polygon) => polygon[0]!);
  let best: [number, number] = outers[0]![0]!;
  let bestArea = -1;
  for (const ring of outers) {
    const { area, centroid } = ringAreaAndCentroid(ring);
    if (Math.abs(area) > bestArea && centroid) {
      bestArea = Math.abs(area);
      best = [round(centroid[0]), round(centroid[1])];
    }
  }
  return best;
}
