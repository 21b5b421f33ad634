/**
 * The filter form of /map/: it shows the filters of the URL, and a change submits it (a plain
 * GET form), so the page reloads with the new filters and its URL can be bookmarked or sent.
 */
import { FACET_KEYS, type FilterState } from '../../lib/search/facets.ts';

export function showFilters(form: HTMLFormElement, state: FilterState): void {
  for (const key of FACET_KEYS) {
    const select = form.querySelector<HTMLSelectElement>(`select[name="${key}"]`);
    if (select) select.value = state.facets[key] ?? '';
  }
  form.querySelector<HTMLInputElement>('input[name="active"]')!.checked = state.active;
  if (Object.keys(state.facets).length > 0 || state.active) form.querySelector('details')?.setAttribute('open', '');
  form.addEventListener('change', () => form.requestSubmit());
}
