/**
 * The finder's step 2 in the browser: 町名 search (town-index.ts), 現在地 (point in a 地区's
 * boundary, else the nearest), and the 「専門職の方」 choice carried to the answer page as ?pro=1.
 * Only runs on pages with [data-finder-search]; areas.json is fetched when first needed.
 */
import { areaAtPoint, type FinderData } from '../../lib/finder/finder-data.ts';
import { buildTownIndex, lookupTown } from '../../lib/areas/town-index.ts';
import { areaHref, href } from '../../lib/site/paths.ts';
import { finderMessage as say, JA_FINDER_MESSAGES, type FinderMessages } from '../../lib/finder/finder-messages.ts';

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
  /** The page's language's sentences (data-messages on the box; Japanese without it). */
  words: FinderMessages;
}

function messagesOf(root: HTMLElement): FinderMessages {
  try {
    const given = root.dataset.messages;
    return given ? { ...JA_FINDER_MESSAGES, ...(JSON.parse(given) as Partial<FinderMessages>) } : JA_FINDER_MESSAGES;
  } catch {
    return JA_FINDER_MESSAGES;
  }
}

function setUp(root: HTMLElement) {
  const form = root.querySelector<HTMLFormElement>('[data-finder-form]')!;
  const results = root.querySelector<HTMLElement>('[data-finder-results]')!;
  const locate = root.querySelector<HTMLButtonElement>('[data-finder-locate]')!;
  const pro = root.querySelector<HTMLInputElement>('[data-finder-pro]');
  root.hidden = false;

  const topic = root.dataset.topic;
  // A page in another language gives its own /en/… starting points; the Japanese pages need none.
  const windowsBase = root.dataset.windowsBase;
  const areasBase = root.dataset.areasBase;
  const professional = () => pro?.checked ?? false;
  const answerPage = (areaId: string) =>
    topic
      ? windowsBase
        ? `${windowsBase}${topic}/${areaId}/`
        : href(`/windows/${topic}/${areaId}/`)
      : areasBase
        ? `${areasBase}${areaId}/`
        : areaHref(areaId);
  const finder: Finder = {
    input: form.querySelector<HTMLInputElement>('input')!,
    answerUrl: (areaId) => `${answerPage(areaId)}${professional() && topic ? '?pro=1' : ''}`,
    words: messagesOf(root),
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
    finder.say(say(finder.words.noTown, { query }));
    return;
  }
  const exact = matches.filter((match) => match.exact);
  if (go && exact.length === 1) {
    location.href = finder.answerUrl(exact[0].areaId);
    return;
  }
  finder.say(
    exact.length === 1
      ? say(finder.words.townIs, { town: exact[0].label, area: name(exact[0].areaId) })
      : finder.words.pickArea,
    matches.map((match) => ({
      href: finder.answerUrl(match.areaId),
      text: say(finder.words.choice, { area: name(match.areaId), town: match.label }),
    })),
  );
}

/** Only on a tap: the browser asks the person first, and the position stays here. */
function locateArea(finder: Finder): void {
  finder.say(finder.words.locating);
  navigator.geolocation.getCurrentPosition(
    async (position) => {
      const { areas } = await loadData();
      const found = areaAtPoint(areas, [position.coords.longitude, position.coords.latitude]);
      if (!found) {
        finder.say(finder.words.noAreaHere);
        return;
      }
      const area = areas.find((candidate) => candidate.id === found.areaId)!;
      const text = say(found.how === 'inside' ? finder.words.hereIs : finder.words.nearest, { area: area.name });
      finder.say(text, [{ href: finder.answerUrl(area.id), text: say(finder.words.seeWindows, { area: area.name }) }]);
      if (found.how === 'inside') location.href = finder.answerUrl(area.id);
    },
    () => finder.say(finder.words.locateFailed),
    { enableHighAccuracy: false, timeout: 15_000, maximumAge: 300_000 },
  );
}

for (const root of document.querySelectorAll<HTMLElement>('[data-finder-search]')) setUp(root);

// On an answer page: ?pro=1 opens the professional section.
const proSection = document.querySelector<HTMLDetailsElement>('details[data-professional]');
if (proSection && new URLSearchParams(location.search).has('pro')) proSection.open = true;
