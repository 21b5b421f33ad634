import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { pointFacets } from './geojson.ts';
import { loadModel } from './load-model.ts';
import { allMapPoints, areaMapPoints, areasWithPointFiles } from './map-points.ts';
import type { SiteModel } from './model.ts';

const ids = (features: { properties: { id: string } }[]) => features.map((feature) => feature.properties.id);

describe.each(['content', 'tests/fixtures/setagaya-like'])('map points per area: %s', (dir) => {
  let model: SiteModel;
  beforeAll(async () => {
    ({ model } = await loadModel(path.resolve(dir)));
  });

  it('an area’s file holds exactly what filtering the whole file by that area gives, in the same order', () => {
    const all = allMapPoints(model).features;
    const areas = areasWithPointFiles(model);
    expect(areas.length).toBe(model.areas.filter((area) => area.level !== 'municipality').length);
    let nonEmpty = 0;
    for (const id of areas) {
      const expected = all.filter((feature) => pointFacets(feature.properties, []).area.includes(id));
      const own = areaMapPoints(model, id).features;
      expect(ids(own), id).toEqual(ids(expected));
      if (own.length > 0) nonEmpty++;
    }
    expect(nonEmpty).toBeGreaterThan(areas.length / 2);
  });

  it('a 圏域’s file has its 地区’ points, and a window serving an area is in that area’s file', () => {
    const region = model.areas.find((area) => area.level === 'region' && model.descendantsOf(area.id).length > 0);
    expect(region).toBeDefined();
    const regionIds = new Set(ids(areaMapPoints(model, region!.id).features));
    for (const district of model.descendantsOf(region!.id)) {
      for (const id of ids(areaMapPoints(model, district.id).features)) {
        const resource = model.resourceById.get(id)!;
        // Points standing in a 地区 are in its 圏域 too (a window serving only the 地区 may stand elsewhere).
        if (resource.areaId === district.id) expect(regionIds.has(id), `${id} in ${region!.id}`).toBe(true);
      }
    }
    const window = model.windows.find((w) => w.location && w.servesAreas?.length);
    expect(window).toBeDefined();
    for (const served of window!.servesAreas!) {
      if (model.areaById.get(served)!.level === 'municipality') continue;
      expect(ids(areaMapPoints(model, served).features), served).toContain(window!.id);
    }
  });

  it('an unknown area has no points (and the municipality gets no file of its own)', () => {
    expect(areaMapPoints(model, 'no-such-area').features).toEqual([]);
    expect(areasWithPointFiles(model)).not.toContain(model.municipality!.id);
  });
});
