/**
 * The small maps of detail and area pages, drawn at build time as SVG (src/components/SmallMap.astro
 * renders what this returns): the area's boundary, its neighbours' outlines and names, the place
 * or the area's places, a scale bar, north up. No JavaScript, no tiles: it works offline and on
 * paper, and a page downloads nothing for it. The moving map (MapLibre) loads only when asked.
 *
 * What is shown (never an empty box: with nothing to draw there is no map):
 * - an area page: the area's boundary and its resources' points (not the municipality's: that
 *   would be every point of the town); without a boundary, the frame around its located places;
 * - a detail page: the point over its area's map (the same drawing as the area page's, so it is
 *   computed once per area, not per resource); a point far from its area, or without one, gets
 *   a frame of its own with the areas around it;
 * - around the page's area: the areas of the same level (neighbours), and inside it the first
 *   areas down the tree that have a boundary. Names where they fit (src/lib/map/map-labels.ts).
 */
import { bbox, contains, type Boundary, type LngLat } from './geo.ts';
import type { PointFeature } from './geojson.ts';
import { placeLabels, type LabelCandidate, type PlacedLabel } from './map-labels.ts';
import { areaMapPoints } from './map-points.ts';
import {
  boxesOverlap,
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
  simplifyRing,
  unionBox,
  type Box,
  type Projection,
  type ScaleBar,
  type XY,
} from './svg-geometry.ts';
import type { AreaView, ResourceView, SiteModel } from '../model/model.ts';

export const SMALL_MAP_WIDTH = 600;
export const SMALL_MAP_HEIGHT = 400;
/** Font sizes of the names, in SVG units (the drawing is shown 340–580 px wide). */
export const NAME_SIZE = { main: 24, neighbour: 20, child: 18 } as const;
/** How far a simplified outline may stray, in SVG units (a unit is about a pixel). */
const TOLERANCE = 0.8;
/** Cuts at the frame are made this far outside the drawing, where they do not show. */
const CUT_MARGIN = 8;
const AREA_FRAME = { width: SMALL_MAP_WIDTH, height: SMALL_MAP_HEIGHT, padding: 0.06, minSpanMeters: 500 };
/** A point with no area around it: about the streets within 600 m. */
const POINT_FRAME = { ...AREA_FRAME, padding: 0, minSpanMeters: 1200 };

export type AreaRole = keyof typeof NAME_SIZE;
/** Where the page's own area's name may go, in steps of 1.6 em from its middle, best first. */
const MAIN_NAME_STEPS: XY[] = [
  [0, 0],
  [0, 1],
  [0, -1],
  [0, 2],
  [0, -2],
  [-2, 0],
  [2, 0],
];

export interface DrawnArea {
  id: string;
  name: string;
  role: AreaRole;
  /** SVG path data (whole units, fill-rule evenodd for holes). */
  d: string;
}

export interface PointGroup {
  /** Index of the category group (its color: map-style.ts GROUP_COLORS). */
  group: number;
  d: string;
  /** Where the dots are (each once). */
  dots: XY[];
}

export interface SmallMapDrawing {
  width: number;
  height: number;
  /** [west, south, east, north] shown: the moving map starts on the same view. */
  bounds: Box;
  /** In drawing order: the surroundings first, the page's area last. */
  areas: DrawnArea[];
  labels: PlacedLabel<LabelCandidate & { role: AreaRole }>[];
  points: PointGroup[];
  /** The resource's place (detail pages). */
  here?: XY;
  scale: ScaleBar & { x: number; y: number };
}

/** What depends only on the frame and the areas: shared by an area's page and its resources'. */
interface MapBase {
  frame: Box;
  projection: Projection;
  areas: DrawnArea[];
  candidates: (LabelCandidate & { role: AreaRole })[];
  scale: SmallMapDrawing['scale'];
}

/** The corner boxes the names keep clear of: the scale bar and the north arrow (SmallMap.astro). */
function reservedBoxes(scale: SmallMapDrawing['scale']): Box[] {
  const { width, height } = AREA_FRAME;
  return [
    [0, scale.y - 34, scale.x + scale.length + 12, height],
    [width - 52, 0, width, 62],
  ];
}

const boxCache = new WeakMap<SiteModel, Map<string, Box>>();
const baseCache = new WeakMap<SiteModel, Map<string, MapBase | undefined>>();

function cacheOf<V>(cache: WeakMap<SiteModel, Map<string, V>>, model: SiteModel): Map<string, V> {
  let map = cache.get(model);
  if (!map) cache.set(model, (map = new Map()));
  return map;
}

/** An area's boundary extent (computed once per area and build). */
function areaBox(model: SiteModel, area: AreaView): Box | undefined {
  if (!area.boundary) return undefined;
  const boxes = cacheOf(boxCache, model);
  let box = boxes.get(area.id);
  if (!box) boxes.set(area.id, (box = bbox(area.boundary as Boundary)));
  return box;
}

/** The outer rings and the holes of a boundary, without the repeated closing point. */
function boundaryRings(boundary: Boundary): { outer: LngLat[][]; all: LngLat[][] } {
  const polygons = boundary.type === 'Polygon' ? [boundary.coordinates] : boundary.coordinates;
  return {
    outer: polygons.map((polygon) => openRing(polygon[0]!)),
    all: polygons.flatMap((polygon) => polygon.map(openRing)),
  };
}

const VISIBLE: Box = [0, 0, SMALL_MAP_WIDTH, SMALL_MAP_HEIGHT];
const CUT: Box = [-CUT_MARGIN, -CUT_MARGIN, SMALL_MAP_WIDTH + CUT_MARGIN, SMALL_MAP_HEIGHT + CUT_MARGIN];

/** One area's outline in the frame, and where its name could go (none when too little shows). */
function drawArea(area: AreaView, role: AreaRole, { project }: Projection) {
  const rings = boundaryRings(area.boundary as Boundary);
  const outline = rings.all
    .map((ring) => roundRing(simplifyRing(clipRing(ring.map(project), CUT), TOLERANCE)))
    .filter((ring) => ring.length >= 3);
  if (outline.length === 0) return undefined;
  const drawn: DrawnArea = { id: area.id, name: area.name, role, d: ringsPath(outline) };
  // The name goes in the middle of the largest piece that shows.
  const pieces = rings.outer.map((ring) => clipRing(ring.map(project), VISIBLE)).filter((ring) => ring.length >= 3);
  const largest = pieces.sort((a, b) => Math.abs(ringArea(b)) - Math.abs(ringArea(a)))[0];
  if (!largest) return { drawn, visible: 0 };
  const size = NAME_SIZE[role];
  const middle = ringCentroid(largest);
  const visible = Math.abs(ringArea(largest));
  const roomy = visible >= 2 * size * size * [...area.name].length;
  const step = size * 1.6;
  const anchors: XY[] = (role === 'main' ? MAIN_NAME_STEPS : [[0, 0]]).map(([dx, dy]) => [
    middle[0] + dx * step,
    middle[1] + dy * step,
  ]);
  const inside = anchors.filter((anchor) => contains({ type: 'Polygon', coordinates: [largest] }, anchor));
  const candidate = roomy && inside.length > 0 ? { text: area.name, size, anchors: inside, role } : undefined;
  return { drawn, visible, candidate };
}

/** The areas around and inside `main` that have a boundary and reach into the frame. */
function surroundings(model: SiteModel, frame: Box, main: AreaView | undefined): [AreaView, AreaRole][] {
  const reaches = (area: AreaView) => {
    const box = areaBox(model, area);
    return box !== undefined && boxesOverlap(box, frame);
  };
  if (!main) {
    // A lone point: the finest areas there (those with no smaller area drawn inside).
    const finest = model.areas.filter((area) => reaches(area) && !area.children.some((child) => child.boundary));
    return finest.map((area) => [area, 'neighbour']);
  }
  const neighbours = model.areas.filter((area) => area.level === main.level && area.id !== main.id && reaches(area));
  const inside: AreaView[] = [];
  const walk = (area: AreaView) =>
    area.children.forEach((child) => (child.boundary ? inside.push(child) : walk(child)));
  walk(main);
  return [
    ...neighbours.map((area): [AreaView, AreaRole] => [area, 'neighbour']),
    ...inside.filter(reaches).map((area): [AreaView, AreaRole] => [area, 'child']),
  ];
}

/** Draws the frame's areas; `main` (the page's area) last, on top, its name first. */
function makeBase(model: SiteModel, frame: Box, main: AreaView | undefined): MapBase {
  const proj = projection(frame, SMALL_MAP_WIDTH);
  const order: [AreaView, AreaRole][] = [...surroundings(model, frame, main)];
  if (main?.boundary) order.push([main, 'main']);
  const drawnAreas = order.map(([area, role]) => drawArea(area, role, proj)).filter((area) => area !== undefined);
  const rank = { main: 0, neighbour: 1, child: 2 };
  const candidates = drawnAreas
    .filter((area) => area.candidate)
    .sort((a, b) => rank[a.drawn.role] - rank[b.drawn.role] || b.visible - a.visible)
    .map((area) => area.candidate!);
  const bar = scaleBar(proj.metresPerUnit, SMALL_MAP_WIDTH * 0.28);
  return {
    frame,
    projection: proj,
    areas: drawnAreas.map((area) => area.drawn),
    candidates,
    scale: { ...bar, x: 14, y: SMALL_MAP_HEIGHT - 14 },
  };
}

const pointBox = ([lng, lat]: LngLat): Box => [lng, lat, lng, lat];
const inBox = ([lng, lat]: LngLat, [west, south, east, north]: Box) =>
  lng >= west && lng <= east && lat >= south && lat <= north;

/** Resident-facing points only: a window only professionals use is not on the residents' map. */
const forResidents = (feature: PointFeature) => !feature.properties.u?.every((u) => u === 'professional');

/** The frame of an area: its boundary, else its located places; undefined when it has neither. */
function areaFrame(model: SiteModel, area: AreaView): Box | undefined {
  const box = areaBox(model, area);
  if (box) return frameAround(box, AREA_FRAME);
  const places = model.resourcesIn(area.id).filter((resource) => resource.location && !resource.professionalOnly);
  if (places.length === 0) return undefined;
  return frameAround(unionBox(places.map(({ location }) => pointBox([location!.lng, location!.lat]))), AREA_FRAME);
}

/** An area's drawing without points, made once per area and build. */
function areaBase(model: SiteModel, area: AreaView): MapBase | undefined {
  const bases = cacheOf(baseCache, model);
  if (!bases.has(area.id)) {
    const frame = areaFrame(model, area);
    bases.set(area.id, frame && makeBase(model, frame, area));
  }
  return bases.get(area.id);
}

/** The base with the page's own things added, and the names placed around them. */
function finish(base: MapBase, extra: { points?: PointGroup[]; here?: XY }): SmallMapDrawing | undefined {
  if (base.areas.length === 0 && !extra.points?.length && !extra.here) return undefined;
  const reserved = reservedBoxes(base.scale);
  if (extra.here) reserved.push([extra.here[0] - 14, extra.here[1] - 14, extra.here[0] + 14, extra.here[1] + 14]);
  const dots = extra.points?.flatMap((group) => group.dots) ?? [];
  const labels = placeLabels(base.candidates, { width: SMALL_MAP_WIDTH, height: SMALL_MAP_HEIGHT, reserved, dots });
  return {
    width: SMALL_MAP_WIDTH,
    height: SMALL_MAP_HEIGHT,
    bounds: base.frame,
    areas: base.areas,
    labels,
    points: extra.points ?? [],
    here: extra.here,
    scale: base.scale,
  };
}

/** Dots closer than this (in SVG units) are drawn once: they cover each other anyway. */
const DOT_GRID = 2;
/** Where a dot moves when another group's dot is on its place (a window and a café in one building). */
const DOT_NUDGES: XY[] = [
  [6, 0],
  [-6, 0],
  [0, 6],
  [0, -6],
];

/** Points as one dotted path per category group, each dot once, only those in the drawing. */
export function pointGroups(features: PointFeature[], { project }: Projection): PointGroup[] {
  const groups = new Map<number, Map<string, XY>>();
  for (const feature of features) {
    const [x, y] = project(feature.geometry.coordinates).map((v) => Math.round(v / DOT_GRID) * DOT_GRID) as XY;
    if (x < 0 || y < 0 || x > SMALL_MAP_WIDTH || y > SMALL_MAP_HEIGHT) continue;
    const group = feature.properties.g;
    if (!groups.has(group)) groups.set(group, new Map());
    groups.get(group)!.set(`${x},${y}`, [x, y]);
  }
  const taken = new Set<string>();
  // Row by row, so that each relative move is short.
  const byRow = (a: XY, b: XY) => a[1] - b[1] || a[0] - b[0];
  return [...groups.entries()]
    .sort(([a], [b]) => a - b)
    .map(([group, cells]) => {
      const dots = [...cells.values()].map((dot) => freePlace(dot, taken)).sort(byRow);
      return { group, d: dotsPath(dots), dots };
    });
}

/** The dot's place, or a nudge away when an earlier group's dot is there; marks it taken. */
function freePlace(dot: XY, taken: Set<string>): XY {
  const key = ([x, y]: XY) => `${x},${y}`;
  const place = taken.has(key(dot))
    ? (DOT_NUDGES.map(([dx, dy]): XY => [dot[0] + dx, dot[1] + dy]).find((p) => !taken.has(key(p))) ?? dot)
    : dot;
  taken.add(key(place));
  return place;
}

/**
 * An area page's map: its boundary and its places (the municipality's shows its areas only).
 * Undefined when there is nothing to draw.
 */
export function areaSmallMap(model: SiteModel, area: AreaView): SmallMapDrawing | undefined {
  const base = areaBase(model, area);
  if (!base) return undefined;
  const features = area.level === 'municipality' ? [] : areaMapPoints(model, area.id).features.filter(forResidents);
  return finish(base, { points: pointGroups(features, base.projection) });
}

/** A detail page's map: the place over its area, else over the areas around it; none without a place. */
export function resourceSmallMap(model: SiteModel, resource: ResourceView): SmallMapDrawing | undefined {
  if (!resource.location) return undefined;
  const point: LngLat = [resource.location.lng, resource.location.lat];
  const area = resource.areaId ? model.areaById.get(resource.areaId) : undefined;
  const box = area && areaBox(model, area);
  let base: MapBase | undefined;
  if (area && box && inBox(point, box)) base = areaBase(model, area);
  else if (area && box && inBox(point, grow(box, 0.5)))
    base = makeBase(model, frameAround(unionBox([box, pointBox(point)]), AREA_FRAME), area);
  base ??= makeBase(model, frameAround(pointBox(point), POINT_FRAME), undefined);
  return finish(base, { here: base.projection.project(point).map(Math.round) as XY });
}

/** A box grown by `share` of its size on each side. */
function grow([west, south, east, north]: Box, share: number): Box {
  const dx = (east - west) * share;
  const dy = (north - south) * share;
  return [west - dx, south - dy, east + dx, north + dy];
}
