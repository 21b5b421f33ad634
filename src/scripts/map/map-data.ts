/**
 * Which map data /map/ reads, started as soon as the page runs: the whole town's points, one
 * area's points (opened from an area page's 「大きな地図で見る」), or, on a large site, none at
 * first (its 圏域 are read as the view comes close: map-parts.ts). The area boundaries always.
 */
import { matchesFilters, type FilterState } from '../../lib/search/facets.ts';
import { pointFacets, type AreaFeature, type FeatureCollection, type PointFeature } from '../../lib/map/geojson.ts';
import { areaPointsPath, type MapPart } from '../../lib/map/map-points.ts';
import { fetchJson } from './map-common.ts';

export interface MapData {
  resources: FeatureCollection<PointFeature>;
  areas: FeatureCollection<AreaFeature>;
}

export interface MapSource {
  loading: Promise<MapData>;
  /** A large site's 圏域 (src/lib/map/map-points.ts); undefined when the points come in one file. */
  parts?: MapPart[];
  /** The most points drawn at once before the visitor asks for each 圏域 (the limit that split the data). */
  pointsAtOnce: number;
}

export function startLoading(container: HTMLElement, state: FilterState): MapSource {
  // Opened for one area: that area's own points, not the whole town's or prefecture's
  // (src/lib/map/map-points.ts). The filters reload the page, so a different area or none
  // fetches its own file then.
  const pointAreas = new Set(JSON.parse(container.dataset.pointAreas ?? '[]') as string[]);
  const area = state.facets.area && pointAreas.has(state.facets.area) ? state.facets.area : undefined;
  const parts = area ? undefined : ((JSON.parse(container.dataset.parts ?? 'null') as MapPart[] | null) ?? undefined);
  const nothing: FeatureCollection<PointFeature> = { type: 'FeatureCollection', features: [] };
  const points = area ? areaPointsPath(area) : 'data/resources.geojson';
  const loading = Promise.all([
    parts ? Promise.resolve(nothing) : fetchJson<FeatureCollection<PointFeature>>(points),
    fetchJson<FeatureCollection<AreaFeature>>('data/areas.geojson'),
  ]).then(([resources, areas]) => ({ resources, areas }));
  return { loading, parts, pointsAtOnce: Number(container.dataset.partsLimit) || 20_000 };
}

/** The points shown: those read so far that pass the filters (a split map adds more as it reads). */
export interface MapPoints {
  /** The one array the map's source, the popups and the list read. */
  features: PointFeature[];
  /** Adds the features that pass the filters and are not there yet. */
  add(more: PointFeature[]): void;
}

export function filteredPoints(all: PointFeature[], filters: { state: FilterState; groups: string[] }): MapPoints {
  const passes = (feature: PointFeature) =>
    matchesFilters(pointFacets(feature.properties, filters.groups), filters.state);
  const features = all.filter(passes);
  const seen = new Set(features.map((feature) => feature.properties.id));
  return {
    features,
    add(more) {
      for (const feature of more) {
        if (seen.has(feature.properties.id) || !passes(feature)) continue;
        seen.add(feature.properties.id);
        features.push(feature);
      }
    },
  };
}
