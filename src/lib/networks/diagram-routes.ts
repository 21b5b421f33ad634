/**
 * The network diagram's edges planned through the grid (network-diagram.ts runs these steps after
 * the grid placement): links merged per pair, bundled at a hub, each leg given a way out of the
 * boxes and through the gutters, ports spread along the box sides, and numbered tracks in every
 * gutter so that two bundles never share a stretch of line. Still in grid units, not pixels.
 */
import { AREA_LEVELS } from '../../schemas/area.ts';
import type { Cell } from './diagram-grid.ts';
import type { DiagramLinkInput, DiagramNodeInput, MergedLink } from './network-diagram.ts';

// ---------------------------------------------------------------------------------- links

const isMutual = (relation: string) => relation.includes('相互');

/**
 * Merges `linksTo` into one link per pair of networks: A→B and B→A become one two-way link.
 * Links to unknown ids and to the network itself are dropped.
 */
export function mergeLinks(links: DiagramLinkInput[], known: Set<string>): MergedLink[] {
  const byPair = new Map<string, { a: string; b: string; directions: Set<string>; relations: string[] }>();
  for (const link of links) {
    if (link.from === link.to || !known.has(link.from) || !known.has(link.to)) continue;
    const [a, b] = link.from < link.to ? [link.from, link.to] : [link.to, link.from];
    const key = `${a}--${b}`;
    let entry = byPair.get(key);
    if (!entry) byPair.set(key, (entry = { a, b, directions: new Set(), relations: [] }));
    entry.directions.add(link.from === a ? 'ab' : 'ba');
    const relation = link.relation?.trim();
    if (relation && !entry.relations.includes(relation)) entry.relations.push(relation);
  }
  return [...byPair.entries()].map(([key, entry]) => {
    const bidirectional = entry.directions.size === 2 || entry.relations.some(isMutual);
    const forward = entry.directions.has('ab');
    return {
      key,
      a: entry.a,
      b: entry.b,
      relations: entry.relations,
      label: entry.relations.join('・'),
      bidirectional,
      from: bidirectional ? undefined : forward ? entry.a : entry.b,
      to: bidirectional ? undefined : forward ? entry.b : entry.a,
    };
  });
}

/** Flags the merged links that stand for a `parent` drawn as a line (see parentLinks). */
export function markParentLinks(links: MergedLink[], parentLinks: DiagramLinkInput[]): void {
  const isParentLink = (link: MergedLink) =>
    parentLinks.some(
      (extra) => (extra.from === link.a && extra.to === link.b) || (extra.from === link.b && extra.to === link.a),
    );
  for (const link of links) if (isParentLink(link)) link.parentLink = true;
}

// ---------------------------------------------------------------------------------- legs

export type Side = 'top' | 'bottom';

/** One merged link's way through the grid, from its leaf end to the hub of its bundle. */
export interface LegPlan {
  link: MergedLink;
  bundle: string;
  leaf: string;
  hub: string;
  leafSide: Side;
  hubSide: Side;
  /** Row gutters next to the leaf and next to the hub. */
  leafGutter: number;
  hubGutter: number;
  /** Column gutter used to change rows (undefined when both ends share a row gutter). */
  columnGutter?: number;
}

/** The links, each as a leg of the bundle it shares with the links that meet the same hub alike. */
export function planLegs(plan: {
  links: MergedLink[];
  nodes: DiagramNodeInput[];
  cellOf: Map<string, Cell>;
}): LegPlan[] {
  const byId = new Map(plan.nodes.map((node) => [node.id, node]));
  const ranks: HubRanks = {
    degree: bundleDegrees(plan.links),
    levelRank: (id) => AREA_LEVELS.indexOf(byId.get(id)!.level),
    order: new Map(plan.nodes.map((node, index) => [node.id, index])),
  };
  return plan.links.map((link) => legThroughGrid(link, chooseHub(link, ranks), plan.cellOf));
}

interface HubRanks {
  /** Links per `id|label|bidirectional`: how many of a kind meet a node. */
  degree: Map<string, number>;
  levelRank: (id: string) => number;
  /** Position in the input. */
  order: Map<string, number>;
}

function bundleDegrees(links: MergedLink[]): Map<string, number> {
  const degree = new Map<string, number>();
  for (const link of links) {
    const key = (id: string) => `${id}|${link.label}|${link.bidirectional}`;
    degree.set(key(link.a), (degree.get(key(link.a)) ?? 0) + 1);
    degree.set(key(link.b), (degree.get(key(link.b)) ?? 0) + 1);
  }
  return degree;
}

/**
 * The end a link's bundle meets: the target of a one-way link; for a two-way link the end with
 * more links of its kind, then the higher level, then the one listed first.
 */
function chooseHub(link: MergedLink, ranks: HubRanks): string {
  if (!link.bidirectional) return link.to!;
  const da = ranks.degree.get(`${link.a}|${link.label}|true`) ?? 0;
  const db = ranks.degree.get(`${link.b}|${link.label}|true`) ?? 0;
  if (da !== db) return da > db ? link.a : link.b;
  const [ra, rb] = [ranks.levelRank(link.a), ranks.levelRank(link.b)];
  if (ra !== rb) return ra < rb ? link.a : link.b;
  return ranks.order.get(link.a)! <= ranks.order.get(link.b)! ? link.a : link.b;
}

/** Row gutter g lies above row g, so a box's top side faces gutter `row` and its bottom `row + 1`. */
const gutterOf = (cell: Cell, side: Side) => (side === 'top' ? cell.row : cell.row + 1);

/** Out of the sides that face each other, along the row gutters, through a column gutter between. */
function legThroughGrid(link: MergedLink, hub: string, cellOf: Map<string, Cell>): LegPlan {
  const leaf = hub === link.a ? link.b : link.a;
  const bundle = `${hub}|${link.label}|${link.bidirectional ? 'both' : 'in'}`;
  const leafCell = cellOf.get(leaf)!;
  const hubCell = cellOf.get(hub)!;
  let leafSide: Side;
  let hubSide: Side;
  if (leafCell.row < hubCell.row) [leafSide, hubSide] = ['bottom', 'top'];
  else if (leafCell.row > hubCell.row) [leafSide, hubSide] = ['top', 'bottom'];
  else [leafSide, hubSide] = ['bottom', 'bottom'];
  const leafGutter = gutterOf(leafCell, leafSide);
  const hubGutter = gutterOf(hubCell, hubSide);
  let columnGutter: number | undefined;
  if (leafGutter !== hubGutter) columnGutter = leafCell.column > hubCell.column ? hubCell.column + 1 : hubCell.column;
  return { link, bundle, leaf, hub, leafSide, hubSide, leafGutter, hubGutter, columnGutter };
}

// ---------------------------------------------------------------------------------- ports

/** Where on a box side each port sits, as a fraction of the box width, by `portKey`. */
export type PortFractions = Map<string, number>;

/** The names of a leg's ports: one per link at the leaf end, one per bundle (and side) at the hub. */
export const leafPort = (leg: LegPlan) => `leaf|${leg.link.key}`;
export const hubPort = (leg: LegPlan) => `hub|${leg.bundle}`;
export const portKey = (nodeId: string, side: Side, port: string) => `${nodeId}|${side}|${port}`;

/**
 * Ports ordered along each side by where the other end is, so that lines leave a box without
 * crossing each other.
 */
export function placePorts(legs: LegPlan[], cellOf: Map<string, Cell>): PortFractions {
  const portFraction: PortFractions = new Map();
  for (const [nodeSide, users] of portUsers(legs, cellOf)) {
    const side = nodeSide.split('|')[1];
    users.sort(
      (p, q) =>
        p.otherX - q.otherX ||
        (side === 'bottom' ? q.otherRow - p.otherRow : p.otherRow - q.otherRow) ||
        (p.key < q.key ? -1 : 1),
    );
    // Top and bottom ports are nudged apart so a stub going down from one box never lies on a
    // stub going up from the box below it.
    const nudge = side === 'top' ? 0.04 : -0.04;
    users.forEach((user, index) => {
      portFraction.set(`${nodeSide}|${user.key}`, (index + 1) / (users.length + 1) + nudge);
    });
  }
  return portFraction;
}

/** The ports of every `node|side`, with the column and row of what each one leads to. */
function portUsers(legs: LegPlan[], cellOf: Map<string, Cell>) {
  const users = new Map<string, { key: string; otherX: number; otherRow: number }[]>();
  const addPort = (nodeId: string, side: Side, key: string, otherX: number, otherRow: number) => {
    const list = users.get(`${nodeId}|${side}`) ?? [];
    const existing = list.find((user) => user.key === key);
    if (existing) {
      existing.otherX = Math.min(existing.otherX, otherX);
      return;
    }
    list.push({ key, otherX, otherRow });
    users.set(`${nodeId}|${side}`, list);
  };
  for (const leg of legs) {
    const leafCell = cellOf.get(leg.leaf)!;
    const hubCell = cellOf.get(leg.hub)!;
    // Column gutter k lies between columns k-1 and k.
    const gutterColumn = leg.columnGutter !== undefined ? leg.columnGutter - 0.5 : undefined;
    addPort(leg.leaf, leg.leafSide, leafPort(leg), gutterColumn ?? hubCell.column, hubCell.row);
    addPort(leg.hub, leg.hubSide, hubPort(leg), gutterColumn ?? leafCell.column, leafCell.row);
  }
  return users;
}

// ---------------------------------------------------------------------------------- tracks

interface Interval {
  lo: number;
  hi: number;
}
const overlaps = (p: Interval, q: Interval) => p.lo <= q.hi + 1e-6 && q.lo <= p.hi + 1e-6;

/** Greedy interval colouring: the lowest track whose items do not overlap. Deterministic. */
function assignTracks(items: { key: string; span: Interval }[]): Map<string, number> {
  const sorted = [...items].sort((p, q) => p.span.lo - q.span.lo || q.span.hi - p.span.hi || (p.key < q.key ? -1 : 1));
  const tracks: Interval[][] = [];
  const result = new Map<string, number>();
  for (const item of sorted) {
    let index = tracks.findIndex((track) => track.every((span) => !overlaps(span, item.span)));
    if (index === -1) index = tracks.push([]) - 1;
    tracks[index].push(item.span);
    result.set(item.key, index);
  }
  return result;
}

/** The track of each bundle in each gutter: row gutters by g, column gutters by k. */
export interface GutterTracks {
  rows: Map<number, Map<string, number>>;
  columns: Map<number, Map<string, number>>;
}

type GutterSpans = Map<number, Map<string, Interval>>;

export function assignGutterTracks(plan: {
  legs: LegPlan[];
  cellOf: Map<string, Cell>;
  ports: PortFractions;
  rowCount: number;
  columns: number;
}): GutterTracks {
  const spans = gutterSpans(plan.legs, plan.cellOf, plan.ports);
  const toItems = (items: Map<string, Interval> | undefined) =>
    [...(items ?? new Map<string, Interval>()).entries()].map(([key, span]) => ({ key, span }));
  const rows = new Map<number, Map<string, number>>();
  const columns = new Map<number, Map<string, number>>();
  for (let g = 0; g <= plan.rowCount; g++) rows.set(g, assignTracks(toItems(spans.rows.get(g))));
  for (let k = 0; k <= plan.columns; k++) columns.set(k, assignTracks(toItems(spans.columns.get(k))));
  return { rows, columns };
}

/**
 * The stretch of each gutter every bundle runs along. Logical coordinates for overlap tests:
 * cell c spans (2c+0.5, 2c+1.5), column gutter k is 2k; row gutter g is 2g. The real
 * coordinates keep this order, so tracks stay valid.
 */
function gutterSpans(
  legs: LegPlan[],
  cellOf: Map<string, Cell>,
  ports: PortFractions,
): { rows: GutterSpans; columns: GutterSpans } {
  const logicalPortX = (nodeId: string, fraction: number) => 2 * cellOf.get(nodeId)!.column + 0.5 + fraction;
  const rows: GutterSpans = new Map();
  const columns: GutterSpans = new Map();
  const extend = (map: GutterSpans, gutter: number, bundle: string, lo: number, hi: number) => {
    const items = map.get(gutter) ?? new Map<string, Interval>();
    const span = items.get(bundle);
    const grown = span
      ? { lo: Math.min(span.lo, lo, hi), hi: Math.max(span.hi, lo, hi) }
      : { lo: Math.min(lo, hi), hi: Math.max(lo, hi) };
    items.set(bundle, grown);
    map.set(gutter, items);
  };
  for (const leg of legs) {
    const leafX = logicalPortX(leg.leaf, ports.get(portKey(leg.leaf, leg.leafSide, leafPort(leg)))!);
    const hubX = logicalPortX(leg.hub, ports.get(portKey(leg.hub, leg.hubSide, hubPort(leg)))!);
    if (leg.columnGutter === undefined) {
      extend(rows, leg.leafGutter, leg.bundle, leafX, hubX);
    } else {
      const cx = 2 * leg.columnGutter;
      extend(rows, leg.leafGutter, leg.bundle, leafX, cx);
      extend(columns, leg.columnGutter, leg.bundle, 2 * leg.leafGutter, 2 * leg.hubGutter);
      extend(rows, leg.hubGutter, leg.bundle, cx, hubX);
    }
  }
  return { rows, columns };
}
