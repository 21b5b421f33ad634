/**
 * The network diagram's edges in pixels (network-diagram.ts runs this last): each bundle's legs as
 * orthogonal polylines along their tracks, arrowheads where a relation points, and one label per
 * bundle and hub side, slid along the lines until it is clear of the boxes and other labels.
 */
import { columnTrackX, pathData, round, rowTrackY, type Geometry } from './diagram-drawing.ts';
import type { DiagramMetrics } from './diagram-grid.ts';
import { hubPort, leafPort, portKey, type LegPlan, type PortFractions, type Side } from './diagram-routes.ts';
import { textWidth } from './diagram-text.ts';
import type { DiagramArrow, DiagramEdge, DiagramLabel, DiagramNode, Rect } from './network-diagram.ts';

type Point = [number, number];

// ---------------------------------------------------------------------------------- edges

/** One edge per bundle, its legs in the order planned. */
export function drawEdges(plan: {
  legs: LegPlan[];
  nodes: DiagramNode[];
  ports: PortFractions;
  geometry: Geometry;
}): DiagramEdge[] {
  const bundles = new Map<string, LegPlan[]>();
  for (const leg of plan.legs) bundles.set(leg.bundle, [...(bundles.get(leg.bundle) ?? []), leg]);
  const nodeById = new Map(plan.nodes.map((node) => [node.id, node]));
  const portPoint = (nodeId: string, side: Side, port: string): Point => {
    const node = nodeById.get(nodeId)!;
    const fraction = plan.ports.get(portKey(nodeId, side, port))!;
    return [round(node.x + node.width * fraction), side === 'top' ? node.y : node.y + node.height];
  };
  const edges: DiagramEdge[] = [];
  for (const [bundle, bundleLegs] of bundles) {
    const first = bundleLegs[0];
    const paths: DiagramEdge['paths'] = [];
    const arrows: DiagramArrow[] = [];
    const hubArrowSides = new Set<Side>();
    for (const leg of bundleLegs) {
      const start = portPoint(leg.leaf, leg.leafSide, leafPort(leg));
      const end = portPoint(leg.hub, leg.hubSide, hubPort(leg));
      const points = legPoints(leg, start, end, plan.geometry);
      paths.push({ link: leg.link.key, points, d: pathData(points) });
      // The hub end is shared by the bundle: one arrowhead per side is enough.
      const towardHub = leg.link.bidirectional || leg.link.to === leg.hub;
      const towardLeaf = leg.link.bidirectional || leg.link.to === leg.leaf;
      if (towardHub && !hubArrowSides.has(leg.hubSide)) {
        hubArrowSides.add(leg.hubSide);
        arrows.push(arrowAt(end, leg.hubSide));
      }
      if (towardLeaf) arrows.push(arrowAt(start, leg.leafSide));
    }
    edges.push({
      id: bundle,
      hub: first.hub,
      label: first.link.label,
      bidirectional: first.link.bidirectional,
      links: bundleLegs.map((leg) => leg.link),
      paths,
      arrows,
      labels: [],
    });
  }
  return edges;
}

/** A leg's corners: out of the leaf, along its row track, down a column track, along the hub's. */
function legPoints(leg: LegPlan, start: Point, end: Point, geometry: Geometry): Point[] {
  const points: Point[] = [start];
  const y1 = round(rowTrackY(geometry, leg.leafGutter, leg.bundle));
  if (leg.columnGutter === undefined) {
    points.push([start[0], y1], [end[0], y1]);
  } else {
    const cx = round(columnTrackX(geometry, leg.columnGutter, leg.bundle));
    const y2 = round(rowTrackY(geometry, leg.hubGutter, leg.bundle));
    points.push([start[0], y1], [cx, y1], [cx, y2], [end[0], y2]);
  }
  points.push(end);
  return points.filter(
    (point, index) => index === 0 || point[0] !== points[index - 1][0] || point[1] !== points[index - 1][1],
  );
}

const ARROW_SIZE = 5;

function arrowAt(point: Point, side: Side): DiagramArrow {
  const [px, py] = point;
  // Pointing into the box: down onto a top side, up onto a bottom side.
  const direction = side === 'top' ? 'down' : 'up';
  const back = side === 'top' ? py - ARROW_SIZE * 1.6 : py + ARROW_SIZE * 1.6;
  const d = `M${px} ${py}L${round(px - ARROW_SIZE)} ${round(back)}L${round(px + ARROW_SIZE)} ${round(back)}Z`;
  return { x: px, y: py, direction, d };
}

// ---------------------------------------------------------------------------------- labels

const hits = (p: Rect, q: Rect, margin = 2) =>
  p.x < q.x + q.width + margin &&
  q.x < p.x + p.width + margin &&
  p.y < q.y + q.height + margin &&
  q.y < p.y + p.height + margin;

/**
 * Labels: one per bundle and hub side, slid along its horizontal runs until clear. Adds them to
 * the edges and returns how many could not be placed clear of the others.
 */
export function placeLabels(plan: {
  edges: DiagramEdge[];
  nodes: DiagramNode[];
  geometry: Geometry;
  metrics: DiagramMetrics;
}): number {
  const { width, height } = plan.geometry;
  const { bandLabelWidth, labelFont, labelHeight } = plan.metrics;
  const placed: Rect[] = [];
  let labelCollisions = 0;
  const inside = (rect: Rect) =>
    rect.x >= bandLabelWidth && rect.x + rect.width <= width && rect.y >= 0 && rect.y + rect.height <= height;
  const obstacles: Rect[] = plan.nodes.map(({ x, y, width, height }) => ({ x, y, width, height }));
  const clear = (candidate: Rect) =>
    inside(candidate) &&
    !obstacles.some((rect) => hits(rect, candidate, 1)) &&
    !placed.some((rect) => hits(rect, candidate));
  for (const edge of plan.edges) {
    if (!edge.label) continue;
    const size = { width: Math.ceil(textWidth(edge.label, labelFont)) + 6, height: labelHeight };
    // One label per side of the hub the bundle reaches (above and below: two labels).
    const hubEnds = [...new Set(edge.paths.map((path) => path.points[path.points.length - 1][1]))];
    hubEnds.sort((p, q) => p - q);
    for (const hubY of hubEnds) {
      const candidates = labelCandidates(edge, hubY, size);
      let best = candidates.find(clear);
      if (!best) {
        labelCollisions++;
        best = candidates[0];
      }
      if (best) {
        edge.labels.push(best);
        placed.push(best);
      }
    }
  }
  return labelCollisions;
}

/** Places to try, best first: along each run, from its middle outwards, the run next to the hub first. */
function labelCandidates(edge: DiagramEdge, hubY: number, size: { width: number; height: number }): DiagramLabel[] {
  const { width: w, height: h } = size;
  const text = edge.label;
  const candidates: DiagramLabel[] = [];
  for (const run of horizontalRuns(edge, hubY)) {
    const mid = (run.x1 + run.x2) / 2;
    const reach = (run.x2 - run.x1) / 2 + w / 2;
    for (let offset = 0; offset <= reach; offset += 8) {
      for (const cx of offset === 0 ? [mid] : [mid - offset, mid + offset]) {
        const [x, y] = [round(cx - w / 2), round(run.y - h / 2)];
        candidates.push({ x, y, width: w, height: h, text, cx: round(cx), cy: round(run.y) });
      }
    }
  }
  return candidates;
}

/** Horizontal runs of the paths ending on this side of the hub, the run next to the hub first. */
function horizontalRuns(edge: DiagramEdge, hubY: number) {
  const runs: { y: number; x1: number; x2: number; rank: number }[] = [];
  for (const path of edge.paths) {
    const pts = path.points;
    if (pts[pts.length - 1][1] !== hubY) continue;
    for (let i = 1; i < pts.length; i++) {
      if (pts[i][1] !== pts[i - 1][1]) continue;
      const [x1, x2] = [Math.min(pts[i][0], pts[i - 1][0]), Math.max(pts[i][0], pts[i - 1][0])];
      runs.push({ y: pts[i][1], x1, x2, rank: pts.length - 1 - i });
    }
  }
  return runs.sort((p, q) => p.rank - q.rank || q.x2 - q.x1 - (p.x2 - p.x1) || p.y - q.y || p.x1 - q.x1);
}
