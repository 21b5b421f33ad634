/**
 * What the portal's map tiles are made of, read from a member's published output only: its
 * located resources from the map data its manifest points to (/data/resources.geojson, short
 * keys), each linked to its page on the member's site, and its municipal boundary. Pure; the
 * portal command reads the files and passes them in.
 */
import type { FeatureCollection, PointFeature } from '../map/geojson.ts';
import { fillLink } from './manifest.ts';
import { memberHref, municipalBoundary } from './portal-model.ts';
import type { SiteManifest } from './manifest-schema.ts';
import type { FederationPoint, MemberBoundary } from './tiles.ts';

/** A member as federation.yaml names it: its id and where it is published. */
export interface MapMember {
  id: string;
  /** where the member is published, with a trailing slash: '/m/<id>/' on the portal's host, or https://… */
  url: string;
}

function validPosition(coordinates: unknown): coordinates is [number, number] {
  if (!Array.isArray(coordinates) || coordinates.length < 2) return false;
  const [lng, lat] = coordinates as [unknown, unknown];
  return typeof lng === 'number' && typeof lat === 'number' && Math.abs(lng) <= 180 && Math.abs(lat) <= 90;
}

/**
 * The member's located resources as tile points. Returns the points and how many features were
 * left out (no id, no position, a position off the globe) so the portal's report can say so.
 */
export function memberPoints(
  member: MapMember,
  manifest: Pick<SiteManifest, 'links'>,
  mapData: FeatureCollection<PointFeature>,
): { points: FederationPoint[]; skipped: number } {
  const points: FederationPoint[] = [];
  let skipped = 0;
  for (const feature of mapData.features ?? []) {
    const properties = feature?.properties;
    const coordinates = feature?.geometry?.coordinates;
    if (typeof properties?.id !== 'string' || !validPosition(coordinates)) {
      skipped++;
      continue;
    }
    points.push({
      id: properties.id,
      name: String(properties.n ?? properties.id),
      category: String(properties.c ?? ''),
      memberId: member.id,
      url: memberHref(member, fillLink(manifest.links.resource, { id: properties.id })),
      lng: coordinates[0],
      lat: coordinates[1],
    });
  }
  return { points, skipped };
}

/** The member's municipal boundary for the boundary tiles (the choropleth's outline, portal-model.ts). */
export function memberBoundary(
  member: MapMember,
  manifest: Pick<SiteManifest, 'areas' | 'municipality'>,
): MemberBoundary | undefined {
  const boundary = municipalBoundary(manifest as SiteManifest);
  return boundary && { memberId: member.id, name: manifest.municipality.name, boundary };
}
