import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadModel } from '../model/load-model.ts';
import { findWindows } from '../finder/finder.ts';
import type { SiteModel } from '../model/model.ts';
import { parseFederationConfig } from './federation-config.ts';
import { siteManifest } from './manifest.ts';
import type { SiteManifest } from './manifest-schema.ts';
import { loadMembers, type PortalMember } from './members.ts';
import { memberAnswers, memberModel, memberTownMatches } from './member-finder.ts';
import { memberAtPoint } from './member-at-point.ts';
import { houkatsuByMember, memberFigures, memberHref, municipalBoundary, sortFigures } from './portal-model.ts';
import { finderMembers } from './portal-finder-data.ts';

const CONFIG = `name: みらい県 広域マップ
prefecture:
  name: みらい県
  code: "13"
members:
  - id: sakura
    name: さくら町
    code: "139998"
    url: /m/sakura/
    dist: sakura
`;

describe('federation.yaml', () => {
  it('reads a good config (url gets its slash, codes stay text)', () => {
    const { config, diagnostics } = parseFederationConfig('federation.yaml', CONFIG);
    expect(diagnostics).toEqual([]);
    expect(config!.members[0]).toEqual({
      id: 'sakura',
      name: 'さくら町',
      code: '139998',
      url: '/m/sakura/',
      dist: 'sakura',
    });
  });

  it('points at the line of each mistake, in the validator’s words', () => {
    const text = CONFIG.replace('code: "139998"', 'code: "13999"')
      .replace('url: /m/sakura/', 'url: javascript:alert(1)')
      .replace('    dist: sakura\n', '    dst: sakura\n');
    const { config, diagnostics } = parseFederationConfig('federation.yaml', text);
    expect(config).toBeUndefined();
    const lines = diagnostics.map((d) => `${d.line}:${d.field}:${d.message}`);
    expect(lines).toContainEqual(expect.stringMatching(/^8:members\[0\]\.code:.*6桁の数字/));
    expect(lines).toContainEqual(expect.stringMatching(/^9:members\[0\]\.url:.*https:\/\//));
    expect(lines).toContainEqual(
      expect.stringMatching(/^10:members\[0\]\.dst:.*「dst」という項目はありません。「dist」/),
    );
  });

  it('refuses a member named twice, at the second one', () => {
    const twice = CONFIG + CONFIG.slice(CONFIG.indexOf('  - id:')).replace('139998', '139997');
    const { config, diagnostics } = parseFederationConfig('federation.yaml', twice);
    expect(config).toBeUndefined();
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ line: 11, rule: 'federation-duplicate-member' });
    expect(diagnostics[0].message).toContain('1 番目の参加団体と同じ');
  });

  it('reports broken YAML with its line and no crash', () => {
    const { config, diagnostics } = parseFederationConfig('federation.yaml', 'name: [\nmembers: 3');
    expect(config).toBeUndefined();
    expect(diagnostics.length).toBeGreaterThan(0);
    expect(diagnostics[0].severity).toBe('error');
  });
});

describe('members and the portal model (さくら町 as a member)', () => {
  let model: SiteModel;
  let manifest: SiteManifest;
  let dir: string;
  beforeAll(async () => {
    ({ model } = await loadModel(path.resolve('tests/fixtures/valid-town'), '2026-11-22'));
    manifest = siteManifest(model, { builtAt: new Date('2026-11-22T00:00:00Z'), today: '2026-11-22' });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'federation-'));
    const write = (name: string, text: string) => {
      fs.mkdirSync(path.join(dir, name, 'data'), { recursive: true });
      fs.writeFileSync(path.join(dir, name, 'data/site.json'), text);
    };
    write('good', JSON.stringify(manifest));
    write('broken-json', '{"manifestVersion": 1,');
    write('no-windows', JSON.stringify({ ...manifest, windows: undefined, builtAt: 'yesterday' }));
    write('other-town', JSON.stringify(manifest));
    fs.mkdirSync(path.join(dir, 'empty'));
    fs.mkdirSync(path.join(dir, 'linked'));
    fs.symlinkSync(path.join(dir, 'good/data'), path.join(dir, 'linked/data'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const member = (id: string, dist: string, code = '139998') => ({ id, name: `${id}町`, code, url: `/m/${id}/`, dist });

  it('keeps the good member and names every other one with what is wrong', () => {
    const config = {
      name: 'x',
      prefecture: { name: 'みらい県', code: '13' },
      members: [
        member('good', 'good'),
        member('broken', 'broken-json'),
        member('partial', 'no-windows'),
        member('other', 'other-town', '139997'),
        member('empty', 'empty'),
        member('gone', 'nowhere'),
        member('linked', 'linked'),
      ],
    };
    const { members, problems } = loadMembers(config, dir);
    expect(members.map((m) => m.id)).toEqual(['good']);
    const said = Object.fromEntries(problems.map((p) => [p.memberId, `${p.rule} ${p.message}`]));
    expect(Object.keys(said).sort()).toEqual(['broken', 'empty', 'gone', 'linked', 'other', 'partial']);
    expect(said.broken).toMatch(/^federation-manifest-unreadable broken町（broken）: .*JSON として読めません/);
    expect(said.partial).toContain('ない項目: windows');
    expect(said.partial).toContain('値が正しくない項目: builtAt');
    expect(said.other).toMatch(/federation-code-mismatch .*139997.*139998（さくら町）/);
    expect(said.empty).toMatch(/^federation-manifest-missing/);
    expect(said.gone).toMatch(/^federation-dist-missing .*「nowhere」/);
    // A link in place of data/ is never followed.
    expect(said.linked).toMatch(/^federation-manifest-missing/);
  });

  it('answers the finder on the manifest as the member’s own model does', () => {
    const fromManifest = memberModel(manifest);
    for (const topic of model.topics) {
      for (const area of model.areas.filter((a) => a.level !== 'municipality')) {
        const own = findWindows(model, { topicId: topic.id, areaId: area.id });
        const portal = findWindows(fromManifest, { topicId: topic.id, areaId: area.id });
        const ids = (answer: typeof own) => [...answer.windows, ...answer.fallback].map((w) => w.id);
        expect(ids(portal), `${topic.id} ${area.id}`).toEqual(ids(own));
      }
    }
    expect(memberAnswers(manifest, 'honcho').map((answer) => answer.topic.id)).toEqual(model.topics.map((t) => t.id));
  });

  it('finds the 地区 of a 町名 with the member’s own matching', () => {
    expect(memberTownMatches(manifest, '本町２丁目')).toEqual([{ areaId: 'honcho', label: '本町2丁目', exact: true }]);
    expect(memberTownMatches(manifest, 'さくら町川辺町')[0]).toMatchObject({ areaId: 'kawabe', exact: true });
    expect(memberTownMatches(manifest, '月面')).toEqual([]);
  });

  it('lists the 包括, links into the member, and figures per 1,000 elderly', () => {
    const portalMember: PortalMember = { ...member('sakura', 'good'), manifest };
    const [group] = houkatsuByMember([portalMember]);
    expect(group.centres.map((c) => c.id)).toEqual(['ninchisho-soudan', 'minami-houkatsu', 'kita-houkatsu']);
    expect(group.centres[2].href).toBe('/m/sakura/resources/kita-houkatsu/');
    expect(memberHref({ url: 'https://sakura.example.jp/map/' }, '/data/site.json')).toBe(
      'https://sakura.example.jp/map/data/site.json',
    );
    const figures = memberFigures(portalMember);
    expect(figures).toMatchObject({ elderly: 6100, houkatsu: 3 });
    expect(figures.houkatsuPerThousand).toBeCloseTo(3 / 6.1);
  });

  it('sorts by a figure, members without it last, ties in code order', () => {
    const make = (id: string, code: string, elderly?: number) =>
      memberFigures({ ...member(id, id, code), manifest: { ...manifest, elderly } });
    const rows = [make('b', '139992', 1000), make('a', '139991'), make('c', '139993', 1000), make('d', '139990', 500)];
    expect(sortFigures(rows, 'code').map((r) => r.member.id)).toEqual(['d', 'a', 'b', 'c']);
    expect(sortFigures(rows, 'houkatsu').map((r) => r.member.id)).toEqual(['d', 'b', 'c', 'a']);
    expect(sortFigures(rows, 'elderly').map((r) => r.member.id)).toEqual(['b', 'c', 'd', 'a']);
  });

  it('outlines the municipality, else its areas; and finds the member at a point', () => {
    expect(municipalBoundary(manifest)?.type).toBe('Polygon');
    const withoutOwn = {
      ...manifest,
      areas: manifest.areas.map((a) => (a.level === 'municipality' ? { ...a, boundary: undefined } : a)),
    };
    const outline = municipalBoundary(withoutOwn)!;
    expect(outline.type).toBe('MultiPolygon');
    expect(outline.coordinates).toHaveLength(4); // the four 地区, not the 圏域 above them
    const members = finderMembers([{ ...member('sakura', 'good'), manifest }]);
    expect(memberAtPoint(members, [139.615, 35.645])?.id).toBe('sakura');
    expect(memberAtPoint(members, [135.5, 34.7])).toBeUndefined();
  });
});
