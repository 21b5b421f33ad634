/**
 * The map's points for a site model, made once per build: /data/resources.geojson holds them
 * all (the big map), /data/resources/<area>.geojson the ones of one area (the small map on the
 * area's page), so an area page downloads its own points, not the whole town's or prefecture's.
 */
import { facetInputOf, resourceFacets } from './facets.ts';
import { resourcesGeoJSON, type FeatureCollection, type PointFeature } from './geojson.ts';
import type { SiteModel } from './model.ts';

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

/** Areas that get a file of their own. */
export function areasWithPointFiles(model: SiteModel): string[] {
  return model.areas.filter((area) => area.level !== 'municipality').map((area) => area.id);
}

/** The file of an area's points, relative to the site's base. */
export const areaPointsPath = (areaId: string) => `data/resources/${areaId}.geojson`;
