/**
 * The /search/ page in the browser: reads the filters from the URL, runs Pagefind, shows the
 * results and the number of entries behind each filter value, and keeps the URL in step so the
 * search can be bookmarked or sent. Pagefind (its JS and index) is loaded only here, on demand.
 *
 * Two searches run side by side and are merged by score (see src/lib/search/search-terms.ts):
 * the search keys (Japanese folded and spelled in Latin letters, so index and query are split
 * the same way) and the page text as Pagefind reads it (networks and organizations have no keys).
 */
import { FACET_KEYS, pagefindFilters, readFilterState, writeFilterState, type FilterState } from '../../lib/search/facets.ts';
import { mergeByScore, normalizeQuery, queryKeys } from '../../lib/search/search-terms.ts';
import { badgeElements, nameLine, placeAndPhone } from '../resources/card-dom.ts';
import { CARD_LABELS, cardParts, statusOfLabel, type CardInput, type CardKind } from '../../lib/resources/card-model.ts';
import { BASE, href } from '../../lib/site/paths.ts';

interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<{ url: string; meta: Record<string, string> }>;
}
interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  mergeIndex(url: string, options?: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(term: string | null, options?: Record<string, unknown>): Promise<PagefindSearch | null>;
}

const PAGE_SIZE = 20;

let pagefindLoading: Promise<Pagefind> | undefined;

/** Loads Pagefind once. Ranking: no penalty for long documents (a window's says a lot). */
export function loadPagefind(): Promise<Pagefind> {
  pagefindLoading ??= (async () => {
    const url = href('/pagefind/pagefind.js');
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    // The index stores paths from the site root (/resources/…/); baseUrl adds BASE_PATH.
    const options = { ranking: { pageLength: 0 }, baseUrl: BASE };
    await pagefind.options(options);
    // A large site has several indexes (src/integrations/pagefind.ts); search them as one.
    const extra = await fetch(href('/pagefind/merge.json'))
      .then((response) => (response.ok ? (response.json() as Promise<string[]>) : []))
      .catch(() => []);
    for (const folder of extra) await pagefind.mergeIndex(href(folder), options);
    await pagefind.init();
    // Loads the filter index, so every search also reports how many results each filter value has.
    await pagefind.filters();
    return pagefind;
  })();
  return pagefindLoading;
}

export interface SearchOutcome {
  results: PagefindResult[];
  counts: Record<string, Record<string, number>>;
}

/** Runs a search for a filter state (see the header for the strategy). */
export async function runSearch(pagefind: Pagefind, state: FilterState): Promise<SearchOutcome> {
  const filters = pagefindFilters(state);
  const sort = state.sort === 'kana' ? { kana: 'asc' } : {};
  const keys = queryKeys(state.q);
  if (!keys) {
    // Filters only: every entry that passes them.
    const found = await pagefind.search(null, { filters, sort });
    return { results: found?.results ?? [], counts: found?.filters ?? {} };
  }
  const [byKeys, byText] = await Promise.all([
    pagefind.search(keys, { filters, sort }),
    pagefind.search(normalizeQuery(state.q), { filters, sort }),
  ]);
  let keyResults = byKeys?.results ?? [];
  let keyCounts = byKeys?.filters ?? {};
  if (keyResults.length === 0) {
    // A long phrase that is no single term: try its words one by one (all must match).
    const split = queryKeys(state.q, true);
    if (split && split !== keys) {
      const bySplit = await pagefind.search(split, { filters, sort });
      keyResults = bySplit?.results ?? [];
      keyCounts = bySplit?.filters ?? {};
    }
  }
  const textResults = byText?.results ?? [];
  // With よみがな order both lists are already in kana order; keep the keys' list first.
  const results = state.sort === 'kana' ? mergeInOrder(keyResults, textResults) : mergeByScore(keyResults, textResults);
  return { results, counts: maxCounts(keyCounts, byText?.filters ?? {}) };
}

function mergeInOrder(first: PagefindResult[], second: PagefindResult[]): PagefindResult[] {
  const seen = new Set(first.map((result) => result.id));
  return [...first, ...second.filter((result) => !seen.has(result.id))];
}

/** Counts per filter value: the larger of the two searches (nearly always the keys'). */
function maxCounts(...all: Record<string, Record<string, number>>[]): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const counts of all) {
    for (const [key, values] of Object.entries(counts)) {
      out[key] ??= {};
      for (const [value, count] of Object.entries(values)) out[key][value] = Math.max(out[key][value] ?? 0, count);
    }
  }
  return out;
}

// ------------------------------------------------------------------ the page

/** A result as the card model reads it (Pagefind's meta, written by src/lib/search/search-document.ts). */
function resultCard({ url, meta }: { url: string; meta: Record<string, string> }): CardInput {
  return {
    href: url,
    name: meta.title ?? url,
    status: statusOfLabel(meta.status),
    professionalOnly: Boolean(meta.professional),
    kind: resultKind(url, meta),
    category: meta.category,
    where: meta.area,
    address: meta.address,
    phone: meta.phone,
  };
}

function resultKind(url: string, meta: Record<string, string>): CardKind | undefined {
  if (meta.kind === 'area' || meta.kind === 'window') return meta.kind;
  if (url.includes('/networks/')) return 'network';
  if (url.includes('/organizations/')) return 'organization';
  return undefined;
}

function renderResult(data: { url: string; meta: Record<string, string> }): HTMLLIElement {
  const card = cardParts(resultCard(data));
  const item = document.createElement('li');
  item.className = 'card search-result';
  const line = document.createElement('p');
  line.className = 'meta';
  line.append(...badgeElements(card.badges), card.meta);
  item.append(nameLine('h2', card), line, ...placeAndPhone(card));
  if (data.meta.professional) {
    const note = document.createElement('p');
    note.className = 'muted';
    note.textContent = CARD_LABELS.professionalNote;
    item.append(note);
  }
  return item;
}

function describe(state: FilterState, total: number): string {
  const what = state.q ? `「${state.q}」の検索結果` : '絞り込みの結果';
  if (total === 0) {
    return `${what}：見つかりませんでした。言葉を短くする、ひらがなで入れる、絞り込みを外す、などを試してください。`;
  }
  return `${what}：${total}件${state.sort === 'kana' ? '（よみがな順）' : ''}`;
}

/** Wires up the /search/ page. */
export function startSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-form]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const list = document.querySelector<HTMLOListElement>('[data-search-results]');
  const more = document.querySelector<HTMLButtonElement>('[data-search-more]');
  if (!form || !status || !list || !more) return;
  document.querySelector('[data-search-nojs]')?.setAttribute('hidden', '');

  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const active = form.querySelector<HTMLInputElement>('input[name="active"]')!;
  const sort = form.querySelector<HTMLSelectElement>('select[name="sort"]')!;
  const selects = new Map(FACET_KEYS.map((key) => [key, form.querySelector<HTMLSelectElement>(`select[name="${key}"]`)!]));
  const mapLink = document.querySelector<HTMLAnchorElement>('[data-map-link]');

  let shown: PagefindResult[] = [];
  let offset = 0;
  let generation = 0;

  const fill = (state: FilterState) => {
    input.value = state.q;
    for (const [key, select] of selects) select.value = state.facets[key] ?? '';
    active.checked = state.active;
    sort.value = state.sort === 'kana' ? 'kana' : '';
    if (Object.keys(state.facets).length > 0 || state.active || state.sort === 'kana') {
      form.querySelector('details')?.setAttribute('open', '');
    }
  };
  const read = (): FilterState => readFilterState(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));

  const showCounts = (counts: Record<string, Record<string, number>>) => {
    for (const [key, select] of selects) {
      for (const option of select.options) {
        if (!option.value) continue;
        const label = option.dataset.label ?? option.value;
        const count = counts[key]?.[option.value];
        option.textContent = count === undefined ? label : `${label}（${count}件）`;
      }
    }
  };

  const showMore = async () => {
    const mine = generation;
    const page = shown.slice(offset, offset + PAGE_SIZE);
    const data = await Promise.all(page.map((result) => result.data()));
    if (mine !== generation) return;
    list.append(...data.map(renderResult));
    offset += page.length;
    more.hidden = offset >= shown.length;
  };

  const search = async (state: FilterState) => {
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
      const pagefind = await loadPagefind();
      const outcome = await runSearch(pagefind, state);
      if (mine !== generation) return;
      shown = outcome.results;
      offset = 0;
      list.replaceChildren();
      showCounts(outcome.counts);
      await showMore();
      if (mine !== generation) return;
      // Announced once the results are on the page.
      status.textContent = describe(state, shown.length);
    } catch {
      if (mine !== generation) return;
      status.textContent = '検索の準備ができませんでした。時間をおいてもう一度お試しいただくか、一覧から探してください。';
    }
  };

  const submit = (replace: boolean) => {
    const state = read();
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
    if (event.target !== input) submit(true);
  });
  more.addEventListener('click', () => void showMore());
  window.addEventListener('popstate', () => {
    const state = readFilterState(new URLSearchParams(location.search));
    fill(state);
    void search(state);
  });

  const initial = readFilterState(new URLSearchParams(location.search));
  fill(initial);
  void search(initial);
}
