/**
 * The portal finder in the browser: a 市区町村 and a 町名 (the member's own 町名 matching,
 * town-index.ts, on its areas.json), or 現在地 (which member, then which 地区: the position never
 * leaves the browser) → the portal's answer page for that 地区. Without JavaScript the same pages
 * are reached through the lists below the box.
 */
import { areaAtPoint, type FinderData } from '../../lib/finder/finder-data.ts';
import { buildTownIndex, lookupTown } from '../../lib/areas/town-index.ts';
import { memberAtPoint, type FinderMember } from '../../lib/federation/member-at-point.ts';
import { href } from '../../lib/site/paths.ts';

const areaData = new Map<string, Promise<FinderData>>();
const loadAreas = (memberId: string) => {
  let data = areaData.get(memberId);
  if (!data) {
    data = fetch(href(`/finder/${memberId}/areas.json`)).then((response) => response.json() as Promise<FinderData>);
    areaData.set(memberId, data);
  }
  return data;
};
let members: Promise<FinderMember[]> | undefined;
const loadMembers = () =>
  (members ??= fetch(href('/finder/members.json')).then((response) => response.json() as Promise<FinderMember[]>));

const answerUrl = (memberId: string, areaId: string) => href(`/finder/${memberId}/${areaId}/`);

function say(results: HTMLElement, text: string, links: { href: string; text: string }[] = []): void {
  const message = document.createElement('p');
  message.textContent = text;
  const nodes: Node[] = [message];
  if (links.length) {
    const list = document.createElement('ul');
    list.className = 'finder-results';
    for (const link of links) {
      const item = document.createElement('li');
      const anchor = document.createElement('a');
      anchor.href = link.href;
      anchor.textContent = link.text;
      item.append(anchor);
      list.append(item);
    }
    nodes.push(list);
  }
  results.replaceChildren(...nodes);
}

async function searchTown(memberId: string, query: string, results: HTMLElement): Promise<void> {
  if (!query) return;
  const { areas, municipality } = await loadAreas(memberId);
  const matches = lookupTown(query, buildTownIndex(areas), areas, municipality);
  const name = (id: string) => areas.find((area) => area.id === id)?.name ?? id;
  if (matches.length === 0) {
    say(
      results,
      `${municipality.name}に「${query}」に当てはまる町名が見つかりませんでした。下の一覧から選んでください。`,
    );
    return;
  }
  const exact = matches.filter((match) => match.exact);
  if (exact.length === 1) {
    location.href = answerUrl(memberId, exact[0].areaId);
    return;
  }
  say(
    results,
    '当てはまる地域を選んでください。',
    matches.map((match) => ({
      href: answerUrl(memberId, match.areaId),
      text: `${name(match.areaId)}（${match.label}）`,
    })),
  );
}

function locate(results: HTMLElement): void {
  say(results, '現在地を調べています…');
  navigator.geolocation.getCurrentPosition(
    async (position) => {
      const point: [number, number] = [position.coords.longitude, position.coords.latitude];
      const member = memberAtPoint(await loadMembers(), point);
      const found = member && areaAtPoint((await loadAreas(member.id)).areas, point);
      if (!member || !found) {
        say(
          results,
          '現在地がどの市区町村かわかりませんでした。市区町村と町名を入れるか、下の一覧から選んでください。',
        );
        return;
      }
      location.href = answerUrl(member.id, found.areaId);
    },
    () => say(results, '現在地を使えませんでした。市区町村と町名を入れるか、下の一覧から選んでください。'),
    { enableHighAccuracy: false, timeout: 15_000, maximumAge: 300_000 },
  );
}

for (const root of document.querySelectorAll<HTMLElement>('[data-portal-finder]')) {
  const form = root.querySelector<HTMLFormElement>('[data-portal-finder-form]')!;
  const results = root.querySelector<HTMLElement>('[data-portal-finder-results]')!;
  const button = root.querySelector<HTMLButtonElement>('[data-portal-finder-locate]')!;
  root.hidden = false;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form);
    void searchTown(String(data.get('member')), String(data.get('town') ?? '').trim(), results);
  });
  if (!('geolocation' in navigator)) button.hidden = true;
  button.addEventListener('click', () => locate(results));
}
