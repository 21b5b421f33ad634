/**
 * The finder's step 2 in the browser: 町名 search (town-index.ts), 現在地 (point in a 地区's
 * boundary, else the nearest), and the 「専門職の方」 choice carried to the answer page as ?pro=1.
 * Only runs on pages with [data-finder-search]; areas.json is fetched when first needed.
 */
import { areaAtPoint, type FinderData } from '../../lib/finder/finder-data.ts';
import { buildTownIndex, lookupTown } from '../../lib/areas/town-index.ts';
import { areaHref, href } from '../../lib/site/paths.ts';

let data: Promise<FinderData> | undefined;
const loadData = () =>
  (data ??= fetch(href('/windows/areas.json')).then((response) => response.json() as Promise<FinderData>));

/** What the parts of one finder box share. */
interface Finder {
  input: HTMLInputElement;
  /** The answer page for an area: the topic's answer (with ?pro=1 when 専門職 is chosen), else the area's page. */
  answerUrl(areaId: string): string;
  /** A message under the box, with links to choose from. */
  say(text: string, links?: { href: string; text: string }[]): void;
  clear(): void;
}

function setUp(root: HTMLElement) {
  const form = root.querySelector<HTMLFormElement>('[data-finder-form]')!;
  const results = root.querySelector<HTMLElement>('[data-finder-results]')!;
  const locate = root.querySelector<HTMLButtonElement>('[data-finder-locate]')!;
  const pro = root.querySelector<HTMLInputElement>('[data-finder-pro]');
  root.hidden = false;

  const topic = root.dataset.topic;
  const professional = () => pro?.checked ?? false;
  const finder: Finder = {
    input: form.querySelector<HTMLInputElement>('input')!,
    answerUrl: (areaId) =>
      `${topic ? href(`/windows/${topic}/${areaId}/`) : areaHref(areaId)}${professional() && topic ? '?pro=1' : ''}`,
    say: (text, links = []) => results.replaceChildren(...messageNodes(text, links)),
    clear: () => results.replaceChildren(),
  };
  if (pro) followProChoice(pro);

  let timer: ReturnType<typeof setTimeout> | undefined;
  finder.input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => searchTown(finder, false), 250);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    searchTown(finder, true);
  });

  if (!('geolocation' in navigator)) locate.hidden = true;
  locate.addEventListener('click', () => locateArea(finder));
}

/** Links to answers elsewhere on the page follow the 専門職 choice too. */
function followProChoice(pro: HTMLInputElement): void {
  pro.checked = new URLSearchParams(location.search).has('pro');
  const syncLinks = () => {
    for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-answer-link]')) {
      const url = new URL(link.href);
      if (pro.checked) url.searchParams.set('pro', '1');
      else url.searchParams.delete('pro');
      link.href = url.href;
    }
  };
  pro.addEventListener('change', syncLinks);
  syncLinks();
}

function messageNodes(text: string, links: { href: string; text: string }[]): Node[] {
  const nodes: Node[] = [];
  const message = document.createElement('p');
  message.textContent = text;
  nodes.push(message);
  if (links.length) {
    const list = document.createElement('ul');
    list.className = 'finder-results';
    for (const { href, text: label } of links) {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = href;
      link.textContent = label;
      item.append(link);
      list.append(item);
    }
    nodes.push(list);
  }
  return nodes;
}

/** The 町名 typed: the areas it may be in; with `go` and one exact match, straight to its answer. */
async function searchTown(finder: Finder, go: boolean): Promise<void> {
  const query = finder.input.value.trim();
  if (!query) {
    finder.clear();
    return;
  }
  const { areas, municipality } = await loadData();
  const matches = lookupTown(query, buildTownIndex(areas), areas, municipality);
  const name = (id: string) => areas.find((area) => area.id === id)?.name ?? id;
  if (matches.length === 0) {
    finder.say(`「${query}」に当てはまる町名が見つかりませんでした。下の一覧から選んでください。`);
    return;
  }
  const exact = matches.filter((match) => match.exact);
  if (go && exact.length === 1) {
    location.href = finder.answerUrl(exact[0].areaId);
    return;
  }
  finder.say(
    exact.length === 1 ? `${exact[0].label}は${name(exact[0].areaId)}です。` : '当てはまる地域を選んでください。',
    matches.map((match) => ({ href: finder.answerUrl(match.areaId), text: `${name(match.areaId)}（${match.label}）` })),
  );
}

/** Only on a tap: the browser asks the person first, and the position stays here. */
function locateArea(finder: Finder): void {
  finder.say('現在地を調べています…');
  navigator.geolocation.getCurrentPosition(
    async (position) => {
      const { areas } = await loadData();
      const found = areaAtPoint(areas, [position.coords.longitude, position.coords.latitude]);
      if (!found) {
        finder.say('現在地から地域がわかりませんでした。町名を入力するか、下の一覧から選んでください。');
        return;
      }
      const area = areas.find((candidate) => candidate.id === found.areaId)!;
      const text =
        found.how === 'inside'
          ? `現在地は${area.name}です。`
          : `現在地から一番近いのは${area.name}です（区域の外にいるようです）。`;
      finder.say(text, [{ href: finder.answerUrl(area.id), text: `${area.name}の窓口を見る` }]);
      if (found.how === 'inside') location.href = finder.answerUrl(area.id);
    },
    () => finder.say('現在地を使えませんでした。町名を入力するか、下の一覧から選んでください。'),
    { enableHighAccuracy: false, timeout: 15_000, maximumAge: 300_000 },
  );
}

for (const root of document.querySelectorAll<HTMLElement>('[data-finder-search]')) setUp(root);

// On an answer page: ?pro=1 opens the professional section.
const proSection = document.querySelector<HTMLDetailsElement>('details[data-professional]');
if (proSection && new URLSearchParams(location.search).has('pro')) proSection.open = true;
