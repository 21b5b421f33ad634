/**
 * The portal's search page in the browser: the members' own Pagefind indexes merged into one
 * search (Pagefind multisite, `mergeIndex`), each with the same ranking (PAGEFIND_RANKING: a
 * merged index does not take the first one's, pagefind#796) and its results' URLs under the
 * member's published URL, so every result links to the member's page and says which municipality
 * it is from. The query is read as on a member's own /search/ page (runSearch: search keys, consult
 * words that only rank; the municipalities' names only rank too).
 *
 * Only the members that can have results are merged (the portal's search router, search-router.ts),
 * and of those only as many, in the portal's order, as fill the page shown: the others when
 * 「さらに表示する」 needs them. A query no member can answer loads no Pagefind at all.
 */
import { memberOfUrl, type SearchMember } from '../../lib/federation/portal-search.ts';
import { PAGEFIND_RANKING } from '../../lib/search/search-terms.ts';
import { cardParts } from '../../lib/resources/card-model.ts';
import { nameLine, placeAndPhone, badgeElements } from '../resources/card-dom.ts';
import { queryTerms } from '../../lib/search/query-plan.ts';
import { runSearch, type Pagefind, type PagefindResult, type ResultData } from '../search/pagefind-search.ts';
import { loadSearchRouter, type SearchRouter } from './search-router.ts';

const PAGE_SIZE = 20;
/** Members merged at a time while a page is being filled. */
const MERGE_BATCH = 2;

/** A member's index folders: its first, and those its merge.json lists (a large member has several). */
async function indexFolders(member: SearchMember): Promise<string[]> {
  const extra = await fetch(`${member.index}merge.json`)
    .then((response) => (response.ok ? (response.json() as Promise<string[]>) : []))
    .catch(() => []);
  return [member.index, ...extra.map((folder) => `${member.url}${folder.replace(/^\/+/, '')}`)];
}

/** Pagefind with members merged into it on demand; the first member merged brings Pagefind itself. */
function mergedSearch() {
  let pagefind: Promise<Pagefind> | undefined;
  const merged = new Map<string, Promise<void>>();
  const options = (member: SearchMember) => ({ ranking: PAGEFIND_RANKING, baseUrl: member.url, noWorker: true });
  const load = async (member: SearchMember) => {
    const module = (await import(/* @vite-ignore */ `${member.index}pagefind.js`)) as Pagefind;
    await module.options(options(member));
    await module.init();
    return module;
  };
  const merge = (member: SearchMember) => {
    if (!merged.has(member.id)) {
      const primary = !pagefind;
      if (primary) pagefind = load(member);
      const loading = pagefind!;
      merged.set(
        member.id,
        (async () => {
          const [loaded, folders] = await Promise.all([loading, indexFolders(member)]);
          for (const folder of primary ? folders.slice(1) : folders) await loaded.mergeIndex(folder, options(member));
        })(),
      );
    }
    return merged.get(member.id)!;
  };
  return {
    has: (member: SearchMember) => merged.has(member.id),
    /** Merges the members not merged yet and gives Pagefind. */
    async with(members: readonly SearchMember[]): Promise<Pagefind> {
      for (const member of members) await merge(member);
      return pagefind!;
    },
  };
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

interface PageData {
  members: SearchMember[];
  townWords: string[];
  /** The search router's folder on the portal. */
  router: string;
}

/** The members that can answer `q`: all of them when the router cannot be read (nothing is lost). */
async function candidatesFor(router: Promise<SearchRouter>, data: PageData, q: string): Promise<SearchMember[]> {
  try {
    const ids = new Set(await (await router).candidates(queryTerms(q, data.townWords)));
    return data.members.filter((member) => ids.has(member.id));
  } catch {
    return data.members;
  }
}

/** Wires up the portal's /search/ page. */
export function startPortalSearch(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const data = JSON.parse(root.dataset.members ?? '{}') as PageData;
  root.querySelector('[data-search-nojs]')?.setAttribute('hidden', '');
  form.hidden = false;
  let router: Promise<SearchRouter> | undefined;
  const search = mergedSearch();
  let generation = 0;
  let current: QuerySession | undefined;

  const run = async (q: string) => {
    const mine = ++generation;
    list.replaceChildren();
    more.hidden = true;
    current = undefined;
    if (!q.trim()) return void (status.textContent = '');
    status.textContent = '検索しています…';
    try {
      router ??= loadSearchRouter(data.router);
      const candidates = await candidatesFor(router, data, q);
      if (mine !== generation) return;
      current = new QuerySession(q, candidates, data, search);
      await showMore(mine);
    } catch {
      if (mine === generation)
        status.textContent = '検索の準備ができませんでした。市区町村ごとのサイトで検索してください。';
    }
  };
  const showMore = async (mine: number) => {
    const session = current!;
    const page = await session.nextPage(() => mine !== generation);
    if (mine !== generation) return;
    list.append(...page.map((entry) => renderResult(entry, memberOfUrl(entry.url, data.members))));
    more.hidden = !session.hasMore();
    status.textContent = session.summary();
  };
  more.addEventListener('click', () => void showMore(generation));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    history.pushState(null, '', `?q=${encodeURIComponent(input.value)}`);
    void run(input.value);
  });
  const fromUrl = () => {
    input.value = new URLSearchParams(location.search).get('q') ?? '';
    void run(input.value);
  };
  window.addEventListener('popstate', fromUrl);
  fromUrl();
}

/**
 * One query's results, page by page: the candidates merged a few at a time until a page is full,
 * results already shown skipped when a later merge ranks the list anew.
 */
class QuerySession {
  private results: PagefindResult[] = [];
  private next = 0;
  private merged = 0;
  private readonly shown = new Set<string>();

  constructor(
    private readonly q: string,
    private readonly candidates: SearchMember[],
    private readonly data: PageData,
    private readonly search: ReturnType<typeof mergedSearch>,
  ) {}

  hasMore(): boolean {
    return this.next < this.results.length || this.merged < this.candidates.length;
  }

  /** Merges the next few candidates and searches again. */
  private async mergeMore(): Promise<void> {
    let until = this.merged;
    // members merged for an earlier query come along at no cost
    while (
      until < this.candidates.length &&
      (until < this.merged + MERGE_BATCH || this.search.has(this.candidates[until]!))
    )
      until++;
    const pagefind = await this.search.with(this.candidates.slice(0, until));
    this.merged = until;
    const outcome = await runSearch(
      pagefind,
      { q: this.q, facets: {}, active: false, sort: 'relevance' },
      this.data.townWords,
    );
    this.results = outcome.results;
    this.next = 0;
  }

  /** Up to PAGE_SIZE results not shown yet. */
  async nextPage(stale: () => boolean): Promise<ResultData[]> {
    const page: ResultData[] = [];
    while (page.length < PAGE_SIZE && !stale()) {
      if (this.next >= this.results.length) {
        if (this.merged >= this.candidates.length) break;
        await this.mergeMore();
        continue;
      }
      const slice = this.results.slice(this.next, this.next + PAGE_SIZE - page.length);
      this.next += slice.length;
      for (const entry of await Promise.all(slice.map((result) => result.data()))) {
        if (this.shown.has(entry.url)) continue;
        this.shown.add(entry.url);
        page.push(entry);
      }
    }
    return page;
  }

  summary(): string {
    const { q, candidates } = this;
    if (this.shown.size === 0 && !this.hasMore())
      return `「${q}」の検索結果：見つかりませんでした。言葉を短くする、ひらがなで入れる、などを試してください。`;
    if (this.merged >= candidates.length)
      return `「${q}」の検索結果：${this.results.length}件（${this.data.members.length}市区町村から）`;
    return (
      `「${q}」の検索結果：${this.results.length}件以上（見つかりそうな${candidates.length}市区町村のうち` +
      `${this.merged}を検索。「さらに表示する」で残りも探します）`
    );
  }
}
