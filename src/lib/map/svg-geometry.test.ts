import { describe, expect, test } from 'vitest';
import { distanceMeters } from './geo.ts';
import {
  clipRing,
  dotsPath,
  frameAround,
  openRing,
  projection,
  ringArea,
  ringCentroid,
  ringsPath,
  roundRing,
  scaleBar,
  simplifyLine,
  simplifyRing,
  type Box,
  type XY,
} from './svg-geometry.ts';

const frameOptions = { width: 600, height: 400, padding: 0, minSpanMeters: 0 };

describe('frame and projection', () => {
  test('the frame holds the box, has the drawing’s aspect ratio in metres, and is centred on it', () => {
    // A tall box (1 km across, 3 km down) at 35.7° N.
    const box: Box = [139.6, 35.69, 139.611, 35.717];
    const frame = frameAround(box, frameOptions);
    expect(frame[0]).toBeLessThanOrEqual(box[0]);
    expect(frame[1]).toBeLessThanOrEqual(box[1]);
    expect(frame[2]).toBeGreaterThanOrEqual(box[2]);
    expect(frame[3]).toBeGreaterThanOrEqual(box[3]);
    const across = distanceMeters([frame[0], 35.7035], [frame[2], 35.7035]);
    const down = distanceMeters([139.6, frame[1]], [139.6, frame[3]]);
    expect(across / down).toBeCloseTo(1.5, 2);
    expect((frame[1] + frame[3]) / 2).toBeCloseTo((box[1] + box[3]) / 2, 9);
  });

  test('a single point gets the least span, with padding on each side', () => {
    const frame = frameAround([139.6, 35.7, 139.6, 35.7], { ...frameOptions, minSpanMeters: 1000, padding: 0.1 });
    const down = distanceMeters([139.6, frame[1]], [139.6, frame[3]]);
    expect(down).toBeCloseTo(1200, -1);
  });

  test('projects the corners onto the drawing, north up, with the same metres per unit both ways', () => {
    const frame = frameAround([139.6, 35.69, 139.62, 35.71], frameOptions);
    const { project, metresPerUnit } = projection(frame, 600);
    const [nw, se] = [project([frame[0], frame[3]]), project([frame[2], frame[1]])];
    expect(nw[0]).toBeCloseTo(0, 6);
    expect(nw[1]).toBeCloseTo(0, 6);
    expect(se[0]).toBeCloseTo(600, 6);
    expect(se[1]).toBeCloseTo(400, 6);
    // 100 units across and 100 units down are the same distance on the ground (within 0.5 %).
    const middle: XY = [300, 200];
    const back = (p: XY): [number, number] => [
      frame[0] + (p[0] / 600) * (frame[2] - frame[0]),
      frame[3] - (p[1] / 400) * (frame[3] - frame[1]),
    ];
    const east = distanceMeters(back(middle), back([400, 200]));
    const south = distanceMeters(back(middle), back([300, 300]));
    expect(east / south).toBeCloseTo(1, 2);
    expect(east / 100).toBeCloseTo(metresPerUnit, -1);
  });

  test('the scale bar is a round distance that fits, in m below a kilometre and in km above', () => {
    expect(scaleBar(2, 180)).toEqual({ length: 100, label: '200 m' });
    expect(scaleBar(3, 180)).toEqual({ length: 500 / 3, label: '500 m' });
    expect(scaleBar(10, 180)).toEqual({ length: 100, label: '1 km' });
    expect(scaleBar(12, 180)).toEqual({ length: 2000 / 12, label: '2 km' });
    expect(scaleBar(12, 150)).toEqual({ length: 1000 / 12, label: '1 km' });
    expect(scaleBar(25, 180)).toEqual({ length: 80, label: '2 km' });
    expect(scaleBar(0.3, 180).label).toBe('50 m');
  });
});

describe('clipping', () => {
  const rect: Box = [0, 0, 100, 100];

  test('a ring inside is unchanged; one outside disappears', () => {
    const inside: XY[] = [
      [10, 10],
      [20, 10],
      [20, 20],
    ];
    expect(clipRing(inside, rect)).toEqual(inside);
    expect(
      clipRing(
        [
          [200, 200],
          [300, 200],
          [300, 300],
        ],
        rect,
      ),
    ).toEqual([]);
  });

  test('a square over the corner is cut to the part inside, with the right area', () => {
    const square: XY[] = [
      [50, 50],
      [150, 50],
      [150, 150],
      [50, 150],
    ];
    const cut = clipRing(square, rect);
    expect(Math.abs(ringArea(cut))).toBe(2500);
    for (const [x, y] of cut) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(100);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(100);
    }
  });
});

describe('simplification and path data', () => {
  test('drops points that do not change the line by more than the tolerance, keeps corners', () => {
    const line: XY[] = [
      [0, 0],
      [10, 0.2],
      [20, -0.1],
      [30, 0],
      [30, 10],
      [30, 20],
    ];
    expect(simplifyLine(line, 0.5)).toEqual([
      [0, 0],
      [30, 0],
      [30, 20],
    ]);
    // (30, 10) lies on the line from (30, 0) to (30, 20): never needed.
    expect(simplifyLine(line, 0.05)).toHaveLength(5);
  });

  test('a ring of 100,000 points becomes a few hundred and stays within the tolerance', () => {
    // A wobbly circle of radius 150 around (300, 200).
    const ring: XY[] = Array.from({ length: 100_000 }, (_, i) => {
      const angle = (i / 100_000) * 2 * Math.PI;
      const r = 150 + 8 * Math.sin(angle * 23) + 0.2 * Math.sin(angle * 5000);
      return [300 + r * Math.cos(angle), 200 + r * Math.sin(angle)];
    });
    const simple = simplifyRing(ring, 0.8);
    expect(simple.length).toBeLessThan(400);
    expect(simple.length).toBeGreaterThan(40);
    expect(Math.abs(ringArea(simple)) / Math.abs(ringArea(ring))).toBeCloseTo(1, 2);
    expect(ringsPath([roundRing(simple)]).length).toBeLessThan(3000);
  });

  test('rounding drops repeated points and the repeated closing point', () => {
    expect(
      roundRing([
        [0.2, 0.1],
        [10.4, 0],
        [10.1, 0.3],
        [10, 10],
        [0, 0.4],
      ]),
    ).toEqual([
      [0, 0],
      [10, 0],
      [10, 10],
    ]);
    expect(
      openRing([
        [1, 1],
        [2, 1],
        [2, 2],
        [1, 1],
      ]),
    ).toHaveLength(3);
  });

  test('path data: absolute start, relative steps, minus signs as separators', () => {
    expect(
      ringsPath([
        [
          [10, 20],
          [30, 20],
          [30, 5],
        ],
        [
          [1, 1],
          [2, 2],
        ],
      ]),
    ).toBe('M10 20l20 0 0-15z');
    expect(
      dotsPath([
        [10, 20],
        [14, 20],
        [12, 26],
      ]),
    ).toBe('M10 20h0m4 0h0m-2 6h0');
  });

  test('the centroid of a square is its middle', () => {
    expect(
      ringCentroid([
        [0, 0],
        [10, 0],
        [10, 10],
        [0, 10],
      ]),
    ).toEqual([5, 5]);
  });
});
