/**
 * The /search/ page in the browser: reads the filters from the URL, runs Pagefind, shows the
 * results and the number of entries behind each filter value, and keeps the URL in step so the
 * search can be bookmarked or sent. Pagefind (its JS and index) is loaded only here, on demand
 * (pagefind-search.ts); the form is search-form.ts, a result's card search-result.ts.
 */
import { readFilterState, writeFilterState, type FilterState } from '../../lib/search/facets.ts';
import { href } from '../../lib/site/paths.ts';
import {
  loadFilterCounts,
  loadSearchIndex,
  NothingSavedError,
  runSearch,
  type PagefindResult,
} from './pagefind-search.ts';
import { searchForm, type SearchForm } from './search-form.ts';
import { renderResult } from './search-result.ts';

const PAGE_SIZE = 20;

interface SearchPage {
  filters: SearchForm;
  status: HTMLElement;
  /** What an offline search covers (only the saved areas), shown above the status. */
  offline: HTMLElement | null;
  list: HTMLOListElement;
  more: HTMLButtonElement;
  mapLink: HTMLAnchorElement | null;
  /** The filters; their counts (the filter index) are loaded only once it is open. */
  details: HTMLDetailsElement | null;
  /** The town's own names, which only rank (src/lib/search/search-terms.ts townWords). */
  townWords: string[];
}

/** Wires up the /search/ page. */
export function startSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-form]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const list = document.querySelector<HTMLOListElement>('[data-search-results]');
  const more = document.querySelector<HTMLButtonElement>('[data-search-more]');
  if (!form || !status || !list || !more) return;
  document.querySelector('[data-search-nojs]')?.setAttribute('hidden', '');
  const filters = searchForm(form);
  const mapLink = document.querySelector<HTMLAnchorElement>('[data-map-link]');
  const details = form.querySelector<HTMLDetailsElement>('[data-search-filters]');
  const townWords = JSON.parse(form.dataset.townWords ?? '[]') as string[];
  const offline = document.querySelector<HTMLElement>('[data-search-offline]');
  const search = resultsOf({
    filters,
    status,
    offline,
    list,
    more,
    mapLink,
    details,
    townWords,
  });

  const submit = (replace: boolean) => {
    const state = filters.read();
    const url = `${location.pathname}${writeFilterState(state)}`;
    if (replace) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
    void search(state);
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submit(false);
  });
  form.addEventListener('change', (event) => {
    if (event.target !== filters.input) submit(true);
  });
  const fromUrl = () => {
    const state = readFilterState(new URLSearchParams(location.search));
    filters.show(state);
    void search(state);
  };
  window.addEventListener('popstate', fromUrl);
  fromUrl();
  // The counts beside the filter values load when the filters are first shown.
  details?.addEventListener('toggle', () => {
    if (details.open) void search(filters.read());
  });
}

/**
 * The results list: a search for a state fills it with the first PAGE_SIZE results, 「さらに表示する」
 * adds the next ones. A newer search wins over one still running.
 */
function resultsOf(page: SearchPage): (state: FilterState) => Promise<void> {
  const { filters, status, offline, list, more, mapLink, details, townWords } = page;
  let shown: PagefindResult[] = [];
  let offset = 0;
  let generation = 0;

  const showMore = async () => {
    const mine = generation;
    const next = shown.slice(offset, offset + PAGE_SIZE);
    const data = await Promise.all(next.map((result) => result.data()));
    if (mine !== generation) return;
    list.append(...data.map(renderResult));
    offset += next.length;
    more.hidden = offset >= shown.length;
  };
  more.addEventListener('click', () => void showMore());

  return async (state: FilterState) => {
    const mine = ++generation;
    if (mapLink) mapLink.href = `${href('/map/')}${writeFilterState({ ...state, q: '' })}`;
    if (!state.q && Object.keys(state.facets).length === 0) {
      list.replaceChildren();
      more.hidden = true;
      status.textContent = '';
      return;
    }
    status.textContent = '検索しています…';
    try {
      const { pagefind, savedAreas } = await loadSearchIndex();
      showScope(offline, savedAreas);
      if (details?.open) await loadFilterCounts(pagefind);
      const outcome = await runSearch(pagefind, state, townWords);
      if (mine !== generation) return;
      shown = outcome.results;
      offset = 0;
      list.replaceChildren();
      filters.showCounts(outcome.counts);
      await showMore();
      if (mine !== generation) return;
      // Announced once the results are on the page.
      status.textContent = describe(state, shown.length);
    } catch (error) {
      if (mine !== generation) return;
      showScope(offline, undefined);
      status.textContent =
        error instanceof NothingSavedError
          ? 'インターネットにつながっていないため、検索できません。地域のページで「この地域を端末に保存」を押しておくと、つながらない所でもその地域の中を検索できます。'
          : '検索の準備ができませんでした。時間をおいてもう一度お試しいただくか、一覧から探してください。';
    }
  };
}

/** Offline, says plainly that only the saved areas are searched. */
function showScope(offline: HTMLElement | null, savedAreas: string[] | undefined): void {
  if (!offline) return;
  offline.hidden = !savedAreas;
  offline.textContent = savedAreas
    ? `インターネットにつながっていないため、この端末に保存した地域（${savedAreas.join('、')}）の中だけを検索しています。` +
      'ほかの地域の資源はこの端末にないため、結果に出ません。'
    : '';
}

function describe(state: FilterState, total: number): string {
  const what = state.q ? `「${state.q}」の検索結果` : '絞り込みの結果';
  if (total === 0) {
    return `${what}：見つかりませんでした。言葉を短くする、ひらがなで入れる、絞り込みを外す、などを試してください。`;
  }
  return `${what}：${total}件${state.sort === 'kana' ? '（よみがな順）' : ''}`;
}
