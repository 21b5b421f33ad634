/**
 * The long lists of resources (all, by category, by 対象者, by 利用できる人) and how they are cut
 * into pages. A town's lists stay one page; a prefecture's would be megabytes of HTML on one
 * page, so above LIST_PAGE_SIZE they continue on /…/2/, /…/3/ with plain links (no JavaScript).
 */
import type { ResourceView, SiteModel } from '../model/model.ts';

/** Resources per list page. The bundled sample (147 resources) never needs a second page. */
export const LIST_PAGE_SIZE = 200;

export const LIST_KINDS = ['all', 'category', 'target', 'audience'] as const;
export type ListKind = (typeof LIST_KINDS)[number];

const cache = new WeakMap<object, Map<string, ResourceView[]>>();

/**
 * The resources of a list in display order. Lists shown grouped by category (all, target,
 * audience) come category by category (the order of categories.yaml), each in よみがな order,
 * so that a page cut from them shows whole runs of a category.
 */
export function resourceList(model: SiteModel, kind: ListKind, key = ''): ResourceView[] {
  let lists = cache.get(model);
  if (!lists) cache.set(model, (lists = new Map()));
  const id = `${kind}:${key}`;
  let items = lists.get(id);
  if (!items) {
    if (kind === 'category') items = model.resourcesOfCategory(key);
    else {
      const chosen =
        kind === 'all'
          ? model.resources
          : kind === 'target'
            ? model.resources.filter(
                (resource) => resource.targets?.includes(key as never) || resource.targets?.includes('anyone'),
              )
            : model.resources.filter((resource) => resource.audience.includes(key as never));
      const rank = new Map(model.categories.map((category, index) => [category.id, index]));
      // Array.prototype.sort is stable: the よみがな order stays within a category.
      items = [...chosen].sort((a, b) => (rank.get(a.category) ?? 0) - (rank.get(b.category) ?? 0));
    }
    lists.set(id, items);
  }
  return items;
}

export interface ListPage<T> {
  items: T[];
  /** 1-based. */
  page: number;
  pages: number;
  total: number;
  /** 1-based positions of the first and last item on the page (0 when empty). */
  from: number;
  to: number;
}

export function pageCount(total: number, size = LIST_PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}

/** One page of a list; page 1 of an empty list is an empty page. */
export function listPage<T>(items: readonly T[], page: number, size = LIST_PAGE_SIZE): ListPage<T> {
  const pages = pageCount(items.length, size);
  if (!Number.isInteger(page) || page < 1 || page > pages) throw new RangeError(`page ${page} of ${pages}`);
  const start = (page - 1) * size;
  const slice = items.slice(start, start + size);
  return {
    items: slice,
    page,
    pages,
    total: items.length,
    from: slice.length ? start + 1 : 0,
    to: start + slice.length,
  };
}

/** Path of a list page (before the base path): page 1 is the list's own page. */
export function listPagePath(kind: ListKind, key: string, page: number): string {
  const first = kind === 'all' ? '/resources/' : `/resources/${kind}/${key}/`;
  if (page <= 1) return first;
  return kind === 'all' ? `/resources/page/${page}/` : `${first}${page}/`;
}
