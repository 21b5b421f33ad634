import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadModel } from '../model/load-model.ts';
import type { SiteModel } from '../model/model.ts';
import { findWindows } from '../finder/finder.ts';
import { areaSaveList, SHARED_PAGES, sharedSaveList } from './save-lists.ts';

const underBase = (p: string) => `/care-map${p}`;

describe('the save lists of 「この地域を端末に保存」', () => {
  let model: SiteModel;
  beforeAll(async () => {
    ({ model } = await loadModel(path.resolve('content')));
  }, 60_000);
  const district = () =>
    model.areas.find((area) => area.level === 'district' && model.resourcesIn(area.id).length > 0)!;

  it("a 地区: its page first, each worry's answer, every resource in it, its map data", () => {
    const area = district();
    const list = areaSaveList(model, area.id, underBase);
    expect(list.area).toBe(area.id);
    expect(list.name).toBe(area.name);
    expect(list.pages[0]).toBe(`/care-map/areas/${area.id}/`);
    for (const topic of model.topics) expect(list.pages).toContain(`/care-map/windows/${topic.id}/${area.id}/`);
    for (const resource of model.resourcesIn(area.id))
      expect(list.pages).toContain(`/care-map/resources/${resource.id}/`);
    expect(list.data[0]).toBe(`/care-map/data/resources/${area.id}.geojson`);
    // …and its 圏域's, which a large site's /map/ reads one at a time.
    expect(list.data).toContain(`/care-map/data/resources/${area.parentArea!.id}.geojson`);
    expect(new Set(list.pages).size).toBe(list.pages.length);
  });

  it('the windows each answer names are saved too, even when they stand in another area', () => {
    const area = district();
    const list = areaSaveList(model, area.id, underBase);
    const named = model.topics.flatMap((topic) => {
      const answer = findWindows(model, { topicId: topic.id, areaId: area.id });
      return [...answer.windows, ...answer.fallback];
    });
    expect(named.length).toBeGreaterThan(0);
    for (const window of named) expect(list.pages).toContain(`/care-map/resources/${window.id}/`);
  });

  it('a 圏域 covers the 地区 inside it: their pages, answers and map data', () => {
    const region = model.areas.find((area) => area.level === 'region' && area.children.length > 0)!;
    const list = areaSaveList(model, region.id, underBase);
    for (const child of region.children) {
      expect(list.pages).toContain(`/care-map/areas/${child.id}/`);
      expect(list.data).toContain(`/care-map/data/resources/${child.id}.geojson`);
    }
    const childList = areaSaveList(model, region.children[0]!.id, underBase);
    expect(childList.pages.every((page) => list.pages.includes(page))).toBe(true);
  });

  it("the whole city lists every resource, and the one points file the sample's /map/ reads", () => {
    const city = model.municipality!;
    const list = areaSaveList(model, city.id, underBase);
    expect(list.pages.filter((page) => page.includes('/resources/'))).toHaveLength(model.resources.length);
    expect(list.data).not.toContain(`/care-map/data/resources/${city.id}.geojson`);
    // The sample's /map/ reads every point from one file: the city's save has it.
    expect(list.data).toContain('/care-map/data/resources.geojson');
  });

  it('an unknown area is refused in words', () => {
    expect(() => areaSaveList(model, 'nowhere', underBase)).toThrow('地域「nowhere」は登録されていません');
  });

  it('the shared list: the home page, search, マイリスト, the map, the offline page and its data', () => {
    const shared = sharedSaveList(underBase);
    expect(shared.pages).toEqual(SHARED_PAGES.map(underBase));
    expect(shared.pages).toEqual(
      expect.arrayContaining(['/care-map/', '/care-map/search/', '/care-map/list/', '/care-map/offline/']),
    );
    expect(shared.data).toEqual(['/care-map/data/areas.geojson']);
  });
});
