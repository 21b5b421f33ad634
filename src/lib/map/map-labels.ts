/**
 * Where to write the area names on a small SVG map so that none covers another, the scale bar,
 * the north arrow or the place the map is about. Greedy, in order of importance: the page's own
 * area first, then its neighbours by visible size; a name that fits nowhere is left out (the
 * page names the areas in text anyway).
 */
import type { Box, XY } from './svg-geometry.ts';

export interface LabelCandidate {
  text: string;
  /** Font size in SVG units. */
  size: number;
  /** Where the label's middle may go, best first. */
  anchors: XY[];
}

/** A candidate written at one of its anchors (the middle of the text: text-anchor="middle", dominant-baseline="central"). */
export type PlacedLabel<C extends LabelCandidate = LabelCandidate> = Omit<C, 'anchors'> & { x: number; y: number };

/** The width of a text: full-width characters take one em, others about 0.6 em. */
export function textWidth(text: string, size: number): number {
  let ems = 0;
  for (const char of text) ems += char.charCodeAt(0) > 0x2e7f ? 1 : 0.6;
  return ems * size;
}

/** The box a label covers around its middle, with a little room for its white halo. */
export function labelBox(text: string, size: number, [x, y]: XY): Box {
  const half = textWidth(text, size) / 2 + size * 0.2;
  return [x - half, y - size * 0.7, x + half, y + size * 0.7];
}

const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

export interface PlaceOptions {
  width: number;
  height: number;
  /** Boxes no label may cover. */
  reserved: Box[];
  /** Dots a label had better not cover: of a label's anchors, the one covering fewest wins. */
  dots?: XY[];
}

const covered = (box: Box, dots: XY[]) =>
  dots.reduce((n, [x, y]) => n + (x >= box[0] && x <= box[2] && y >= box[1] && y <= box[3] ? 1 : 0), 0);

export function placeLabels<C extends LabelCandidate>(candidates: C[], options: PlaceOptions): PlacedLabel<C>[] {
  const taken = [...options.reserved];
  const placed: PlacedLabel<C>[] = [];
  for (const candidate of candidates) {
    let best: { anchor: XY; box: Box; dots: number } | undefined;
    for (const anchor of candidate.anchors) {
      const box = labelBox(candidate.text, candidate.size, anchor);
      const inside = box[0] >= 0 && box[1] >= 0 && box[2] <= options.width && box[3] <= options.height;
      if (!inside || taken.some((other) => overlaps(box, other))) continue;
      const dots = covered(box, options.dots ?? []);
      if (!best || dots < best.dots) best = { anchor, box, dots };
      if (dots === 0) break;
    }
    if (!best) continue;
    taken.push(best.box);
    const { anchors: _, ...rest } = candidate;
    placed.push({ ...rest, x: Math.round(best.anchor[0]), y: Math.round(best.anchor[1]) });
  }
  return placed;
}
