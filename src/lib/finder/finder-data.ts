/**
 * The finder's data for the browser (areas.json) and where a point on the map falls:
 * inside a 地区's boundary, else the nearest 地区 by distance to its centre.
 */
import { bbox, contains, distanceMeters, type Boundary, type LngLat } from '../map/geo.ts';
import type { SiteModel } from '../model/model.ts';
import type { AreaForIndex } from '../areas/town-index.ts';

export interface FinderArea extends AreaForIndex {
  boundary?: Boundary;
  /** [lng, lat]: the middle of the boundary's box, else the mean of the area's resources. */
  center?: LngLat;
}

export interface FinderData {
  municipality: { name: string; kana?: string };
  areas: FinderArea[];
}

export function finderAreas(model: SiteModel): FinderData {
  const areas = model.areas.map((area): FinderArea => {
    let center: LngLat | undefined;
    if (area.boundary) {
      const [west, south, east, north] = bbox(area.boundary as Boundary);
      center = [(west + east) / 2, (south + north) / 2];
    } else {
      const located = model.resourcesIn(area.id).filter((resource) => resource.location);
      if (located.length) {
        center = [
          located.reduce((sum, resource) => sum + resource.location!.lng, 0) / located.length,
          located.reduce((sum, resource) => sum + resource.location!.lat, 0) / located.length,
        ];
      }
    }
    return {
      id: area.id,
      name: area.name,
      kana: area.kana,
      level: area.level,
      parent: area.parent,
      towns: area.towns,
      hasChildren: area.children.length > 0,
      boundary: area.boundary as Boundary | undefined,
      center,
    };
  });
  return { municipality: { name: model.site.municipality.name, kana: model.municipality?.kana }, areas };
}

export interface PlaceResult {
  areaId: string;
  /** inside: the point lies in the area's boundary; nearest: it lies in none, this one is closest. */
  how: 'inside' | 'nearest';
  meters?: number;
}

/** The 地区 (leaf area) for a point: by boundary, else by distance; undefined when no area has a place. */
export function areaAtPoint(areas: readonly FinderArea[], point: LngLat): PlaceResult | undefined {
  const leaves = areas.filter((area) => !area.hasChildren && area.level !== 'municipality');
  const inside = leaves.find((area) => area.boundary && contains(area.boundary, point));
  if (inside) return { areaId: inside.id, how: 'inside' };
  let best: PlaceResult | undefined;
  for (const area of leaves) {
    if (!area.center) continue;
    const meters = distanceMeters(point, area.center);
    if (!best || meters < best.meters!) best = { areaId: area.id, how: 'nearest', meters };
  }
  return best;
}
