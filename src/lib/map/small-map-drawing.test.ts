import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadModel } from '../model/load-model.ts';
import type { SiteModel } from '../model/model.ts';
import { contains, distanceMeters, type Boundary } from './geo.ts';
import { areaMapPoints } from './map-points.ts';
import { areaSmallMap, pointGroups, resourceSmallMap, SMALL_MAP_HEIGHT, SMALL_MAP_WIDTH } from './small-map-drawing.ts';
import type { PointFeature } from './geojson.ts';
import { frameAround, projection } from './svg-geometry.ts';

/** Bytes of what the drawing puts in the page: path data and names (the markup adds about 1.5 KB). */
const drawingBytes = (drawing: NonNullable<ReturnType<typeof areaSmallMap>>) =>
  Buffer.byteLength(
    [...drawing.areas.map((a) => a.d), ...drawing.points.map((p) => p.d), ...drawing.labels.map((l) => l.text)].join(
      '',
    ),
  );

describe('small maps of the sample town (every area has a boundary)', () => {
  let model: SiteModel;
  beforeAll(async () => {
    ({ model } = await loadModel(path.resolve('content')));
  });

  test('each area page draws its own boundary last, its neighbours, its name, and stays small', () => {
    for (const area of model.areas) {
      const drawing = areaSmallMap(model, area)!;
      expect(drawing, area.id).toBeDefined();
      expect(drawing.areas.at(-1)).toMatchObject({ id: area.id, role: 'main' });
      expect(drawing.labels[0]).toMatchObject({ text: area.name, role: 'main' });
      if (area.level !== 'municipality')
        expect(
          drawing.areas.some((a) => a.role === 'neighbour'),
          area.id,
        ).toBe(true);
      expect(drawingBytes(drawing), area.id).toBeLessThan(12_000);
    }
  });

  test('an area page shows its residents’ points inside the frame; the municipality’s shows none', () => {
    const district = model.areas.find((area) => area.id === 'sakuragaoka')!;
    const drawing = areaSmallMap(model, district)!;
    const { project } = projection(drawing.bounds, SMALL_MAP_WIDTH);
    const expected = areaMapPoints(model, district.id).features.filter((feature) => {
      const [x, y] = project(feature.geometry.coordinates);
      const residents = !feature.properties.u?.every((u) => u === 'professional');
      return residents && x >= 0 && y >= 0 && x <= SMALL_MAP_WIDTH && y <= SMALL_MAP_HEIGHT;
    });
    expect(expected.length).toBeGreaterThan(3);
    // Each point has a dot of its group's color within a unit and a half, or 6 units when another
    // group's dot is there (dots on one 2-unit cell are drawn once: several windows in one
    // building), and each dot is some point's.
    const near = (a: number[], b: number[]) => Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!) <= 7.5;
    for (const feature of expected) {
      const group = drawing.points.find((g) => g.group === feature.properties.g);
      const xy = project(feature.geometry.coordinates);
      expect(
        group?.dots.some((dot) => near(dot, xy)),
        feature.properties.id,
      ).toBe(true);
    }
    const all = expected.map((feature) => project(feature.geometry.coordinates));
    for (const group of drawing.points)
      for (const dot of group.dots) expect(all.some((xy) => near(dot, xy))).toBe(true);
    const municipality = model.areas.find((area) => area.level === 'municipality')!;
    expect(areaSmallMap(model, municipality)!.points).toEqual([]);
    expect(areaSmallMap(model, municipality)!.areas.some((a) => a.role === 'child')).toBe(true);
  });

  test('a resource’s point lies inside its area, on the same drawing as the area page (made once per area)', () => {
    const resource = model.resources.find((r) => r.location && r.areaId === 'sakuragaoka')!;
    const drawing = resourceSmallMap(model, resource)!;
    const area = model.areaById.get('sakuragaoka')!;
    expect(drawing.areas).toBe(areaSmallMap(model, area)!.areas);
    const { project } = projection(drawing.bounds, SMALL_MAP_WIDTH);
    const ring = (area.boundary as Boundary & { type: 'Polygon' }).coordinates[0]!.map(project);
    expect(contains({ type: 'Polygon', coordinates: [ring] }, drawing.here!)).toBe(true);
    expect(drawing.points).toEqual([]);
    // The name keeps clear of the point.
    const name = drawing.labels.find((label) => label.role === 'main');
    if (name) expect(Math.abs(name.y - drawing.here![1]) > 20 || Math.abs(name.x - drawing.here![0]) > 60).toBe(true);
  });

  test('the scale bar’s length is its distance on the ground at this latitude', () => {
    for (const resource of model.resources.filter((r) => r.location).slice(0, 20)) {
      const { bounds, scale } = resourceSmallMap(model, resource)!;
      const middle = (bounds[1] + bounds[3]) / 2;
      const across = distanceMeters([bounds[0], middle], [bounds[2], middle]);
      const metres = Number(scale.label.replace(/ (k?)m$/, '')) * (scale.label.endsWith('km') ? 1000 : 1);
      expect((scale.length / SMALL_MAP_WIDTH) * across).toBeCloseTo(metres, -1);
      expect(scale.length).toBeLessThan(SMALL_MAP_WIDTH * 0.3);
      expect(scale.length).toBeGreaterThan(SMALL_MAP_WIDTH * 0.05);
    }
  });

  test('a place without a location has no map; one far from its area gets a frame of its own', () => {
    const online = model.resources.find((r) => !r.location)!;
    expect(resourceSmallMap(model, online)).toBeUndefined();
    const resource = model.resources.find((r) => r.location && r.areaId === 'sakuragaoka')!;
    const moved = { ...resource, location: { lat: resource.location!.lat + 0.3, lng: resource.location!.lng } };
    const drawing = resourceSmallMap(model, moved)!;
    expect(drawing.here).toEqual([SMALL_MAP_WIDTH / 2, SMALL_MAP_HEIGHT / 2]);
    expect(drawing.areas.some((a) => a.role === 'main')).toBe(false);
  });
});

describe('small maps of a town without boundaries (tests/fixtures/setagaya-like)', () => {
  let model: SiteModel;
  beforeAll(async () => {
    ({ model } = await loadModel(path.resolve('tests/fixtures/setagaya-like')));
  });

  test('a resource shows just its point; an area its places; nothing to draw gives no map', () => {
    const resource = model.resources.find((r) => r.location)!;
    const drawing = resourceSmallMap(model, resource)!;
    expect(drawing.areas).toEqual([]);
    expect(drawing.here).toBeDefined();
    for (const area of model.areas) {
      const located = model.resourcesIn(area.id).some((r) => r.location && !r.professionalOnly);
      const map = areaSmallMap(model, area);
      if (!located) expect(map, area.id).toBeUndefined();
      else if (area.level !== 'municipality') expect(map!.points.length, area.id).toBeGreaterThan(0);
      // The municipality has no boundary, no points of its own and no areas drawn: no empty box.
      else expect(map, area.id).toBeUndefined();
    }
  });
});

describe('dots', () => {
  const frame = frameAround([139.6, 35.69, 139.62, 35.71], { width: 600, height: 400, padding: 0, minSpanMeters: 0 });
  const at = (id: string, g: number, lng: number, lat: number): PointFeature => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [lng, lat] },
    properties: { id, n: id, c: 'x', g, a: [] },
  });

  test('one dot per place and group; another group on the same place is nudged beside it; outside is left out', () => {
    const proj = projection(frame, SMALL_MAP_WIDTH);
    const groups = pointGroups(
      [
        at('window', 0, 139.61, 35.7),
        at('second-window', 0, 139.61, 35.7),
        at('cafe', 4, 139.61, 35.7),
        at('far', 4, 139.7, 35.7),
      ],
      proj,
    );
    expect(groups.map((g) => [g.group, g.dots])).toEqual([
      [0, [[300, 200]]],
      [4, [[306, 200]]],
    ]);
    expect(groups[1]!.d).toBe('M306 200h0');
  });
});
