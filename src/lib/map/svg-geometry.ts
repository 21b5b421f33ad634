/**
 * Plane geometry for maps drawn as SVG at build time (the small maps on detail and area pages):
 * a frame around a place, the projection of [lng, lat] into the SVG's units, clipping to the
 * frame, simplification, compact path data and a scale bar.
 *
 * The projection is equirectangular with the longitude scaled by cos(latitude) at the frame's
 * middle: at 町 and 圏域 scale (a few km) its distortion is far below a pixel, north is up and
 * one SVG unit is the same number of metres across and down, so the scale bar is exact.
 */
import { ringAreaAndCentroid, type LngLat, type Ring } from './geo.ts';

/** [west, south, east, north] in degrees. */
export type Box = [number, number, number, number];
/** A point in SVG units (x to the right, y down). */
export type XY = [number, number];

/** Metres per degree of latitude (mean Earth radius, as distanceMeters in geo.ts). */
const METRES_PER_DEGREE = (6_371_000 * Math.PI) / 180;

const cosLat = (lat: number) => Math.cos((lat * Math.PI) / 180);

export interface FrameOptions {
  /** The drawing's size in SVG units (its aspect ratio is kept). */
  width: number;
  height: number;
  /** Space around the box, as a share of its size on each side. */
  padding: number;
  /** The least width or height shown, in metres (a single point still shows its streets). */
  minSpanMeters: number;
}

/** The smallest box with the drawing's aspect ratio that holds `box` with its padding. */
export function frameAround(box: Box, options: FrameOptions): Box {
  const [west, south, east, north] = box;
  const midLat = (south + north) / 2;
  const k = cosLat(midLat);
  let spanX = Math.max((east - west) * k * METRES_PER_DEGREE, options.minSpanMeters) * (1 + 2 * options.padding);
  let spanY = Math.max((north - south) * METRES_PER_DEGREE, options.minSpanMeters) * (1 + 2 * options.padding);
  const aspect = options.width / options.height;
  if (spanX / spanY < aspect) spanX = spanY * aspect;
  else spanY = spanX / aspect;
  const midLng = (west + east) / 2;
  const halfLng = spanX / 2 / (k * METRES_PER_DEGREE);
  const halfLat = spanY / 2 / METRES_PER_DEGREE;
  return [midLng - halfLng, midLat - halfLat, midLng + halfLng, midLat + halfLat];
}

export interface Projection {
  /** [lng, lat] → SVG units. */
  project: (point: LngLat) => XY;
  /** Metres per SVG unit (the same across and down). */
  metresPerUnit: number;
}

/** Maps `frame` onto a `width` wide drawing (the frame already has the drawing's aspect ratio). */
export function projection(frame: Box, width: number): Projection {
  const [west, south, east, north] = frame;
  const metresPerDegreeLng = cosLat((south + north) / 2) * METRES_PER_DEGREE;
  const metresPerUnit = ((east - west) * metresPerDegreeLng) / width;
  return {
    project: ([lng, lat]) => [
      ((lng - west) * metresPerDegreeLng) / metresPerUnit,
      ((north - lat) * METRES_PER_DEGREE) / metresPerUnit,
    ],
    metresPerUnit,
  };
}

/** Do two [west, south, east, north] boxes overlap? (Also works for [x0, y0, x1, y1].) */
export function boxesOverlap(a: Box, b: Box): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

/** Union of boxes. */
export function unionBox(boxes: Box[]): Box {
  return boxes.reduce<Box>(
    (out, box) => [
      Math.min(out[0], box[0]),
      Math.min(out[1], box[1]),
      Math.max(out[2], box[2]),
      Math.max(out[3], box[3]),
    ],
    [Infinity, Infinity, -Infinity, -Infinity],
  );
}

type Edge = { inside: (p: XY) => boolean; cross: (a: XY, b: XY) => XY };

function rectEdges([x0, y0, x1, y1]: Box): Edge[] {
  const atX =
    (x: number) =>
    (a: XY, b: XY): XY => [x, a[1] + ((b[1] - a[1]) * (x - a[0])) / (b[0] - a[0])];
  const atY =
    (y: number) =>
    (a: XY, b: XY): XY => [a[0] + ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]), y];
  return [
    { inside: (p) => p[0] >= x0, cross: atX(x0) },
    { inside: (p) => p[0] <= x1, cross: atX(x1) },
    { inside: (p) => p[1] >= y0, cross: atY(y0) },
    { inside: (p) => p[1] <= y1, cross: atY(y1) },
  ];
}

/**
 * A closed ring cut to a rectangle [x0, y0, x1, y1] (Sutherland–Hodgman; the ring's first point
 * need not repeat at its end). Edges made along the rectangle are where the cut was: drawn
 * outside the visible drawing they do not show, and the fill stays right.
 */
export function clipRing(ring: XY[], rect: Box): XY[] {
  let points = ring;
  for (const edge of rectEdges(rect)) {
    if (points.length === 0) break;
    const out: XY[] = [];
    for (let i = 0; i < points.length; i++) {
      const current = points[i]!;
      const previous = points[(i + points.length - 1) % points.length]!;
      if (edge.inside(current)) {
        if (!edge.inside(previous)) out.push(edge.cross(previous, current));
        out.push(current);
      } else if (edge.inside(previous)) {
        out.push(edge.cross(previous, current));
      }
    }
    points = out;
  }
  return points;
}

function segmentDistance(p: XY, a: XY, b: XY): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length2));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

/**
 * Douglas–Peucker: the points of a line that keep it within `tolerance` of the original. With a
 * stack rather than recursion, so a boundary of a hundred thousand points cannot overflow it.
 */
export function simplifyLine(points: XY[], tolerance: number): XY[] {
  if (points.length <= 2) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop()!;
    let farthest = -1;
    let distance = tolerance;
    for (let i = first + 1; i < last; i++) {
      const d = segmentDistance(points[i]!, points[first]!, points[last]!);
      if (d > distance) [farthest, distance] = [i, d];
    }
    if (farthest < 0) continue;
    keep[farthest] = 1;
    stack.push([first, farthest], [farthest, last]);
  }
  return points.filter((_, i) => keep[i]);
}

/** A closed ring simplified: split at its farthest point so both halves keep their ends. */
export function simplifyRing(ring: XY[], tolerance: number): XY[] {
  if (ring.length <= 4) return ring;
  const start = ring[0]!;
  let split = 0;
  let best = -1;
  ring.forEach((p, i) => {
    const d = Math.hypot(p[0] - start[0], p[1] - start[1]);
    if (d > best) [split, best] = [i, d];
  });
  const first = simplifyLine(ring.slice(0, split + 1), tolerance);
  const second = simplifyLine([...ring.slice(split), start], tolerance);
  return [...first, ...second.slice(1, -1)];
}

/** Signed area of a ring in its own units (positive: clockwise on screen, y down). */
export function ringArea(ring: XY[]): number {
  return ringAreaAndCentroid(ring).area / 2;
}

/** Rounds to whole units and drops points that then repeat. */
export function roundRing(ring: XY[]): XY[] {
  const out: XY[] = [];
  for (const [x, y] of ring) {
    const point: XY = [Math.round(x), Math.round(y)];
    const last = out[out.length - 1];
    if (!last || last[0] !== point[0] || last[1] !== point[1]) out.push(point);
  }
  const first = out[0];
  const last = out[out.length - 1];
  if (out.length > 1 && first![0] === last![0] && first![1] === last![1]) out.pop();
  return out;
}

/**
 * SVG path data for closed rings in whole units: the first point absolute, the rest relative
 * (shorter: neighbouring vertices are a few units apart).
 */
export function ringsPath(rings: XY[][]): string {
  let d = '';
  for (const ring of rings) {
    if (ring.length < 3) continue;
    const steps: number[] = [];
    for (let i = 1; i < ring.length; i++) steps.push(ring[i]![0] - ring[i - 1]![0], ring[i]![1] - ring[i - 1]![1]);
    d += `M${ring[0]![0]} ${ring[0]![1]}l${numberList(steps)}z`;
  }
  return d;
}

/** Numbers as SVG path data: a minus sign separates on its own, so only the others need a space. */
function numberList(numbers: number[]): string {
  return numbers.map((n, i) => (i > 0 && n >= 0 ? ` ${n}` : `${n}`)).join('');
}

/**
 * Path data that draws each point as a dot (a zero-length line with round caps), in the order
 * given, each move relative to the dot before: about 7 bytes a dot, so hundreds stay small.
 */
export function dotsPath(points: XY[]): string {
  let d = '';
  let previous: XY | undefined;
  for (const point of points) {
    d += previous ? `m${numberList([point[0] - previous[0], point[1] - previous[1]])}h0` : `M${point[0]} ${point[1]}h0`;
    previous = point;
  }
  return d;
}

export interface ScaleBar {
  /** Length in SVG units. */
  length: number;
  /** 「500 m」「1 km」「1.5 km」 */
  label: string;
}

/** The longest round distance (1, 2 or 5 × 10ⁿ metres) that fits in `maxUnits`. */
export function scaleBar(metresPerUnit: number, maxUnits: number): ScaleBar {
  const most = metresPerUnit * maxUnits;
  let metres = 10 ** Math.floor(Math.log10(most));
  for (const step of [5, 2]) {
    if (metres * step <= most) {
      metres *= step;
      break;
    }
  }
  const label = metres >= 1000 ? `${metres / 1000} km` : `${metres} m`;
  return { length: metres / metresPerUnit, label };
}

/** Rings of [lng, lat] as given in content (the last point repeating the first, or not). */
export function openRing(ring: Ring): LngLat[] {
  const first = ring[0];
  const last = ring[ring.length - 1];
  return ring.length > 1 && first![0] === last![0] && first![1] === last![1] ? ring.slice(0, -1) : ring;
}

/** The centroid of a ring (its vertices' mean when it has no area). */
export function ringCentroid(ring: XY[]): XY {
  const { centroid } = ringAreaAndCentroid(ring);
  if (centroid) return centroid;
  const n = Math.max(ring.length, 1);
  return [ring.reduce((s, p) => s + p[0], 0) / n, ring.reduce((s, p) => s + p[1], 0) / n];
}
