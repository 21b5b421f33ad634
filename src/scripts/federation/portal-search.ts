/**
 * The portal's search page in the browser: the members' own Pagefind indexes merged into one
 * search (Pagefind multisite, `mergeIndex`), each with the same ranking (PAGEFIND_RANKING: a
 * merged index does not take the first one's, pagefind#796) and its results' URLs under the
 * member's published URL, so every result links to the member's page and says which municipality
 * it is from. Loaded only on this page, and Pagefind only at the first query. The query is read as
 * on a member's own /search/ page (runSearch: search keys, consult words that only rank; the
 * municipalities' names only rank too).
 */
import { memberOfUrl, type SearchMember } from '../../lib/federation/portal-search.ts';
import { PAGEFIND_RANKING } from '../../lib/search/search-terms.ts';
import { cardParts } from '../../lib/resources/card-model.ts';
import { nameLine, placeAndPhone, badgeElements } from '../resources/card-dom.ts';
import { runSearch, type Pagefind, type PagefindResult, type ResultData } from '../search/pagefind-search.ts';

const PAGE_SIZE = 20;

/** A member's index folders: its first, and those its merge.json lists (a large member has several). */
async function indexFolders(member: SearchMember): Promise<string[]> {
  const extra = await fetch(`${member.index}merge.json`)
    .then((response) => (response.ok ? (response.json() as Promise<string[]>) : []))
    .catch(() => []);
  return [member.index, ...extra.map((folder) => `${member.url}${folder.replace(/^\/+/, '')}`)];
}

let loading: Promise<Pagefind> | undefined;

/** Pagefind from the first member's bundle, with every member's indexes merged in. */
function loadMerged(members: readonly SearchMember[]): Promise<Pagefind> {
  loading ??= (async () => {
    const [first, ...others] = members;
    const pagefind = (await import(/* @vite-ignore */ `${first!.index}pagefind.js`)) as Pagefind;
    const options = (member: SearchMember) => ({ ranking: PAGEFIND_RANKING, baseUrl: member.url, noWorker: true });
    await pagefind.options(options(first!));
    const [, ...firstExtra] = await indexFolders(first!);
    for (const folder of firstExtra) await pagefind.mergeIndex(folder, options(first!));
    for (const member of others) {
      for (const folder of await indexFolders(member)) await pagefind.mergeIndex(folder, options(member));
    }
    await pagefind.init();
    return pagefind;
  })();
  return loading;
}

/** A result as a card, with the municipality it comes from before its 種類・地域. */
function renderResult(data: ResultData, member: SearchMember | undefined): HTMLLIElement {
  const { meta, url } = data;
  const card = cardParts({
    href: url,
    name: meta.title ?? url,
    kind: meta.kind === 'area' || meta.kind === 'window' ? meta.kind : undefined,
    category: meta.category,
    where: meta.area,
    address: meta.address,
    phone: meta.phone,
    professionalOnly: Boolean(meta.professional),
  });
  const item = document.createElement('li');
  item.className = 'card search-result';
  const line = document.createElement('p');
  line.className = 'meta';
  const town = document.createElement('strong');
  town.className = 'portal-member';
  town.textContent = member?.name ?? '';
  line.append(town, ' ', ...badgeElements(card.badges), card.meta);
  item.append(nameLine('h2', card), line, ...placeAndPhone(card));
  return item;
}

/** Wires up the portal's /search/ page. */
export function startPortalSearch(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const { members, townWords } = JSON.parse(root.dataset.members ?? '{}') as {
    members: SearchMember[];
    townWords: string[];
  };
  root.querySelector('[data-search-nojs]')?.setAttribute('hidden', '');
  form.hidden = false;
  let shown: PagefindResult[] = [];
  let offset = 0;
  let generation = 0;

  const showMore = async () => {
    const mine = generation;
    const next = shown.slice(offset, offset + PAGE_SIZE);
    const data = await Promise.all(next.map((result) => result.data()));
    if (mine !== generation) return;
    list.append(...data.map((entry) => renderResult(entry, memberOfUrl(entry.url, members))));
    offset += next.length;
    more.hidden = offset >= shown.length;
  };
  more.addEventListener('click', () => void showMore());

  const search = async (q: string) => {
    const mine = ++generation;
    list.replaceChildren();
    more.hidden = true;
    if (!q.trim()) return void (status.textContent = '');
    status.textContent = '検索しています…';
    try {
      const outcome = await runSearch(
        await loadMerged(members),
        { q, facets: {}, active: false, sort: 'relevance' },
        townWords,
      );
      if (mine !== generation) return;
      shown = outcome.results;
      offset = 0;
      await showMore();
      if (mine !== generation) return;
      status.textContent =
        shown.length === 0
          ? `「${q}」の検索結果：見つかりませんでした。言葉を短くする、ひらがなで入れる、などを試してください。`
          : `「${q}」の検索結果：${shown.length}件（${members.length}市区町村から）`;
    } catch {
      if (mine === generation)
        status.textContent = '検索の準備ができませんでした。市区町村ごとのサイトで検索してください。';
    }
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    history.pushState(null, '', `?q=${encodeURIComponent(input.value)}`);
    void search(input.value);
  });
  const fromUrl = () => {
    input.value = new URLSearchParams(location.search).get('q') ?? '';
    void search(input.value);
  };
  window.addEventListener('popstate', fromUrl);
  fromUrl();
}
