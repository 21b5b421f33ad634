/**
 * The network diagram's grid turned into pixels (network-diagram.ts runs this after the routes
 * are planned): gutters as wide as their tracks need, then the boxes, the level bands and the
 * frames around each 協議会 and its 部会, ready to be written out as SVG.
 */
import type { DiagramMetrics, GridPlacement, PlacedGroup } from './diagram-grid.ts';
import type { GutterTracks } from './diagram-routes.ts';
import type { DiagramBand, DiagramGroup, DiagramNode } from './network-diagram.ts';

/** Coordinates are written with one decimal. */
export function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/** An SVG path through the points (open; add Z to close it). */
export function pathData(points: [number, number][]): string {
  return points.map((p, index) => `${index === 0 ? 'M' : 'L'}${p[0]} ${p[1]}`).join('');
}

// ---------------------------------------------------------------------------------- real coordinates

/** Where every gutter and every cell of the grid lies, in px. */
export interface Geometry {
  width: number;
  height: number;
  cellHeight: number;
  cellX: number[];
  rowY: number[];
  columnGutterX: number[];
  columnGutterWidth: number[];
  rowGutterY: number[];
  rowGutterHeight: number[];
  tracks: GutterTracks;
  trackGap: number;
}

const trackCount = (tracks: Map<string, number> | undefined) =>
  tracks && tracks.size ? Math.max(...tracks.values()) + 1 : 0;

export function measureGrid(grid: {
  tracks: GutterTracks;
  rowCount: number;
  bandStartRows: Set<number>;
  cellHeight: number;
  metrics: DiagramMetrics;
}): Geometry {
  const { tracks, rowCount, cellHeight, metrics } = grid;
  const { trackGap, rowGutterPad, columnGutterPad } = metrics;
  const columnGutterWidth: number[] = [];
  for (let k = 0; k <= metrics.columns; k++) {
    columnGutterWidth.push(Math.max(18, columnGutterPad * 2 + trackCount(tracks.columns.get(k)) * trackGap));
  }
  const rowGutterHeight: number[] = [];
  for (let g = 0; g <= rowCount; g++) {
    const count = trackCount(tracks.rows.get(g));
    const base = Math.max(count * trackGap, count > 0 ? metrics.labelHeight - rowGutterPad : 0);
    // Band boundaries get a little more air so the bands read as separate layers.
    const bandGap = grid.bandStartRows.has(g) && g > 0 ? 10 : 0;
    rowGutterHeight.push(Math.max(20, rowGutterPad * 2 + base) + bandGap);
  }
  const across = alternate(metrics.bandLabelWidth, columnGutterWidth, metrics.cellWidth);
  const down = alternate(0, rowGutterHeight, cellHeight);
  return {
    width: Math.ceil(across.end),
    height: Math.ceil(down.end),
    cellHeight,
    cellX: across.cells,
    rowY: down.cells,
    columnGutterX: across.gutters,
    columnGutterWidth,
    rowGutterY: down.gutters,
    rowGutterHeight,
    tracks,
    trackGap,
  };
}

/** Lays gutters and cells side by side from `start`: gutter, cell, gutter, …, gutter. */
function alternate(start: number, gutterSizes: number[], cellSize: number) {
  const gutters: number[] = [];
  const cells: number[] = [];
  let at = start;
  for (let i = 0; i < gutterSizes.length; i++) {
    gutters.push(at);
    at += gutterSizes[i];
    if (i < gutterSizes.length - 1) {
      cells.push(at);
      at += cellSize;
    }
  }
  return { gutters, cells, end: at };
}

/** The tracks of a gutter are centred in it; this is the middle of one bundle's track. */
function trackCentre(tracks: Map<string, number>, start: number, size: number, gap: number, bundle: string) {
  const count = trackCount(tracks);
  const first = start + (size - count * gap) / 2;
  return first + (tracks.get(bundle)! + 0.5) * gap;
}

export function rowTrackY(geometry: Geometry, g: number, bundle: string): number {
  const { tracks, rowGutterY, rowGutterHeight, trackGap } = geometry;
  return trackCentre(tracks.rows.get(g)!, rowGutterY[g], rowGutterHeight[g], trackGap, bundle);
}

export function columnTrackX(geometry: Geometry, k: number, bundle: string): number {
  const { tracks, columnGutterX, columnGutterWidth, trackGap } = geometry;
  return trackCentre(tracks.columns.get(k)!, columnGutterX[k], columnGutterWidth[k], trackGap, bundle);
}

// ---------------------------------------------------------------------------------- boxes, bands, frames

export function drawNodes(
  placement: GridPlacement,
  lines: Map<string, string[]>,
  geometry: Geometry,
  metrics: DiagramMetrics,
): DiagramNode[] {
  const { cellX, rowY, cellHeight } = geometry;
  const { nameLineHeight, nameFont, kindFont } = metrics;
  return placement.cells.map((cell) => {
    const nodeLines = lines.get(cell.node.id)!;
    // The name and kind as one block, centred vertically in the box.
    const top = rowY[cell.row] + (cellHeight - nodeLines.length * nameLineHeight - metrics.kindLineHeight) / 2;
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
      width: metrics.cellWidth,
      height: cellHeight,
      textX: cellX[cell.column] + metrics.padX,
      nameY: nodeLines.map((_, index) => round(top + index * nameLineHeight + nameFont * 1.05)),
      kindY: round(top + nodeLines.length * nameLineHeight + kindFont * 1.2),
    };
  });
}

/** Bands: from the middle of the gutter above their first row to the middle of the one below. */
export function drawBands(placement: GridPlacement, geometry: Geometry, metrics: DiagramMetrics): DiagramBand[] {
  const { rowGutterY, rowGutterHeight } = geometry;
  const { bandRows } = placement;
  return bandRows.map((band, index) => {
    const top = index === 0 ? 0 : rowGutterY[band.first] + rowGutterHeight[band.first] / 2;
    const bottom =
      index === bandRows.length - 1 ? geometry.height : rowGutterY[band.last + 1] + rowGutterHeight[band.last + 1] / 2;
    return {
      level: band.level,
      label: metrics.bandLabels[band.level],
      x: 0,
      y: round(top),
      width: geometry.width,
      height: round(bottom - top),
      labelX: round(metrics.bandLabelWidth / 2),
      labelY: round(top + 8),
    };
  });
}

/** How far a group frame reaches past its cells into the gutters. */
const FRAME = 6;

export function drawGroupFrames(placement: GridPlacement, geometry: Geometry, metrics: DiagramMetrics): DiagramGroup[] {
  return placement.groups.map((group) => {
    const polygon = framePolygon(group, geometry, metrics).map(([px, py]): [number, number] => [round(px), round(py)]);
    const xs = polygon.map((p) => p[0]);
    const ys = polygon.map((p) => p[1]);
    const box = {
      x: Math.min(...xs),
      y: Math.min(...ys),
      width: Math.max(...xs) - Math.min(...xs),
      height: Math.max(...ys) - Math.min(...ys),
    };
    const d = `${pathData(polygon)}Z`;
    return { id: group.id, members: group.members, d, polygon, box };
  });
}

/** A rectangle around the group's cells, or an L when its last row is only partly filled. */
function framePolygon(group: PlacedGroup, geometry: Geometry, metrics: DiagramMetrics): [number, number][] {
  const { cellX, rowY, cellHeight } = geometry;
  const { columns, cellWidth } = metrics;
  const left = cellX[0] - FRAME;
  const right = cellX[columns - 1] + cellWidth + FRAME;
  const top = rowY[group.firstRow] - FRAME;
  const bottom = rowY[group.lastRow] + cellHeight + FRAME;
  const lastRight = cellX[group.lastColumn] + cellWidth + FRAME;
  const singleRow = group.firstRow === group.lastRow;
  const fullLast = group.lastColumn === columns - 1;
  if (singleRow || fullLast) {
    const r = singleRow ? lastRight : right;
    return [
      [left, top],
      [r, top],
      [r, bottom],
      [left, bottom],
    ];
  }
  // L-shaped: full rows, then the part of the last row the group fills.
  const step = rowY[group.lastRow] - FRAME;
  return [
    [left, top],
    [right, top],
    [right, step],
    [lastRight, step],
    [lastRight, bottom],
    [left, bottom],
  ];
}
