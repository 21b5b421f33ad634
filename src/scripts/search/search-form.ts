/**
 * The filter form of /search/: it shows a filter state (from the URL, or going back in history),
 * reads the state the visitor chose, and writes next to each filter value how many results it has.
 */
import { FACET_KEYS, readFilterState, type FilterState } from '../../lib/search/facets.ts';

export interface SearchForm {
  form: HTMLFormElement;
  /** The words typed (typing alone does not search; 検索 or Enter does). */
  input: HTMLInputElement;
  show(state: FilterState): void;
  read(): FilterState;
  showCounts(counts: Record<string, Record<string, number>>): void;
}

export function searchForm(form: HTMLFormElement): SearchForm {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const active = form.querySelector<HTMLInputElement>('input[name="active"]')!;
  const sort = form.querySelector<HTMLSelectElement>('select[name="sort"]')!;
  const select = (key: string) => form.querySelector<HTMLSelectElement>(`select[name="${key}"]`)!;
  const selects = new Map(FACET_KEYS.map((key) => [key, select(key)]));
  const show = (state: FilterState) => {
    input.value = state.q;
    for (const [key, select] of selects) select.value = state.facets[key] ?? '';
    active.checked = state.active;
    sort.value = state.sort === 'kana' ? 'kana' : '';
    if (Object.keys(state.facets).length > 0 || state.active || state.sort === 'kana') {
      form.querySelector('details')?.setAttribute('open', '');
    }
  };
  const read = (): FilterState =>
    readFilterState(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));
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
  return { form, input, show, read, showCounts };
}
