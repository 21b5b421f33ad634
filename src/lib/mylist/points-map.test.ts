import { describe, expect, it } from 'vitest';
import { pointsLayout } from './points-map.ts';

describe('the small map of /list/', () => {
  it('puts north up and east right, inside the box, with one scale both ways', () => {
    const layout = pointsLayout([[139.5, 35.7], [139.52, 35.7], undefined, [139.5, 35.72]]);
    const [west, east, none, north] = layout.points;
    expect(none).toBeUndefined();
    expect(east!.x).toBeGreaterThan(west!.x);
    expect(north!.y).toBeLessThan(west!.y);
    for (const p of [west, east, north]) {
      expect(p!.x).toBeGreaterThanOrEqual(24);
      expect(p!.x).toBeLessThanOrEqual(296);
      expect(p!.y).toBeGreaterThanOrEqual(24);
      expect(p!.y).toBeLessThanOrEqual(176);
    }
    // 0.02° of longitude at 35.7° N is about 1.81 km; 0.02° of latitude about 2.21 km.
    expect((east!.x - west!.x) / (west!.y - north!.y)).toBeCloseTo(1.806 / 2.211, 2);
  });

  it('a scale bar of a round distance about a quarter of the width', () => {
    const { scale } = pointsLayout([
      [139.5, 35.7],
      [139.55, 35.7],
    ]);
    expect([500, 1000, 2000]).toContain(scale.metres);
    expect(scale.length).toBeGreaterThan(30);
    expect(scale.length).toBeLessThanOrEqual(80);
    expect(scale.label).toMatch(/^\d+(m|km)$/);
  });

  it('one place sits in the middle of a map at least 1 km across', () => {
    const { points, scale } = pointsLayout([[139.5, 35.7]]);
    expect(points[0]).toEqual({ x: 160, y: 100 });
    expect(scale.metres).toBeLessThanOrEqual(500);
  });
});
