import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadModel } from '../model/load-model.ts';
import type { SiteModel } from '../model/model.ts';
import { fillLink, isHoukatsuCategory, siteManifest } from './manifest.ts';
import { manifestJsonSchema, siteManifestSchema, type SiteManifest } from './manifest-schema.ts';

const builtAt = new Date('2027-02-01T01:00:00Z');

describe('the manifest of さくら町 (tests/fixtures/valid-town)', () => {
  let model: SiteModel;
  let manifest: SiteManifest;
  beforeAll(async () => {
    ({ model } = await loadModel(path.resolve('tests/fixtures/valid-town'), '2026-11-22'));
    manifest = siteManifest(model, { builtAt, today: '2027-02-01' });
  });

  it('passes its own schema, also after a trip through JSON', () => {
    const parsed = siteManifestSchema.safeParse(JSON.parse(JSON.stringify(manifest)));
    expect(parsed.success, JSON.stringify(parsed.error?.issues.slice(0, 3))).toBe(true);
  });

  it('names the municipality, the build time and the counts', () => {
    expect(manifest.municipality).toEqual({ name: 'さくら町', code: '139998', kana: 'さくらまち' });
    expect(manifest.builtAt).toBe('2027-02-01T01:00:00.000Z');
    expect(manifest.counts.resources).toBe(model.resources.length);
    expect(manifest.counts.windows).toBe(model.windows.length);
    // Two 圏域 centres and the town-wide 認知症 desk run by the 包括.
    expect(manifest.counts.byCategory.houkatsu).toBe(3);
    expect(manifest.counts.areasByLevel).toEqual({ municipality: 1, region: 2, district: 4 });
    expect(manifest.elderly).toBe(6100);
  });

  it('gives the box around the boundaries and places', () => {
    const [west, south, east, north] = manifest.bbox!;
    expect([west, south, east, north]).toEqual([139.6, 35.6, 139.66, 35.66]);
  });

  it('marks the 包括 category and lists its windows with phone, 担当地区 and page', () => {
    expect(manifest.categories.filter((category) => category.houkatsu).map((category) => category.id)).toEqual([
      'houkatsu',
    ]);
    const kita = manifest.windows.find((window) => window.id === 'kita-houkatsu')!;
    expect(kita).toMatchObject({
      category: 'houkatsu',
      phone: '042-555-3101',
      servesAreas: ['kita-ken'],
      path: 'resources/kita-houkatsu/',
      professionalOnly: false,
    });
    expect(kita.topics).toContain('ninchisho');
  });

  it('carries each area with its towns and per-category counts (windows by the areas they serve)', () => {
    const honcho = manifest.areas.find((area) => area.id === 'honcho')!;
    expect(honcho.towns).toEqual(['本町1丁目', '本町2丁目', '本町3丁目1～12番']);
    expect(honcho.population?.elderly).toBe(1650);
    // A window counts for the areas it serves, not for each 地区 inside them.
    expect(honcho.counts.houkatsu).toBeUndefined();
    expect(manifest.areas.find((area) => area.id === 'kita-ken')!.counts.houkatsu).toBe(1);
    const town = manifest.areas.find((area) => area.level === 'municipality')!;
    expect(town.counts.houkatsu).toBe(3);
  });

  it('counts entries past staleAfterMonths at the given day', () => {
    // 2026-01-05 is the only 情報確認日 before 2026-02-01 (12 months before 2027-02-01).
    expect(manifest.freshness).toMatchObject({ staleAfterMonths: 12, stale: 1, oldestVerifiedAt: '2026-01-05' });
    expect(manifest.freshness.staleShare).toBeCloseTo(1 / manifest.freshness.entries);
    const fresh = siteManifest(model, { builtAt, today: '2026-11-22' });
    expect(fresh.freshness.stale).toBe(0);
  });

  it('is accepted by the published JSON Schema', () => {
    const schema = manifestJsonSchema();
    expect(schema.$id).toBe('site-manifest.schema.json');
    const json = JSON.stringify(schema);
    for (const key of ['municipality', 'windows', 'servesAreas', 'finderAnswer', 'staleShare']) {
      expect(json).toContain(`"${key}"`);
    }
    expect((schema.required as string[]).sort()).toEqual(
      expect.arrayContaining(['areas', 'builtAt', 'counts', 'links', 'municipality', 'name', 'windows']),
    );
  });
});

let sakura: SiteManifest | undefined;
const manifestOfSakura = () => sakura!;

describe('manifest pieces', () => {
  beforeAll(async () => {
    const { model } = await loadModel(path.resolve('tests/fixtures/valid-town'), '2026-11-22');
    sakura = siteManifest(model, { builtAt, today: '2026-11-22' });
  });

  it('refuses a manifest with a wrong code or an absolute link', () => {
    const bad = { manifestVersion: 1, name: 'x', municipality: { name: 'x', code: '12' } };
    const issues = siteManifestSchema.safeParse(bad).error!.issues.map((issue) => issue.path.join('.'));
    expect(issues).toContain('municipality.code');
    expect(issues).toContain('windows');
  });

  it('refuses a phone that is not digits and hyphens (it becomes a tel: link on the portal)', () => {
    const window = { ...manifestOfSakura().windows[0], phone: '0425551234" onclick="x' };
    const parsed = siteManifestSchema.safeParse({ ...manifestOfSakura(), windows: [window] });
    expect(parsed.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['windows.0.phone']);
  });

  it('finds the 包括 category by id or by name, only among windows', () => {
    expect(
      isHoukatsuCategory({ id: 'anshin', name: 'あんしんすこやかセンター（地域包括支援センター）', kind: 'window' }),
    ).toBe(true);
    expect(isHoukatsuCategory({ id: 'houkatsu', name: '包括', kind: 'window' })).toBe(true);
    expect(isHoukatsuCategory({ id: 'x', name: '地域包括支援センターの広場', kind: 'place' })).toBe(false);
    expect(isHoukatsuCategory({ id: 'shakyo', name: '社会福祉協議会', kind: 'window' })).toBe(false);
  });

  it('fills link patterns and leaves unknown placeholders', () => {
    expect(fillLink('windows/{topic}/{area}/', { topic: 'ninchisho', area: 'honcho' })).toBe(
      'windows/ninchisho/honcho/',
    );
    expect(fillLink('resources/{id}/', {})).toBe('resources/{id}/');
  });
});
