/**
 * Layout of the care-networks diagram (/networks/), computed at build time so the page is a
 * plain SVG with no client-side graph library.
 *
 * The picture follows the municipal 図解: one horizontal band per level (市レベル on top, then
 * 地域レベル, then 地区), nodes in a uniform grid inside each band, a 協議会 and its 部会 framed
 * together (the parent in the frame's first cell), and `linksTo` drawn as labelled edges.
 *
 * Edges are routed orthogonally through the empty gutters between grid cells, so a line never
 * runs through a box: out of a node's top or bottom side into the row gutter next to it, along
 * that gutter to a column gutter, along the column gutter to the row gutter next to the other
 * node, and in. Every gutter holds numbered tracks; two edges share a track only when they do
 * not overlap there. Edges that meet the same node with the same relation (ten 第2層協議体 that
 * all 「相互に連携」 with the 第1層協議体) form a bundle that shares its tracks and one label, which
 * is how hand-drawn 図解 show it too. A link declared from both sides is drawn once, with
 * arrowheads at both ends.
 */

import { AREA_LEVELS, type AreaLevel } from '../../schemas/area.ts';

export interface DiagramNodeInput {
  id: string;
  name: string;
  level: AreaLevel;
  /** Kind shown under the name (協議会・審議会, 部会 …). */
  kindLabel: string;
  /** A class name suffix for styling by kind. */
  kind: string;
  parent?: string;
}

export interface DiagramLinkInput {
  from: string;
  to: string;
  relation?: string;
}

export interface DiagramOptions {
  /** Grid columns per band (4 for a wide screen or paper, 2 for a phone). */
  columns: number;
  /** Width of one box in px. */
  cellWidth: number;
  nameFontSize?: number;
  kindFontSize?: number;
  labelFontSize?: number;
  bandLabels?: Record<AreaLevel, string>;
}

/** A link after merging both directions of a pair: what is drawn as one edge. */
export interface MergedLink {
  /** Stable id: `a--b` with a < b. */
  key: string;
  a: string;
  b: string;
  /** Relations as declared, in the order found (duplicates removed). */
  relations: string[];
  /** Label on the drawing: the relations joined with ・ (empty when none was given). */
  label: string;
  /** Drawn with arrowheads at both ends: declared from both sides, or a 相互 relation. */
  bidirectional: boolean;
  /** For a one-way link: where the arrow points. */
  from?: string;
  to?: string;
  /** True for the line that stands for a `parent` that could not be drawn as nesting. */
  parentLink?: boolean;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface DiagramNode extends Rect {
  id: string;
  name: string;
  kind: string;
  kindLabel: string;
  level: AreaLevel;
  lines: string[];
  /** The id of the group frame it belongs to (its root network), if any. */
  group?: string;
  /** The first node of a group: the 協議会 its 部会 hang from. */
  groupRoot: boolean;
  row: number;
  column: number;
  /** Where to write the text: x, and the baselines of the name lines and of the kind line. */
  textX: number;
  nameY: number[];
  kindY: number;
}

export interface DiagramBand extends Rect {
  level: AreaLevel;
  label: string;
  /** Where the vertical band label is drawn. */
  labelX: number;
  labelY: number;
}

export interface DiagramGroup {
  id: string;
  members: string[];
  /** SVG path of the frame around the member cells. */
  d: string;
  /** The same frame as polygon corners. */
  polygon: [number, number][];
  /** Bounding box of the frame. */
  box: Rect;
}

export interface DiagramArrow {
  /** Tip of the arrowhead, on the node's border. */
  x: number;
  y: number;
  /** The way the arrow points. */
  direction: 'up' | 'down';
  d: string;
}

export interface DiagramLabel extends Rect {
  text: string;
  /** Center, for a text-anchor="middle" baseline-centered <text>. */
  cx: number;
  cy: number;
}

export interface DiagramEdge {
  id: string;
  /** The node the bundle meets (the target of 報告, or the busier end of 相互に連携). */
  hub: string;
  label: string;
  bidirectional: boolean;
  /** The merged links drawn by this bundle. */
  links: MergedLink[];
  /** One polyline per link, from the other end to the hub. */
  paths: { link: string; points: [number, number][]; d: string }[];
  arrows: DiagramArrow[];
  labels: DiagramLabel[];
}

export interface DiagramLayout {
  width: number;
  height: number;
  bands: DiagramBand[];
  groups: DiagramGroup[];
  nodes: DiagramNode[];
  edges: DiagramEdge[];
  links: MergedLink[];
  /** Labels that could not be placed clear of the others (0 for a readable drawing). */
  labelCollisions: number;
  /** Font sizes (px) the text was measured with; the drawing must use the same. */
  fontSizes: { name: number; kind: number; label: number };
}

/** The band titles drawn when the caller gives none. */
export const DIAGRAM_BAND_LABELS: Record<AreaLevel, string> = {
  municipality: '市レベル',
  region: '地域レベル',
  district: '地区レベル',
};

// ---------------------------------------------------------------------------------- text

/** Approximate advance of a character at font size 1 (full-width 1, half-width about 0.55). */
export function charWidth(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  if (code < 0x2e80 || (code >= 0xff61 && code <= 0xff9f)) return 0.58;
  return 1;
}

export function textWidth(text: string, fontSize: number): number {
  let width = 0;
  for (const char of text) width += charWidth(char) * fontSize;
  return width;
}

const NO_LINE_START = new Set([...'）」』】、。・ー〕』！？)]ぁぃぅぇぉっゃゅょァィゥェォッャュョ']);
const NO_LINE_END = new Set([...'（「『【〔([']);

/**
 * Wraps Japanese text to a width, breaking between any two characters but keeping closing
 * brackets, small kana and 、。 off the start of a line (basic 禁則処理), and preferring to
 * break before an opening bracket.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[][] = [];
  let line: string[] = [];
  let width = 0;
  const measure = (chars: string[]) => chars.reduce((sum, c) => sum + charWidth(c) * fontSize, 0);
  for (const char of text) {
    const w = charWidth(char) * fontSize;
    if (line.length > 0 && width + w > maxWidth) {
      // Carry the last character over when this one may not start a line, and an opening
      // bracket may not end one.
      let carry = NO_LINE_START.has(char) && line.length > 1 ? 1 : 0;
      while (carry < line.length - 1 && NO_LINE_END.has(line[line.length - 1 - carry])) carry++;
      lines.push(line.slice(0, line.length - carry));
      line = line.slice(line.length - carry);
      width = measure(line);
    }
    if (char === ' ' && line.length === 0) continue;
    line.push(char);
    width += w;
  }
  if (line.length > 0) lines.push(line);
  return lines.map((l) => l.join('').trim()).filter(Boolean);
}

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

// ---------------------------------------------------------------------------------- layout

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

type Side = 'top' | 'bottom';

interface LegPlan {
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

export function layoutNetworkDiagram(
  inputNodes: DiagramNodeInput[],
  inputLinks: DiagramLinkInput[],
  options: DiagramOptions,
): DiagramLayout {
  const columns = Math.max(1, Math.floor(options.columns));
  const cellWidth = options.cellWidth;
  const nameFont = options.nameFontSize ?? 13;
  const kindFont = options.kindFontSize ?? 11;
  const labelFont = options.labelFontSize ?? 11;
  const bandLabels = options.bandLabels ?? DIAGRAM_BAND_LABELS;
  const padX = 8;
  const padY = 7;
  const nameLineHeight = Math.round(nameFont * 1.35);
  const kindLineHeight = Math.round(kindFont * 1.5);
  const trackGap = 6;
  const rowGutterPad = 11;
  const columnGutterPad = 7;
  const bandLabelWidth = 26;

  const byId = new Map(inputNodes.map((node) => [node.id, node]));
  const order = new Map(inputNodes.map((node, index) => [node.id, index]));

  // --- items per band: standalone networks, or a group (root + same-level descendants) ---------
  const childrenOf = new Map<string, DiagramNodeInput[]>();
  for (const node of inputNodes) {
    if (node.parent && byId.has(node.parent)) {
      const list = childrenOf.get(node.parent) ?? [];
      list.push(node);
      childrenOf.set(node.parent, list);
    }
  }
  const sameBandParent = (node: DiagramNodeInput) => {
    const parent = node.parent ? byId.get(node.parent) : undefined;
    return parent && parent.level === node.level ? parent : undefined;
  };
  // A parent chain that loops (the validator rejects it, but be safe) is cut where it repeats.
  const rootOf = (node: DiagramNodeInput): DiagramNodeInput => {
    const seen = new Set<string>();
    let current = node;
    for (let parent = sameBandParent(current); parent && !seen.has(parent.id); parent = sameBandParent(current)) {
      seen.add(current.id);
      current = parent;
    }
    return current;
  };
  const groupMembers = (root: DiagramNodeInput): DiagramNodeInput[] => {
    const out: DiagramNodeInput[] = [];
    const seen = new Set<string>();
    const walk = (node: DiagramNodeInput) => {
      if (seen.has(node.id)) return;
      seen.add(node.id);
      out.push(node);
      for (const child of childrenOf.get(node.id) ?? []) if (child.level === node.level) walk(child);
    };
    walk(root);
    return out;
  };

  const extraLinks: DiagramLinkInput[] = [];
  for (const node of inputNodes) {
    // A parent in another band, or a parent that is itself a 部会 (the frame shows only the
    // root), is drawn as a line so the relation is not lost.
    const parent = node.parent ? byId.get(node.parent) : undefined;
    if (parent && (parent.level !== node.level || rootOf(node).id !== parent.id)) {
      extraLinks.push({ from: node.id, to: parent.id, relation: '上位の会議体' });
    }
  }

  // Grid placement.
  interface Cell {
    node: DiagramNodeInput;
    row: number;
    column: number;
    group?: string;
    groupRoot: boolean;
  }
  const cells: Cell[] = [];
  const groupsPlaced: { id: string; members: string[]; firstRow: number; lastRow: number; lastColumn: number }[] = [];
  const bandRows: { level: AreaLevel; first: number; last: number }[] = [];
  let row = 0;
  for (const level of AREA_LEVELS) {
    const inBand = inputNodes.filter((node) => node.level === level);
    if (inBand.length === 0) continue;
    const first = row;
    let column = 0;
    const placed = new Set<string>();
    for (const node of inBand) {
      if (placed.has(node.id)) continue;
      // A 部会 listed before its 協議会 is placed with the whole group right away.
      const root = rootOf(node);
      const members = groupMembers(root).filter((member) => !placed.has(member.id));
      if (members.length > 1) {
        if (column !== 0) {
          row++;
          column = 0;
        }
        const firstRow = row;
        members.forEach((member, index) => {
          cells.push({ node: member, row, column, group: root.id, groupRoot: index === 0 });
          placed.add(member.id);
          column++;
          if (column === columns && index < members.length - 1) {
            row++;
            column = 0;
          }
        });
        groupsPlaced.push({ id: root.id, members: members.map((m) => m.id), firstRow, lastRow: row, lastColumn: column - 1 });
      } else {
        cells.push({ node, row, column, groupRoot: false });
        placed.add(node.id);
        column++;
      }
      if (column === columns) {
        row++;
        column = 0;
      }
    }
    if (column !== 0) row++;
    bandRows.push({ level, first, last: row - 1 });
  }
  const rowCount = row;
  const cellOf = new Map(cells.map((cell) => [cell.node.id, cell]));
  const bandStartRows = new Set(bandRows.map((band) => band.first));

  // --- node size: uniform, tall enough for the longest name -----------------------------------
  const nameWidth = cellWidth - padX * 2;
  const lines = new Map(inputNodes.map((node) => [node.id, wrapText(node.name, nameWidth, nameFont)]));
  const maxLines = Math.max(1, ...[...lines.values()].map((l) => l.length));
  const cellHeight = padY * 2 + maxLines * nameLineHeight + kindLineHeight;

  // --- links, bundles and their plan through the grid ------------------------------------------
  const links = mergeLinks([...inputLinks, ...extraLinks], new Set(cellOf.keys()));
  for (const link of links) if (extraLinks.some((extra) => (extra.from === link.a && extra.to === link.b) || (extra.from === link.b && extra.to === link.a))) link.parentLink = true;
  const degree = new Map<string, number>();
  for (const link of links) {
    const key = (id: string) => `${id}|${link.label}|${link.bidirectional}`;
    degree.set(key(link.a), (degree.get(key(link.a)) ?? 0) + 1);
    degree.set(key(link.b), (degree.get(key(link.b)) ?? 0) + 1);
  }
  const levelRank = (id: string) => AREA_LEVELS.indexOf(byId.get(id)!.level);
  const legs: LegPlan[] = links.map((link) => {
    let hub: string;
    if (!link.bidirectional) hub = link.to!;
    else {
      const da = degree.get(`${link.a}|${link.label}|true`) ?? 0;
      const db = degree.get(`${link.b}|${link.label}|true`) ?? 0;
      hub = da !== db ? (da > db ? link.a : link.b) : levelRank(link.a) !== levelRank(link.b) ? (levelRank(link.a) < levelRank(link.b) ? link.a : link.b) : order.get(link.a)! <= order.get(link.b)! ? link.a : link.b;
    }
    const leaf = hub === link.a ? link.b : link.a;
    const bundle = `${hub}|${link.label}|${link.bidirectional ? 'both' : 'in'}`;
    const leafCell = cellOf.get(leaf)!;
    const hubCell = cellOf.get(hub)!;
    let leafSide: Side;
    let hubSide: Side;
    if (leafCell.row < hubCell.row) [leafSide, hubSide] = ['bottom', 'top'];
    else if (leafCell.row > hubCell.row) [leafSide, hubSide] = ['top', 'bottom'];
    else [leafSide, hubSide] = ['bottom', 'bottom'];
    const gutterOf = (cell: Cell, side: Side) => (side === 'top' ? cell.row : cell.row + 1);
    const leafGutter = gutterOf(leafCell, leafSide);
    const hubGutter = gutterOf(hubCell, hubSide);
    let columnGutter: number | undefined;
    if (leafGutter !== hubGutter) columnGutter = leafCell.column > hubCell.column ? hubCell.column + 1 : hubCell.column;
    return { link, bundle, leaf, hub, leafSide, hubSide, leafGutter, hubGutter, columnGutter };
  });

  // Ports: one per leg at the leaf end; one per bundle and side at the hub end. Ordered along the
  // side by where the other end is, so that lines leave a box without crossing each other.
  const portUsers = new Map<string, { key: string; otherX: number; otherRow: number }[]>();
  const addPort = (nodeId: string, side: Side, key: string, otherX: number, otherRow: number) => {
    const list = portUsers.get(`${nodeId}|${side}`) ?? [];
    const existing = list.find((user) => user.key === key);
    if (existing) {
      existing.otherX = Math.min(existing.otherX, otherX);
      return;
    }
    list.push({ key, otherX, otherRow });
    portUsers.set(`${nodeId}|${side}`, list);
  };
  for (const leg of legs) {
    const leafCell = cellOf.get(leg.leaf)!;
    const hubCell = cellOf.get(leg.hub)!;
    // Column gutter k lies between columns k-1 and k.
    const gutterColumn = leg.columnGutter !== undefined ? leg.columnGutter - 0.5 : undefined;
    addPort(leg.leaf, leg.leafSide, `leaf|${leg.link.key}`, gutterColumn ?? hubCell.column, hubCell.row);
    addPort(leg.hub, leg.hubSide, `hub|${leg.bundle}`, gutterColumn ?? leafCell.column, leafCell.row);
  }
  const portFraction = new Map<string, number>();
  for (const [nodeSide, users] of portUsers) {
    const side = nodeSide.split('|')[1];
    users.sort((p, q) => p.otherX - q.otherX || (side === 'bottom' ? q.otherRow - p.otherRow : p.otherRow - q.otherRow) || (p.key < q.key ? -1 : 1));
    // Top and bottom ports are nudged apart so a stub going down from one box never lies on a
    // stub going up from the box below it.
    const nudge = side === 'top' ? 0.04 : -0.04;
    users.forEach((user, index) => portFraction.set(`${nodeSide}|${user.key}`, (index + 1) / (users.length + 1) + nudge));
  }
  const portKey = (nodeId: string, side: Side, key: string) => `${nodeId}|${side}|${key}`;

  // Logical coordinates for overlap tests: cell c spans (2c+0.5, 2c+1.5), column gutter k is 2k;
  // row gutter g is 2g. The real coordinates keep this order, so tracks stay valid.
  const logicalPortX = (nodeId: string, fraction: number) => 2 * cellOf.get(nodeId)!.column + 0.5 + fraction;
  const rowTrackItems = new Map<number, Map<string, Interval>>();
  const columnTrackItems = new Map<number, Map<string, Interval>>();
  const extend = (map: Map<number, Map<string, Interval>>, gutter: number, bundle: string, lo: number, hi: number) => {
    const items = map.get(gutter) ?? new Map<string, Interval>();
    const span = items.get(bundle);
    items.set(bundle, span ? { lo: Math.min(span.lo, lo, hi), hi: Math.max(span.hi, lo, hi) } : { lo: Math.min(lo, hi), hi: Math.max(lo, hi) });
    map.set(gutter, items);
  };
  for (const leg of legs) {
    const leafX = logicalPortX(leg.leaf, portFraction.get(portKey(leg.leaf, leg.leafSide, `leaf|${leg.link.key}`))!);
    const hubX = logicalPortX(leg.hub, portFraction.get(portKey(leg.hub, leg.hubSide, `hub|${leg.bundle}`))!);
    if (leg.columnGutter === undefined) {
      extend(rowTrackItems, leg.leafGutter, leg.bundle, leafX, hubX);
    } else {
      const cx = 2 * leg.columnGutter;
      extend(rowTrackItems, leg.leafGutter, leg.bundle, leafX, cx);
      extend(columnTrackItems, leg.columnGutter, leg.bundle, 2 * leg.leafGutter, 2 * leg.hubGutter);
      extend(rowTrackItems, leg.hubGutter, leg.bundle, cx, hubX);
    }
  }
  const toItems = (items: Map<string, Interval> | undefined) => [...(items ?? new Map()).entries()].map(([key, span]) => ({ key, span }));
  const rowTracks = new Map<number, Map<string, number>>();
  const columnTracks = new Map<number, Map<string, number>>();
  for (let g = 0; g <= rowCount; g++) rowTracks.set(g, assignTracks(toItems(rowTrackItems.get(g))));
  for (let k = 0; k <= columns; k++) columnTracks.set(k, assignTracks(toItems(columnTrackItems.get(k))));
  const trackCount = (tracks: Map<string, number> | undefined) => (tracks && tracks.size ? Math.max(...tracks.values()) + 1 : 0);

  // --- real coordinates --------------------------------------------------------------------------
  const labelHeight = Math.round(labelFont * 1.45);
  const columnGutterWidth: number[] = [];
  for (let k = 0; k <= columns; k++) columnGutterWidth.push(Math.max(18, columnGutterPad * 2 + trackCount(columnTracks.get(k)) * trackGap));
  const rowGutterHeight: number[] = [];
  for (let g = 0; g <= rowCount; g++) {
    const tracks = trackCount(rowTracks.get(g));
    const base = Math.max(tracks * trackGap, tracks > 0 ? labelHeight - rowGutterPad : 0);
    // Band boundaries get a little more air so the bands read as separate layers.
    const bandGap = bandStartRows.has(g) && g > 0 ? 10 : 0;
    rowGutterHeight.push(Math.max(20, rowGutterPad * 2 + base) + bandGap);
  }
  const columnGutterX: number[] = [];
  const cellX: number[] = [];
  let x = bandLabelWidth;
  for (let k = 0; k <= columns; k++) {
    columnGutterX.push(x);
    x += columnGutterWidth[k];
    if (k < columns) {
      cellX.push(x);
      x += cellWidth;
    }
  }
  const width = Math.ceil(x);
  const rowGutterY: number[] = [];
  const rowY: number[] = [];
  let y = 0;
  for (let g = 0; g <= rowCount; g++) {
    rowGutterY.push(y);
    y += rowGutterHeight[g];
    if (g < rowCount) {
      rowY.push(y);
      y += cellHeight;
    }
  }
  const height = Math.ceil(y);

  const rowTrackY = (g: number, bundle: string) => {
    const tracks = rowTracks.get(g)!;
    const count = trackCount(tracks);
    const top = rowGutterY[g] + (rowGutterHeight[g] - count * trackGap) / 2;
    return top + (tracks.get(bundle)! + 0.5) * trackGap;
  };
  const columnTrackX = (k: number, bundle: string) => {
    const tracks = columnTracks.get(k)!;
    const count = trackCount(tracks);
    const left = columnGutterX[k] + (columnGutterWidth[k] - count * trackGap) / 2;
    return left + (tracks.get(bundle)! + 0.5) * trackGap;
  };

  const nodes: DiagramNode[] = cells.map((cell) => {
    const nodeLines = lines.get(cell.node.id)!;
    // The name and kind as one block, centred vertically in the box.
    const top = rowY[cell.row] + (cellHeight - nodeLines.length * nameLineHeight - kindLineHeight) / 2;
    return {
    id: cell.node.id,
    name: cell.node.name,
    kind: cell.node.kind,
    kindLabel: cell.node.kindLabel,
    level: cell.node.level,
    lines: lines.get(cell.node.id)!,
    group: cell.group,
    groupRoot: cell.groupRoot,
    row: cell.row,
    column: cell.column,
    x: cellX[cell.column],
    y: rowY[cell.row],
    width: cellWidth,
    height: cellHeight,
    textX: cellX[cell.column] + padX,
    nameY: nodeLines.map((_, index) => round(top + index * nameLineHeight + nameFont * 1.05)),
    kindY: round(top + nodeLines.length * nameLineHeight + kindFont * 1.2),
    };
  });
  const nodeById = new Map(nodes.map((node) => [node.id, node]));
  const portPoint = (nodeId: string, side: Side, key: string): [number, number] => {
    const node = nodeById.get(nodeId)!;
    const fraction = portFraction.get(portKey(nodeId, side, key))!;
    return [round(node.x + node.width * fraction), side === 'top' ? node.y : node.y + node.height];
  };

  // Bands: from the middle of the gutter above their first row to the middle of the one below.
  const bands: DiagramBand[] = bandRows.map((band, index) => {
    const top = index === 0 ? 0 : rowGutterY[band.first] + rowGutterHeight[band.first] / 2;
    const bottom = index === bandRows.length - 1 ? height : rowGutterY[band.last + 1] + rowGutterHeight[band.last + 1] / 2;
    return {
      level: band.level,
      label: bandLabels[band.level],
      x: 0,
      y: round(top),
      width,
      height: round(bottom - top),
      labelX: round(bandLabelWidth / 2),
      labelY: round(top + 8),
    };
  });

  // Group frames hug their cells, reaching a few px into the gutters.
  const frame = 6;
  const groups: DiagramGroup[] = groupsPlaced.map((group) => {
    const left = cellX[0] - frame;
    const right = cellX[columns - 1] + cellWidth + frame;
    const top = rowY[group.firstRow] - frame;
    const bottom = rowY[group.lastRow] + cellHeight + frame;
    const lastRight = cellX[group.lastColumn] + cellWidth + frame;
    const singleRow = group.firstRow === group.lastRow;
    const fullLast = group.lastColumn === columns - 1;
    let polygon: [number, number][];
    if (singleRow || fullLast) {
      const r = singleRow ? lastRight : right;
      polygon = [[left, top], [r, top], [r, bottom], [left, bottom]];
    } else {
      // L-shaped: full rows, then the part of the last row the group fills.
      const step = rowY[group.lastRow] - frame;
      polygon = [[left, top], [right, top], [right, step], [lastRight, step], [lastRight, bottom], [left, bottom]];
    }
    polygon = polygon.map(([px, py]) => [round(px), round(py)]);
    const xs = polygon.map((p) => p[0]);
    const ys = polygon.map((p) => p[1]);
    const box = { x: Math.min(...xs), y: Math.min(...ys), width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys) };
    const d = `${polygon.map((p, index) => `${index === 0 ? 'M' : 'L'}${p[0]} ${p[1]}`).join('')}Z`;
    return { id: group.id, members: group.members, d, polygon, box };
  });

  // --- edges ---------------------------------------------------------------------------------
  const bundles = new Map<string, LegPlan[]>();
  for (const leg of legs) bundles.set(leg.bundle, [...(bundles.get(leg.bundle) ?? []), leg]);
  const edges: DiagramEdge[] = [];
  const arrowSize = 5;
  const arrowAt = (point: [number, number], side: Side): DiagramArrow => {
    const [px, py] = point;
    // Pointing into the box: down onto a top side, up onto a bottom side.
    const direction = side === 'top' ? 'down' : 'up';
    const back = side === 'top' ? py - arrowSize * 1.6 : py + arrowSize * 1.6;
    return { x: px, y: py, direction, d: `M${px} ${py}L${round(px - arrowSize)} ${round(back)}L${round(px + arrowSize)} ${round(back)}Z` };
  };
  for (const [bundle, bundleLegs] of bundles) {
    const first = bundleLegs[0];
    const paths: DiagramEdge['paths'] = [];
    const arrows: DiagramArrow[] = [];
    const hubArrowSides = new Set<Side>();
    for (const leg of bundleLegs) {
      const start = portPoint(leg.leaf, leg.leafSide, `leaf|${leg.link.key}`);
      const end = portPoint(leg.hub, leg.hubSide, `hub|${bundle}`);
      const points: [number, number][] = [start];
      const y1 = round(rowTrackY(leg.leafGutter, bundle));
      if (leg.columnGutter === undefined) {
        points.push([start[0], y1], [end[0], y1]);
      } else {
        const cx = round(columnTrackX(leg.columnGutter, bundle));
        const y2 = round(rowTrackY(leg.hubGutter, bundle));
        points.push([start[0], y1], [cx, y1], [cx, y2], [end[0], y2]);
      }
      points.push(end);
      const clean = points.filter((point, index) => index === 0 || point[0] !== points[index - 1][0] || point[1] !== points[index - 1][1]);
      paths.push({ link: leg.link.key, points: clean, d: clean.map((p, index) => `${index === 0 ? 'M' : 'L'}${p[0]} ${p[1]}`).join('') });
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

  // --- labels: one per bundle and hub side, slid along its horizontal runs until clear -------
  const placed: Rect[] = [];
  let labelCollisions = 0;
  const inside = (rect: Rect) => rect.x >= bandLabelWidth && rect.x + rect.width <= width && rect.y >= 0 && rect.y + rect.height <= height;
  const hits = (p: Rect, q: Rect, margin = 2) =>
    p.x < q.x + q.width + margin && q.x < p.x + p.width + margin && p.y < q.y + q.height + margin && q.y < p.y + p.height + margin;
  const obstacles: Rect[] = nodes.map((node) => ({ x: node.x, y: node.y, width: node.width, height: node.height }));
  for (const edge of edges) {
    if (!edge.label) continue;
    const text = edge.label;
    const w = Math.ceil(textWidth(text, labelFont)) + 6;
    const h = labelHeight;
    // One label per side of the hub the bundle reaches (above and below: two labels).
    const hubEnds = [...new Set(edge.paths.map((path) => path.points[path.points.length - 1][1]))].sort((p, q) => p - q);
    for (const hubY of hubEnds) {
      // Horizontal runs of the paths ending on this side, the run next to the hub first.
      const runs: { y: number; x1: number; x2: number; rank: number }[] = [];
      for (const path of edge.paths) {
        const pts = path.points;
        if (pts[pts.length - 1][1] !== hubY) continue;
        for (let i = 1; i < pts.length; i++) {
          if (pts[i][1] !== pts[i - 1][1]) continue;
          runs.push({ y: pts[i][1], x1: Math.min(pts[i][0], pts[i - 1][0]), x2: Math.max(pts[i][0], pts[i - 1][0]), rank: pts.length - 1 - i });
        }
      }
      runs.sort((p, q) => p.rank - q.rank || q.x2 - q.x1 - (p.x2 - p.x1) || p.y - q.y || p.x1 - q.x1);
      const candidates: DiagramLabel[] = [];
      for (const run of runs) {
        const mid = (run.x1 + run.x2) / 2;
        const reach = (run.x2 - run.x1) / 2 + w / 2;
        for (let offset = 0; offset <= reach; offset += 8) {
          for (const cx of offset === 0 ? [mid] : [mid - offset, mid + offset]) {
            candidates.push({ x: round(cx - w / 2), y: round(run.y - h / 2), width: w, height: h, text, cx: round(cx), cy: round(run.y) });
          }
        }
      }
      let best = candidates.find(
        (candidate) => inside(candidate) && !obstacles.some((rect) => hits(rect, candidate, 1)) && !placed.some((rect) => hits(rect, candidate)),
      );
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

  return { width, height, bands, groups, nodes, edges, links, labelCollisions, fontSizes: { name: nameFont, kind: kindFont, label: labelFont } };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

// ---------------------------------------------------------------------------------- input

export interface NetworkLike {
  id: string;
  name: string;
  kana?: string;
  kind: string;
  level: AreaLevel;
  parent?: string;
  areas?: string[];
  linksTo?: { network: string; relation?: string }[];
}

const KIND_ORDER = ['council', 'meeting', 'body', 'network', 'subcommittee'];

/**
 * The diagram's input in reading order: by level; within a level, a 協議会 with 部会 first (its
 * frame takes whole rows), then by the first area the network works in (so a 圏域's 地域ケア会議
 * stands next to its 第2層協議体), then by kind, then as given (the callers pass よみがな order).
 */
export function diagramInput(
  networks: NetworkLike[],
  options: { kindLabels: Record<string, string>; areaOrder?: string[] },
): { nodes: DiagramNodeInput[]; links: DiagramLinkInput[] } {
  const areaRank = new Map((options.areaOrder ?? []).map((id, index) => [id, index]));
  const given = new Map(networks.map((network, index) => [network.id, index]));
  const ids = new Set(networks.map((network) => network.id));
  const hasChildren = new Set(networks.filter((n) => n.parent && ids.has(n.parent)).map((n) => n.parent!));
  const firstArea = (network: NetworkLike) =>
    Math.min(Number.MAX_SAFE_INTEGER, ...(network.areas ?? []).map((id) => areaRank.get(id) ?? Number.MAX_SAFE_INTEGER));
  const sorted = [...networks].sort(
    (a, b) =>
      AREA_LEVELS.indexOf(a.level) - AREA_LEVELS.indexOf(b.level) ||
      Number(hasChildren.has(b.id)) - Number(hasChildren.has(a.id)) ||
      firstArea(a) - firstArea(b) ||
      KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
      given.get(a.id)! - given.get(b.id)!,
  );
  return {
    nodes: sorted.map((network) => ({
      id: network.id,
      name: network.name,
      level: network.level,
      kind: network.kind,
      kindLabel: options.kindLabels[network.kind] ?? network.kind,
      parent: network.parent,
    })),
    links: networks.flatMap((network) => (network.linksTo ?? []).map((link) => ({ from: network.id, to: link.network, relation: link.relation }))),
  };
}
