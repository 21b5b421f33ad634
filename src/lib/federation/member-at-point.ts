/**
 * Which member a position lies in, for 現在地 in the portal's finder. Runs in the browser, so it
 * depends on the plane geometry only.
 */
import { contains, type Boundary, type LngLat } from '../map/geo.ts';

export interface FinderMember {
  id: string;
  name: string;
  bbox?: [number, number, number, number];
  boundary?: Boundary;
}

/** The member a position lies in: inside its outline, else inside its box; undefined when none. */
export function memberAtPoint(members: readonly FinderMember[], point: LngLat): FinderMember | undefined {
  const [lng, lat] = point;
  const inBox = members.filter(
    (member) =>
      member.bbox && lng >= member.bbox[0] && lng <= member.bbox[2] && lat >= member.bbox[1] && lat <= member.bbox[3],
  );
  return inBox.find((member) => member.boundary && contains(member.boundary, point)) ?? inBox[0];
}
