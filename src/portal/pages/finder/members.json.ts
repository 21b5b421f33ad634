/** /finder/members.json: each member's id, name and box, for 現在地 in the portal's finder (src/scripts/federation/). */
import { getPortal } from '../../../lib/federation/portal.ts';
import { finderMembers } from '../../../lib/federation/portal-finder-data.ts';

export const GET = () =>
  new Response(JSON.stringify(finderMembers(getPortal().members)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
