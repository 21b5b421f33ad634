import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadModel } from '../model/load-model.ts';
import type { SiteModel } from '../model/model.ts';
import { LIST_PAGE_SIZE, listPage, listPagePath, pageCount, resourceList } from './resource-lists.ts';

describe('listPage', () => {
  const items = Array.from({ length: 450 }, (_, i) => i + 1);

  it('cuts a list into pages of LIST_PAGE_SIZE, the last one shorter', () => {
    expect(pageCount(450)).toBe(3);
    expect(listPage(items, 1)).toMatchObject({ page: 1, pages: 3, total: 450, from: 1, to: LIST_PAGE_SIZE });
    expect(listPage(items, 1).items[0]).toBe(1);
    const last = listPage(items, 3);
    expect(last).toMatchObject({ from: 401, to: 450 });
    expect(last.items).toHaveLength(50);
    // Every item once, in order.
    expect([1, 2, 3].flatMap((page) => listPage(items, page).items)).toEqual(items);
  });

  it('keeps a short list on one page and an empty list as one empty page', () => {
    expect(pageCount(LIST_PAGE_SIZE)).toBe(1);
    expect(pageCount(LIST_PAGE_SIZE + 1)).toBe(2);
    expect(listPage([1, 2], 1)).toMatchObject({ pages: 1, from: 1, to: 2 });
    expect(listPage([], 1)).toMatchObject({ pages: 1, total: 0, from: 0, to: 0, items: [] });
  });

  it('refuses pages that do not exist', () => {
    expect(() => listPage(items, 0)).toThrow(RangeError);
    expect(() => listPage(items, 4)).toThrow(RangeError);
    expect(() => listPage(items, 1.5)).toThrow(RangeError);
  });
});

describe('listPagePath', () => {
  it('page 1 is the list itself; the others continue below it', () => {
    expect(listPagePath('all', '', 1)).toBe('/resources/');
    expect(listPagePath('all', '', 2)).toBe('/resources/page/2/');
    expect(listPagePath('category', 'clinic', 1)).toBe('/resources/category/clinic/');
    expect(listPagePath('category', 'clinic', 3)).toBe('/resources/category/clinic/3/');
    expect(listPagePath('target', 'elderly', 2)).toBe('/resources/target/elderly/2/');
  });
});

describe('resourceList on the sample town', () => {
  let model: SiteModel;
  beforeAll(async () => {
    ({ model } = await loadModel(path.resolve('content')));
  });

  it('all: every resource once, category by category in the order of categories.yaml, よみがな order inside', () => {
    const list = resourceList(model, 'all');
    expect(new Set(list.map((r) => r.id))).toEqual(new Set(model.resources.map((r) => r.id)));
    expect(list).toHaveLength(model.resources.length);
    const order = model.categories.map((c) => c.id);
    for (let i = 1; i < list.length; i++) {
      const [a, b] = [list[i - 1]!, list[i]!];
      expect(order.indexOf(a.category)).toBeLessThanOrEqual(order.indexOf(b.category));
      if (a.category === b.category) expect(model.resources.indexOf(a)).toBeLessThan(model.resources.indexOf(b));
    }
  });

  it('target and audience: the same resources the plain filters give', () => {
    const elderly = resourceList(model, 'target', 'elderly');
    expect(new Set(elderly.map((r) => r.id))).toEqual(
      new Set(
        model.resources.filter((r) => r.targets?.includes('elderly') || r.targets?.includes('anyone')).map((r) => r.id),
      ),
    );
    const professional = resourceList(model, 'audience', 'professional');
    expect(professional.length).toBeGreaterThan(0);
    expect(professional.every((r) => r.audience.includes('professional'))).toBe(true);
    expect(resourceList(model, 'category', 'houkatsu').map((r) => r.id)).toEqual(
      model.resourcesOfCategory('houkatsu').map((r) => r.id),
    );
  });
});
