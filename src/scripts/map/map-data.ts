/**
 * Which map data /map/ reads, started as soon as the page runs: the whole town's points, one
 * area's points (opened from an area page's 「大きな地図で見る」), or, on a large site, none at
 * first (its 圏域 are read as the view comes close: map-parts.ts). The area boundaries always.
 * Offline without the town's points, the saved areas' points (savedAreaPoints).
 */
import { matchesFilters, type FilterState } from '../../lib/search/facets.ts';
import { pointFacets, type AreaFeature, type FeatureCollection, type PointFeature } from '../../lib/map/geojson.ts';
import { areaPointsPath, type MapPart } from '../../lib/map/map-points.ts';
import { fetchJson } from './map-common.ts';

export interface MapData {
  resources: FeatureCollection<PointFeature>;
  areas: FeatureCollection<AreaFeature>;
  /** Offline, when the town's points were not saved: the names of the saved areas whose points are shown. */
  savedAreas?: string[];
}

const nothing = (): FeatureCollection<PointFeature> => ({
  type: 'FeatureCollection',
  features: [],
});

/**
 * Offline, when the whole town's points are not on this device: the points of the areas saved on
 * it (each save keeps its area's own file, src/lib/offline/save-lists.ts), each point once.
 * Rejects with `error` when nothing is saved.
 */
async function savedAreaPoints(error: unknown): Promise<{ points: FeatureCollection<PointFeature>; names: string[] }> {
  const { savedAreas } = await import('../offline/saved-store.ts');
  const saved = await savedAreas();
  if (saved.length === 0) throw error;
  const files = await Promise.all(
    saved.map((area) => fetchJson<FeatureCollection<PointFeature>>(areaPointsPath(area.area)).catch(nothing)),
  );
  const byId = new Map(files.flatMap((file) => file.features).map((feature) => [feature.properties.id, feature]));
  return {
    points: { type: 'FeatureCollection', features: [...byId.values()] },
    names: saved.map((area) => area.name),
  };
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
  const points = area ? areaPointsPath(area) : 'data/resources.geojson';
  const pointsLoading = parts
    ? Promise.resolve({ points: nothing(), names: undefined })
    : fetchJson<FeatureCollection<PointFeature>>(points).then(
        (all) => ({ points: all, names: undefined as string[] | undefined }),
        (error: unknown) => (area ? Promise.reject(error) : savedAreaPoints(error)),
      );
  const loading = Promise.all([pointsLoading, fetchJson<FeatureCollection<AreaFeature>>('data/areas.geojson')]).then(
    ([resources, areas]) => ({
      resources: resources.points,
      areas,
      savedAreas: resources.names,
    }),
  );
  return {
    loading,
    parts,
    pointsAtOnce: Number(container.dataset.partsLimit) || 20_000,
  };
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
