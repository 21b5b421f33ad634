import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { pointFacets } from './geojson.ts';
import { loadModel, modelFromLoaded } from '../model/load-model.ts';
import { allMapPoints, areaMapPoints, areasWithPointFiles, mapParts, OTHERS_ID, partMapPoints } from './map-points.ts';
import type { SiteModel } from '../model/model.ts';

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

describe('a split map (above the single-file limit)', () => {
  let model: SiteModel;
  beforeAll(async () => {
    ({ model } = await loadModel(path.resolve('content')));
  });

  it('stays one file up to the limit', () => {
    const located = allMapPoints(model).features.length;
    expect(mapParts(model, located)).toBeUndefined();
    expect(mapParts(model, located - 1)).toBeDefined();
  });

  it('the 圏域 parts, with the points in none in _others, hold every point; counts and extents match their files', () => {
    const parts = mapParts(model, 10)!;
    const regions = model.areas.filter((area) => area.parent === model.municipality!.id);
    expect(parts.filter((part) => part.id !== OTHERS_ID).map((part) => part.id)).toEqual(
      regions.map((area) => area.id),
    );
    const union = new Set<string>();
    for (const part of parts) {
      const features = partMapPoints(model, part.id).features;
      expect(features.length, part.id).toBe(part.count);
      // The extent is where the 圏域 is: every place standing in it lies inside (a window serving
      // it from the city hall may not).
      const standing = new Set(model.resourcesIn(part.id).map((resource) => resource.id));
      let inside = 0;
      for (const feature of features) {
        union.add(feature.properties.id);
        if (!standing.has(feature.properties.id)) continue;
        const [lng, lat] = feature.geometry.coordinates;
        expect(
          lng >= part.bbox[0] && lng <= part.bbox[2] && lat >= part.bbox[1] && lat <= part.bbox[3],
          `${feature.properties.id} inside ${part.id}`,
        ).toBe(true);
        inside++;
      }
      expect(inside, part.id).toBeGreaterThan(0);
    }
    expect([...union].sort()).toEqual(ids(allMapPoints(model).features).sort());
  });

  it('a point of no 圏域 goes to _others, and only there', async () => {
    const { loaded } = await loadModel(path.resolve('content'));
    // A place with no area, no address and a location outside every boundary stands in no 圏域.
    const index = loaded.resources.findIndex((entry) => !entry.data.servesAreas && entry.data.location);
    const entry = loaded.resources[index]!;
    const loose = {
      ...entry,
      data: { ...entry.data, area: undefined, address: undefined, location: { lat: 35.6, lng: 139.3 } },
    };
    const changed = await modelFromLoaded({
      ...loaded,
      resources: loaded.resources.map((e, i) => (i === index ? loose : e)),
    });
    expect(changed.resourceById.get(entry.id)!.areaId).toBeUndefined();
    const parts = mapParts(changed, 10)!;
    expect(parts.at(-1)).toMatchObject({ id: OTHERS_ID, count: 1, bbox: [139.3, 35.6, 139.3, 35.6] });
    expect(ids(partMapPoints(changed, OTHERS_ID).features)).toEqual([entry.id]);
    for (const part of parts.slice(0, -1))
      expect(ids(partMapPoints(changed, part.id).features), part.id).not.toContain(entry.id);
    // Its file is written only when the map is split (MAP_SINGLE_FILE_LIMIT, as a build would set it).
    expect(areasWithPointFiles(changed)).not.toContain(OTHERS_ID);
    process.env.MAP_SINGLE_FILE_LIMIT = '10';
    try {
      expect(areasWithPointFiles(changed)).toContain(OTHERS_ID);
      expect(areasWithPointFiles(model)).not.toContain(OTHERS_ID);
    } finally {
      delete process.env.MAP_SINGLE_FILE_LIMIT;
    }
  });
});
