/** /finder/<member>/areas.json: the member's areas, towns and boundaries, as its own finder reads them. */
import { getPortal } from '../../../../lib/federation/portal.ts';
import { memberFinderData } from '../../../../lib/federation/portal-finder-data.ts';
import type { PortalMember } from '../../../../lib/federation/members.ts';

export function getStaticPaths() {
  return getPortal().members.map((member) => ({ params: { member: member.id }, props: { member } }));
}

export const GET = ({ props }: { props: { member: PortalMember } }) =>
  new Response(JSON.stringify(memberFinderData(props.member.manifest)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
