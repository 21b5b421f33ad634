/**
 * The first steps of the network diagram's layout (network-diagram.ts runs them in order): which
 * networks are framed together, which grid cell each one takes in its level's band, and how
 * tall every box must be. Everything here is in grid units (rows and columns), not pixels.
 */
import { AREA_LEVELS, type AreaLevel } from '../../schemas/area.ts';
import { wrapText } from './diagram-text.ts';
import type { DiagramLinkInput, DiagramNodeInput } from './network-diagram.ts';

/** The options resolved into every size the layout steps use (px). */
export interface DiagramMetrics {
  columns: number;
  cellWidth: number;
  nameFont: number;
  kindFont: number;
  labelFont: number;
  bandLabels: Record<AreaLevel, string>;
  /** Padding inside a box. */
  padX: number;
  padY: number;
  nameLineHeight: number;
  kindLineHeight: number;
  /** Height of an edge label's box. */
  labelHeight: number;
  /** Distance between two lines running side by side in a gutter. */
  trackGap: number;
  /** Air between a gutter's outer tracks and the boxes. */
  rowGutterPad: number;
  columnGutterPad: number;
  /** The strip on the left that holds the vertical band labels. */
  bandLabelWidth: number;
}

// ---------------------------------------------------------------------------------- groups

/** The networks by id, and their children as given by `parent`. */
export interface Family {
  byId: Map<string, DiagramNodeInput>;
  childrenOf: Map<string, DiagramNodeInput[]>;
}

export function familyOf(nodes: DiagramNodeInput[]): Family {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const childrenOf = new Map<string, DiagramNodeInput[]>();
  for (const node of nodes) {
    if (node.parent && byId.has(node.parent)) {
      const list = childrenOf.get(node.parent) ?? [];
      list.push(node);
      childrenOf.set(node.parent, list);
    }
  }
  return { byId, childrenOf };
}

function sameBandParent(family: Family, node: DiagramNodeInput): DiagramNodeInput | undefined {
  const parent = node.parent ? family.byId.get(node.parent) : undefined;
  return parent && parent.level === node.level ? parent : undefined;
}

/** The network whose frame a network is drawn in: its top ancestor in the same band. */
function rootOf(family: Family, node: DiagramNodeInput): DiagramNodeInput {
  // A parent chain that loops (the validator rejects it, but be safe) is cut where it repeats.
  const seen = new Set<string>();
  let current = node;
  for (
    let parent = sameBandParent(family, current);
    parent && !seen.has(parent.id);
    parent = sameBandParent(family, current)
  ) {
    seen.add(current.id);
    current = parent;
  }
  return current;
}

/** A root and its same-band descendants, depth first: the members of one frame. */
function groupMembers(family: Family, root: DiagramNodeInput): DiagramNodeInput[] {
  const out: DiagramNodeInput[] = [];
  const seen = new Set<string>();
  const walk = (node: DiagramNodeInput) => {
    if (seen.has(node.id)) return;
    seen.add(node.id);
    out.push(node);
    for (const child of family.childrenOf.get(node.id) ?? []) if (child.level === node.level) walk(child);
  };
  walk(root);
  return out;
}

/**
 * A parent in another band, or a parent that is itself a 部会 (the frame shows only the root),
 * is drawn as a line so the relation is not lost: these are those lines.
 */
export function parentLinks(nodes: DiagramNodeInput[], family: Family): DiagramLinkInput[] {
  const links: DiagramLinkInput[] = [];
  for (const node of nodes) {
    const parent = node.parent ? family.byId.get(node.parent) : undefined;
    if (parent && (parent.level !== node.level || rootOf(family, node).id !== parent.id)) {
      links.push({ from: node.id, to: parent.id, relation: '上位の会議体' });
    }
  }
  return links;
}

// ---------------------------------------------------------------------------------- grid placement

export interface Cell {
  node: DiagramNodeInput;
  row: number;
  column: number;
  group?: string;
  groupRoot: boolean;
}

/** A group as placed: it starts a row and fills cells left to right, so it may end mid-row. */
export interface PlacedGroup {
  id: string;
  members: string[];
  firstRow: number;
  lastRow: number;
  lastColumn: number;
}

export interface GridPlacement {
  cells: Cell[];
  groups: PlacedGroup[];
  /** The rows each level's band takes, top to bottom, for the levels that have networks. */
  bandRows: { level: AreaLevel; first: number; last: number }[];
  rowCount: number;
  cellOf: Map<string, Cell>;
  bandStartRows: Set<number>;
}

/** Where the next cell goes while a band is filled; `placed` holds the band's ids so far. */
interface Cursor {
  columns: number;
  row: number;
  column: number;
  placed: Set<string>;
  cells: Cell[];
  groups: PlacedGroup[];
}

/** One band per level, top to bottom; in each, the networks in input order, row by row. */
export function placeOnGrid(nodes: DiagramNodeInput[], family: Family, columns: number): GridPlacement {
  const cursor: Cursor = { columns, row: 0, column: 0, placed: new Set(), cells: [], groups: [] };
  const bandRows: GridPlacement['bandRows'] = [];
  for (const level of AREA_LEVELS) {
    const inBand = nodes.filter((node) => node.level === level);
    if (inBand.length === 0) continue;
    const first = cursor.row;
    placeBand(inBand, family, cursor);
    bandRows.push({ level, first, last: cursor.row - 1 });
  }
  const { cells, groups } = cursor;
  return {
    cells,
    groups,
    bandRows,
    rowCount: cursor.row,
    cellOf: new Map(cells.map((cell) => [cell.node.id, cell])),
    bandStartRows: new Set(bandRows.map((band) => band.first)),
  };
}

/** Fills one band from the start of a row and leaves the cursor at the start of the next row. */
function placeBand(inBand: DiagramNodeInput[], family: Family, cursor: Cursor): void {
  cursor.column = 0;
  cursor.placed = new Set();
  for (const node of inBand) {
    if (cursor.placed.has(node.id)) continue;
    // A 部会 listed before its 協議会 is placed with the whole group right away.
    const root = rootOf(family, node);
    const members = groupMembers(family, root).filter((member) => !cursor.placed.has(member.id));
    if (members.length > 1) {
      placeGroup(root, members, cursor);
    } else {
      cursor.cells.push({ node, row: cursor.row, column: cursor.column, groupRoot: false });
      cursor.placed.add(node.id);
      cursor.column++;
    }
    if (cursor.column === cursor.columns) {
      cursor.row++;
      cursor.column = 0;
    }
  }
  if (cursor.column !== 0) cursor.row++;
}

/** A group starts on a fresh row (so its frame is a rectangle or an L), the root first. */
function placeGroup(root: DiagramNodeInput, members: DiagramNodeInput[], cursor: Cursor): void {
  if (cursor.column !== 0) {
    cursor.row++;
    cursor.column = 0;
  }
  const firstRow = cursor.row;
  members.forEach((member, index) => {
    cursor.cells.push({ node: member, row: cursor.row, column: cursor.column, group: root.id, groupRoot: index === 0 });
    cursor.placed.add(member.id);
    cursor.column++;
    if (cursor.column === cursor.columns && index < members.length - 1) {
      cursor.row++;
      cursor.column = 0;
    }
  });
  cursor.groups.push({
    id: root.id,
    members: members.map((m) => m.id),
    firstRow,
    lastRow: cursor.row,
    lastColumn: cursor.column - 1,
  });
}

// ---------------------------------------------------------------------------------- node size

/** The wrapped name of every network, and one box height for all: tall enough for the longest. */
export function measureNodes(
  nodes: DiagramNodeInput[],
  metrics: DiagramMetrics,
): { lines: Map<string, string[]>; cellHeight: number } {
  const nameWidth = metrics.cellWidth - metrics.padX * 2;
  const lines = new Map(nodes.map((node) => [node.id, wrapText(node.name, nameWidth, metrics.nameFont)]));
  const maxLines = Math.max(1, ...[...lines.values()].map((l) => l.length));
  const cellHeight = metrics.padY * 2 + maxLines * metrics.nameLineHeight + metrics.kindLineHeight;
  return { lines, cellHeight };
}
