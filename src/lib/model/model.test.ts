import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadModel } from './load-model.ts';
import type { SiteModel } from './model.ts';

// The lookups are precomputed indexes (for builds of tens of thousands of resources); they must
// answer exactly what a plain scan over the resources answers, in the same order.
const ids = (list: { id: string }[]) => list.map((item) => item.id);

describe('model lookups on the sample town', () => {
  let model: SiteModel;
  beforeAll(async () => {
    ({ model } = await loadModel(path.resolve('content')));
  });

  it('resourcesIn: resources standing in the area or any area inside it', () => {
    for (const area of model.areas) {
      const inside = new Set([area.id, ...model.descendantsOf(area.id).map((a) => a.id)]);
      const expected = model.resources.filter(
        (resource) => resource.areaId !== undefined && inside.has(resource.areaId),
      );
      expect(ids(model.resourcesIn(area.id)), area.id).toEqual(ids(expected));
    }
    expect(model.resourcesIn(model.municipality!.id).length).toBeGreaterThan(100);
    expect(model.resourcesIn('no-such-area')).toEqual([]);
  });

  it('windowsServing: windows for the area, an area above it or one inside it', () => {
    for (const area of model.areas) {
      const related = new Set([
        area.id,
        ...model.ancestorsOf(area.id).map((a) => a.id),
        ...model.descendantsOf(area.id).map((a) => a.id),
      ]);
      const expected = model.windows.filter((window) => window.servesAreas?.some((id) => related.has(id)));
      expect(ids(model.windowsServing(area.id)), area.id).toEqual(ids(expected));
      // Asked twice, the same answer.
      expect(ids(model.windowsServing(area.id))).toEqual(ids(expected));
    }
  });

  it('resourcesOfCategory, resourcesOperatedBy and referredFrom', () => {
    for (const category of model.categories) {
      expect(ids(model.resourcesOfCategory(category.id)), category.id).toEqual(
        ids(model.resources.filter((r) => r.category === category.id)),
      );
    }
    for (const organization of model.organizations) {
      expect(ids(model.resourcesOperatedBy(organization.id))).toEqual(
        ids(model.resources.filter((r) => r.operator === organization.id)),
      );
    }
    let referred = 0;
    for (const resource of model.resources) {
      const expected = model.resources.filter((from) =>
        from.refersTo?.some((referral) => referral.resource === resource.id),
      );
      referred += expected.length;
      expect(ids(model.referredFrom(resource.id)), resource.id).toEqual(ids(expected));
    }
    expect(referred).toBeGreaterThan(0);
    expect(model.resourcesOfCategory('no-such-category')).toEqual([]);
  });
});
