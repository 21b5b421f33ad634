/**
 * The small JSON files the portal's finder reads in the browser: the members with their boxes
 * (to know whose area a position is in) and, per member, the areas as the member's own finder
 * has them (src/lib/finder/finder-data.ts).
 */
import { finderAreas, type FinderData } from '../finder/finder-data.ts';
import type { FinderMember } from './member-at-point.ts';
import { memberModel } from './member-finder.ts';
import { municipalBoundary } from './portal-model.ts';
import type { SiteManifest } from './manifest-schema.ts';
import type { PortalMember } from './members.ts';

export function finderMembers(members: readonly PortalMember[]): FinderMember[] {
  return members.map((member) => ({
    id: member.id,
    name: member.name,
    bbox: member.manifest.bbox,
    boundary: municipalBoundary(member.manifest),
  }));
}

export function memberFinderData(manifest: SiteManifest): FinderData {
  return finderAreas(memberModel(manifest));
}
