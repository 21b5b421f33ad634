/**
 * What the portal's search page needs to know of each member to search it: where its Pagefind
 * index is, where its pages are, and the names of the municipality (which only rank a result,
 * like 相談). The merged search itself runs in the browser (src/scripts/federation/portal-search.ts)
 * on the members' own indexes; the portal builds no index of its own, only the router that says
 * which members can answer a query (search-router.ts).
 */
import { townWords } from '../search/search-terms.ts';
import type { PortalMember } from './members.ts';
import { memberHref } from './portal-model.ts';

export interface SearchMember {
  id: string;
  name: string;
  /** Where the member is published (its pages' prefix), e.g. /m/keyaki/. */
  url: string;
  /** Its first Pagefind index folder, e.g. /m/keyaki/pagefind/ (merge.json there lists the others). */
  index: string;
}

/**
 * The members as the search page's script reads them, the town words of all of them, and where the
 * portal's search router is (search-router.ts).
 */
export function searchMembers(
  members: readonly PortalMember[],
  router: string,
): { members: SearchMember[]; townWords: string[]; router: string } {
  return {
    router,
    members: members.map((member) => ({
      id: member.id,
      name: member.name,
      url: member.url,
      index: memberHref(member, member.manifest.links.searchIndex),
    })),
    townWords: [...new Set(members.flatMap((member) => townWords({ name: member.name })))],
  };
}

/** The member a result's URL belongs to: the one whose published URL is its longest prefix. */
export function memberOfUrl<T extends { url: string }>(url: string, members: readonly T[]): T | undefined {
  let best: T | undefined;
  for (const member of members) {
    if (url.startsWith(member.url) && (!best || member.url.length > best.url.length)) best = member;
  }
  return best;
}
