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
 *
 * This module is what pages import: the types, the input, and layoutNetworkDiagram running the
 * steps, which live in diagram-grid.ts (bands and cells), diagram-routes.ts (links through the
 * gutters), diagram-drawing.ts (pixels, boxes, bands, frames) and diagram-edges.ts (lines, labels).
 */

import { AREA_LEVELS, type AreaLevel } from '../../schemas/area.ts';
import { drawBands, drawGroupFrames, drawNodes, measureGrid } from './diagram-drawing.ts';
import { drawEdges, placeLabels } from './diagram-edges.ts';
import { familyOf, measureNodes, parentLinks, placeOnGrid, type DiagramMetrics } from './diagram-grid.ts';
import { assignGutterTracks, markParentLinks, mergeLinks, placePorts, planLegs } from './diagram-routes.ts';

export { charWidth, textWidth, wrapText } from './diagram-text.ts';
export { mergeLinks } from './diagram-routes.ts';

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

// ---------------------------------------------------------------------------------- layout

/** The options with their defaults filled in, and the fixed spacings of the drawing. */
function diagramMetrics(options: DiagramOptions): DiagramMetrics {
  const nameFont = options.nameFontSize ?? 13;
  const kindFont = options.kindFontSize ?? 11;
  const labelFont = options.labelFontSize ?? 11;
  return {
    columns: Math.max(1, Math.floor(options.columns)),
    cellWidth: options.cellWidth,
    nameFont,
    kindFont,
    labelFont,
    bandLabels: options.bandLabels ?? DIAGRAM_BAND_LABELS,
    padX: 8,
    padY: 7,
    nameLineHeight: Math.round(nameFont * 1.35),
    kindLineHeight: Math.round(kindFont * 1.5),
    labelHeight: Math.round(labelFont * 1.45),
    trackGap: 6,
    rowGutterPad: 11,
    columnGutterPad: 7,
    bandLabelWidth: 26,
  };
}

/**
 * The whole drawing, step by step: place the networks on a grid of bands, plan every link's way
 * through the gutters, then turn the grid into pixels and draw boxes, bands, frames, lines and labels.
 */
export function layoutNetworkDiagram(
  inputNodes: DiagramNodeInput[],
  inputLinks: DiagramLinkInput[],
  options: DiagramOptions,
): DiagramLayout {
  const metrics = diagramMetrics(options);
  // Grid: items per band are standalone networks, or a group (root + same-level descendants).
  const family = familyOf(inputNodes);
  const extraLinks = parentLinks(inputNodes, family);
  const placement = placeOnGrid(inputNodes, family, metrics.columns);
  const { cellOf } = placement;
  const { lines, cellHeight } = measureNodes(inputNodes, metrics);
  // Routes: links, bundles and their plan through the grid.
  const links = mergeLinks([...inputLinks, ...extraLinks], new Set(cellOf.keys()));
  markParentLinks(links, extraLinks);
  const legs = planLegs({ links, nodes: inputNodes, cellOf });
  const ports = placePorts(legs, cellOf);
  const tracks = assignGutterTracks({ legs, cellOf, ports, rowCount: placement.rowCount, columns: metrics.columns });
  // Pixels.
  const { rowCount, bandStartRows } = placement;
  const geometry = measureGrid({ tracks, rowCount, bandStartRows, cellHeight, metrics });
  const nodes = drawNodes(placement, lines, geometry, metrics);
  const bands = drawBands(placement, geometry, metrics);
  const groups = drawGroupFrames(placement, geometry, metrics);
  const edges = drawEdges({ legs, nodes, ports, geometry });
  const labelCollisions = placeLabels({ edges, nodes, geometry, metrics });
  const { width, height } = geometry;
  const fontSizes = { name: metrics.nameFont, kind: metrics.kindFont, label: metrics.labelFont };
  return { width, height, bands, groups, nodes, edges, links, labelCollisions, fontSizes };
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
    Math.min(
      Number.MAX_SAFE_INTEGER,
      ...(network.areas ?? []).map((id) => areaRank.get(id) ?? Number.MAX_SAFE_INTEGER),
    );
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
    links: networks.flatMap((network) =>
      (network.linksTo ?? []).map((link) => ({ from: network.id, to: link.network, relation: link.relation })),
    ),
  };
}
