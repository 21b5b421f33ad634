import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadContent } from '../content/load.ts';
import {
  diagramInput,
  layoutNetworkDiagram,
  mergeLinks,
  wrapText,
  type DiagramLayout,
  type DiagramNodeInput,
  type NetworkLike,
  type Rect,
} from './network-diagram.ts';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const KIND_LABELS = {
  council: '協議会・審議会',
  meeting: '会議',
  subcommittee: '部会',
  body: '協議体',
  network: 'ネットワーク',
};

// ------------------------------------------------------------------ geometry checks

type Segment = { x1: number; y1: number; x2: number; y2: number; edge: string };

function segmentsOf(layout: DiagramLayout): Segment[] {
  return layout.edges.flatMap((edge) =>
    edge.paths.flatMap((path) =>
      path.points.slice(1).map((point, index) => ({
        x1: path.points[index][0],
        y1: path.points[index][1],
        x2: point[0],
        y2: point[1],
        edge: edge.id,
      })),
    ),
  );
}

const intersects = (p: Rect, q: Rect) =>
  p.x < q.x + q.width && q.x < p.x + p.width && p.y < q.y + q.height && q.y < p.y + p.height;

/** Does an axis-aligned segment pass through the inside of a box (touching its border is fine)? */
function crossesInside(s: Segment, r: Rect): boolean {
  const inset = 0.5;
  const [x1, x2] = [Math.min(s.x1, s.x2), Math.max(s.x1, s.x2)];
  const [y1, y2] = [Math.min(s.y1, s.y2), Math.max(s.y1, s.y2)];
  return x1 < r.x + r.width - inset && x2 > r.x + inset && y1 < r.y + r.height - inset && y2 > r.y + inset;
}

function pointInPolygon([px, py]: [number, number], polygon: [number, number][]): boolean {
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [xi, yi] = polygon[i];
    const [xj, yj] = polygon[j];
    if (yi > py !== yj > py && px < ((xj - xi) * (py - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Every property a readable drawing needs, as a list of problems (empty = fine). */
function problemsOf(layout: DiagramLayout, nodes: DiagramNodeInput[]): string[] {
  const problems: string[] = [];
  const byId = new Map(layout.nodes.map((node) => [node.id, node]));
  for (const node of nodes) if (!byId.has(node.id)) problems.push(`missing node ${node.id}`);
  for (const [i, a] of layout.nodes.entries()) {
    if (a.x < 0 || a.y < 0 || a.x + a.width > layout.width || a.y + a.height > layout.height)
      problems.push(`${a.id} outside the drawing`);
    for (const b of layout.nodes.slice(i + 1)) if (intersects(a, b)) problems.push(`${a.id} overlaps ${b.id}`);
    const band = layout.bands.find((candidate) => candidate.level === a.level)!;
    if (a.y < band.y || a.y + a.height > band.y + band.height) problems.push(`${a.id} outside its band ${band.level}`);
  }
  // Lines never run through a box, and two different bundles never share a stretch of line.
  const segments = segmentsOf(layout);
  for (const s of segments) {
    if (s.x1 !== s.x2 && s.y1 !== s.y2) problems.push(`diagonal segment in ${s.edge}`);
    for (const node of layout.nodes)
      if (crossesInside(s, node)) problems.push(`a line of ${s.edge} runs through ${node.id}`);
  }
  for (const [i, s] of segments.entries()) {
    for (const t of segments.slice(i + 1)) {
      if (s.edge === t.edge) continue;
      const horizontal = (u: Segment) => u.y1 === u.y2;
      if (horizontal(s) && horizontal(t) && Math.abs(s.y1 - t.y1) < 0.5) {
        const lo = Math.max(Math.min(s.x1, s.x2), Math.min(t.x1, t.x2));
        const hi = Math.min(Math.max(s.x1, s.x2), Math.max(t.x1, t.x2));
        if (hi - lo > 0.5) problems.push(`${s.edge} and ${t.edge} share a horizontal stretch at y=${s.y1}`);
      }
      if (!horizontal(s) && !horizontal(t) && Math.abs(s.x1 - t.x1) < 0.5) {
        const lo = Math.max(Math.min(s.y1, s.y2), Math.min(t.y1, t.y2));
        const hi = Math.min(Math.max(s.y1, s.y2), Math.max(t.y1, t.y2));
        if (hi - lo > 0.5) problems.push(`${s.edge} and ${t.edge} share a vertical stretch at x=${s.x1}`);
      }
    }
  }
  // Labels: clear of boxes and of each other.
  const labels = layout.edges.flatMap((edge) => edge.labels);
  for (const [i, label] of labels.entries()) {
    for (const node of layout.nodes)
      if (intersects(label, node)) problems.push(`label ${label.text} covers ${node.id}`);
    for (const other of labels.slice(i + 1))
      if (intersects(label, other)) problems.push(`labels ${label.text} and ${other.text} overlap`);
  }
  if (layout.labelCollisions > 0) problems.push(`${layout.labelCollisions} label(s) could not be placed`);
  // Every merged link is drawn exactly once.
  const drawn = layout.edges.flatMap((edge) => edge.paths.map((p) => p.link));
  for (const link of layout.links) {
    const times = drawn.filter((key) => key === link.key).length;
    if (times !== 1) problems.push(`link ${link.key} drawn ${times} times`);
  }
  // Group frames hold their members and nobody else.
  for (const group of layout.groups) {
    for (const node of layout.nodes) {
      const center: [number, number] = [node.x + node.width / 2, node.y + node.height / 2];
      const inside = pointInPolygon(center, group.polygon);
      if (group.members.includes(node.id) && !inside) problems.push(`${node.id} outside its frame ${group.id}`);
      if (!group.members.includes(node.id) && inside) problems.push(`${node.id} inside the frame of ${group.id}`);
    }
  }
  return problems;
}

// ------------------------------------------------------------------ small, hand-checked cases

describe('mergeLinks', () => {
  const known = new Set(['a', 'b', 'c']);
  test('a link declared from both sides becomes one two-way link', () => {
    const merged = mergeLinks(
      [
        { from: 'a', to: 'b', relation: '相互に連携' },
        { from: 'b', to: 'a', relation: '相互に連携' },
      ],
      known,
    );
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatchObject({ a: 'a', b: 'b', bidirectional: true, label: '相互に連携' });
  });
  test('a one-way 報告 keeps its direction; a 相互 relation written once is two-way', () => {
    const merged = mergeLinks(
      [
        { from: 'c', to: 'a', relation: '報告' },
        { from: 'b', to: 'c', relation: '相互に連携' },
      ],
      known,
    );
    expect(merged.find((link) => link.key === 'a--c')).toMatchObject({
      bidirectional: false,
      from: 'c',
      to: 'a',
      label: '報告',
    });
    expect(merged.find((link) => link.key === 'b--c')).toMatchObject({ bidirectional: true });
  });
  test('different relations each way are joined; unknown ids and self-links are dropped', () => {
    const merged = mergeLinks(
      [
        { from: 'a', to: 'b', relation: '報告' },
        { from: 'b', to: 'a', relation: '提言' },
        { from: 'a', to: 'zzz' },
        { from: 'c', to: 'c' },
      ],
      known,
    );
    expect(merged).toEqual([expect.objectContaining({ key: 'a--b', label: '報告・提言', bidirectional: true })]);
  });
});

describe('wrapText', () => {
  test('wraps by width and keeps a closing bracket off the start of a line', () => {
    // 13px: full-width 13px, the half-width 2 about 7.5px. 第2層協議体 = 72.5px fits 80px; the
    // （ would make 85.5px, so the line breaks before it; （中央圏域） is 78px.
    expect(wrapText('第2層協議体（中央圏域）', 80, 13)).toEqual(['第2層協議体', '（中央圏域）']);
    // 6 characters = 78px would fit, but ） may not start the next line, so か moves down with it.
    expect(wrapText('あいうえおかき）', 78, 13)).toEqual(['あいうえおか', 'き）']);
    expect(wrapText('あいうえおか）', 78, 13)).toEqual(['あいうえお', 'か）']);
    expect(wrapText('短い', 200, 13)).toEqual(['短い']);
  });
});

describe('layoutNetworkDiagram on a small case', () => {
  const nodes: DiagramNodeInput[] = [
    { id: 'kyogikai', name: '推進協議会', level: 'municipality', kind: 'council', kindLabel: '協議会' },
    {
      id: 'bukai-1',
      name: '第一部会',
      level: 'municipality',
      kind: 'subcommittee',
      kindLabel: '部会',
      parent: 'kyogikai',
    },
    {
      id: 'bukai-2',
      name: '第二部会',
      level: 'municipality',
      kind: 'subcommittee',
      kindLabel: '部会',
      parent: 'kyogikai',
    },
    { id: 'dai1', name: '第1層協議体', level: 'municipality', kind: 'body', kindLabel: '協議体' },
    { id: 'dai2-a', name: '第2層協議体A', level: 'region', kind: 'body', kindLabel: '協議体' },
    { id: 'dai2-b', name: '第2層協議体B', level: 'region', kind: 'body', kindLabel: '協議体' },
    { id: 'chiku', name: '地区の会議', level: 'district', kind: 'meeting', kindLabel: '会議' },
  ];
  const links = [
    { from: 'dai2-a', to: 'dai1', relation: '相互に連携' },
    { from: 'dai1', to: 'dai2-a', relation: '相互に連携' },
    { from: 'dai2-b', to: 'dai1', relation: '相互に連携' },
    { from: 'chiku', to: 'dai2-a', relation: '報告' },
    { from: 'bukai-2', to: 'dai1', relation: '提言' },
  ];
  const layout = layoutNetworkDiagram(nodes, links, { columns: 3, cellWidth: 150 });

  test('is readable: no overlaps, no line through a box, every link once', () => {
    expect(problemsOf(layout, nodes)).toEqual([]);
  });
  test('bands run top to bottom: 市レベル, 地域レベル, 地区', () => {
    expect(layout.bands.map((band) => band.level)).toEqual(['municipality', 'region', 'district']);
    const y = (id: string) => layout.nodes.find((node) => node.id === id)!.y;
    expect(y('dai1')).toBeLessThan(y('dai2-a'));
    expect(y('dai2-a')).toBeLessThan(y('chiku'));
  });
  test('a 協議会 and its 部会 share a frame, the 協議会 first', () => {
    expect(layout.groups).toHaveLength(1);
    expect(layout.groups[0].members).toEqual(['kyogikai', 'bukai-1', 'bukai-2']);
    const root = layout.nodes.find((node) => node.id === 'kyogikai')!;
    expect(root.groupRoot).toBe(true);
    expect([root.row, root.column]).toEqual([0, 0]);
  });
  test('the two dai2 bundle into dai1 with one label and arrows at both ends', () => {
    const bundle = layout.edges.find((edge) => edge.hub === 'dai1' && edge.label === '相互に連携')!;
    expect(bundle.links.map((link) => link.key).sort()).toEqual(['dai1--dai2-a', 'dai1--dai2-b']);
    expect(bundle.labels).toHaveLength(1);
    // One arrowhead into dai1 (shared) and one into each 第2層協議体.
    expect(bundle.arrows).toHaveLength(3);
  });
  test('a one-way 報告 has a single arrowhead, at its target', () => {
    const report = layout.edges.find((edge) => edge.label === '報告')!;
    expect(report.hub).toBe('dai2-a');
    expect(report.arrows).toHaveLength(1);
    const target = layout.nodes.find((node) => node.id === 'dai2-a')!;
    expect(report.arrows[0].y).toBe(target.y + target.height);
    expect(report.arrows[0].direction).toBe('up');
  });
  test('is deterministic', () => {
    expect(layoutNetworkDiagram(nodes, links, { columns: 3, cellWidth: 150 })).toEqual(layout);
  });
  test('a 部会 whose 協議会 is in another band is linked by a line instead', () => {
    const crossed = layoutNetworkDiagram(
      [
        ...nodes,
        {
          id: 'chiku-bukai',
          name: '地区の部会',
          level: 'district',
          kind: 'subcommittee',
          kindLabel: '部会',
          parent: 'kyogikai',
        },
      ],
      links,
      { columns: 3, cellWidth: 150 },
    );
    const link = crossed.links.find((l) => l.key === 'chiku-bukai--kyogikai')!;
    expect(link).toMatchObject({ parentLink: true, from: 'chiku-bukai', to: 'kyogikai' });
  });
  test('a parent chain that loops is cut: both networks drawn once, in one frame', () => {
    const looped: DiagramNodeInput[] = [
      { id: 'loop-a', name: '会議A', level: 'region', kind: 'meeting', kindLabel: '会議', parent: 'loop-b' },
      { id: 'loop-b', name: '会議B', level: 'region', kind: 'meeting', kindLabel: '会議', parent: 'loop-a' },
    ];
    const drawn = layoutNetworkDiagram(looped, [], { columns: 3, cellWidth: 150 });
    expect(problemsOf(drawn, looped)).toEqual([]);
    expect(drawn.nodes.map((node) => node.id).sort()).toEqual(['loop-a', 'loop-b']);
    expect(drawn.groups.map((group) => group.members.slice().sort())).toEqual([['loop-a', 'loop-b']]);
  });
});

// ------------------------------------------------------------------ real content folders

describe.each([
  ['sample content', 'content'],
  ['atsugi-like fixture', 'tests/fixtures/atsugi-like'],
  ['valid-town fixture', 'tests/fixtures/valid-town'],
])('the %s', (_name, dir) => {
  let input: { nodes: DiagramNodeInput[]; links: { from: string; to: string; relation?: string }[] };
  let networks: NetworkLike[];
  beforeAll(async () => {
    const content = await loadContent(path.join(repo, dir));
    networks = content.networks.map((entry) => ({ id: entry.id, ...entry.data }));
    input = diagramInput(networks, { kindLabels: KIND_LABELS, areaOrder: content.areas.map((area) => area.id) });
  });
  test.each([
    ['wide (4 columns)', 4, 196],
    ['phone (2 columns)', 2, 124],
  ])('draws every network and link readably, %s', (_label, columns, cellWidth) => {
    const layout = layoutNetworkDiagram(input.nodes, input.links, { columns, cellWidth });
    expect(problemsOf(layout, input.nodes)).toEqual([]);
    expect(layout.nodes.map((node) => node.id).sort()).toEqual(networks.map((network) => network.id).sort());
    // Every declared link (to a known network) is in some drawn link, in either direction.
    for (const network of networks) {
      for (const link of network.linksTo ?? []) {
        const key = [network.id, link.network].sort().join('--');
        expect(
          layout.links.map((l) => l.key),
          `${network.id} → ${link.network}`,
        ).toContain(key);
      }
    }
    // Every 部会 sits in the frame of its 協議会.
    for (const network of networks.filter((n) => n.parent)) {
      const group = layout.groups.find((g) => g.members.includes(network.id));
      expect(group?.members, `${network.id} framed with ${network.parent}`).toContain(network.parent);
    }
    if (columns === 2) expect(layout.width).toBeLessThanOrEqual(400);
  });
});

test('the atsugi-like fixture: ten 第2層協議体 share one bundle into the 第1層協議体', async () => {
  const content = await loadContent(path.join(repo, 'tests/fixtures/atsugi-like'));
  const networks = content.networks.map((entry) => ({ id: entry.id, ...entry.data }));
  const input = diagramInput(networks, { kindLabels: KIND_LABELS });
  const layout = layoutNetworkDiagram(input.nodes, input.links, { columns: 4, cellWidth: 196 });
  const bundle = layout.edges.find((edge) => edge.hub === 'dai1-kyogitai' && edge.label === '相互に連携')!;
  expect(bundle.links.filter((link) => link.a.startsWith('dai2-') || link.b.startsWith('dai2-'))).toHaveLength(10);
  expect(layout.groups.find((group) => group.id === 'zaitaku-renkei-kyogikai')!.members).toHaveLength(7);
});
