/** resources.csv layout details, JSON-LD and the sitemap, on the sample town. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../text/csv.ts';
import type { SiteModel } from '../model/model.ts';
import { resourceJsonLd, schemaTypeOf, serializeJsonLd } from './jsonld.ts';
import { RESOURCE_CSV_COLUMNS, resourcesCsv, splitAddress, toKatakana } from './resources-csv.ts';
import { sitemapPaths, sitemapXml } from './sitemap.ts';
import { htmlToText, textToMarkdown } from './text.ts';
import { loadModel } from '../model/load-model.ts';
import { renderMarkdownBody } from '../content/markdown-processor.ts';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
let model: SiteModel;
beforeAll(async () => {
  ({ model } = await loadModel(path.join(ROOT, 'content'), '2026-11-22'));
});

describe('resources.csv', () => {
  it('is UTF-8 with BOM and CRLF, one row per resource, the 公共施設一覧 columns first', () => {
    const csv = resourcesCsv(model);
    expect(csv.startsWith('\ufeff全国地方公共団体コード,ID,地方公共団体名,名称,名称_カナ')).toBe(true);
    expect(
      csv
        .replace(/"[^"]*"/g, '')
        .split('\n')
        .every((line) => line === '' || line.endsWith('\r')),
    ).toBe(true);
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual([...RESOURCE_CSV_COLUMNS]);
    expect(rows).toHaveLength(model.resources.length + 1);
    expect(new Set(rows.map((row) => row.length))).toEqual(new Set([RESOURCE_CSV_COLUMNS.length]));
    const engawa = rows.find((row) => row[1] === 'day-engawa')!;
    const cell = (name: string) => engawa[RESOURCE_CSV_COLUMNS.indexOf(name)];
    expect(cell('名称_カナ')).toBe('チイキミッチャクガタデイ マチノエンガワ');
    expect(cell('所在地_都道府県')).toBe('東京都');
    expect(cell('所在地_町字')).toBe('本町');
    expect(cell('所在地_番地以下')).toBe('1-8-3');
    expect(cell('利用可能曜日')).toBe('月,火,水,木,金');
    expect([cell('開始時間'), cell('終了時間')]).toEqual(['09:30', '16:00']);
    expect(cell('種別')).toBe('通所介護（デイサービス）');
    expect(cell('説明')).toContain('古い民家を改装した');
  });

  it('splits addresses into 町字, 番地以下 and 建物名等', () => {
    expect(splitAddress('みどり市本町1-2-3 本町ビル2階', '東京都', 'みどり市')).toEqual({
      prefecture: '東京都',
      city: 'みどり市',
      town: '本町',
      rest: '1-2-3',
      building: '本町ビル2階',
    });
    expect(splitAddress('東京都みどり市桜ヶ丘二丁目5番8号', '東京都', 'みどり市')).toMatchObject({
      town: '桜ヶ丘二丁目',
      rest: '5番8号',
    });
    expect(splitAddress('となり市中町1-1', '東京都', 'みどり市')).toMatchObject({
      prefecture: '',
      city: '',
      town: 'となり市中町',
    });
    expect(toKatakana('みどり ー')).toBe('ミドリ ー');
  });

  it('turns body HTML into lines and back into Markdown that renders to the same lines', async () => {
    const text = htmlToText('<p>送迎 &amp; 入浴</p>\n<ul><li>1. 体操</li><li>*お茶*</li></ul>');
    expect(text).toBe('送迎 & 入浴\n1. 体操\n*お茶*');
    expect(htmlToText(await renderMarkdownBody(textToMarkdown(text)))).toBe(text);
  });
});

describe('JSON-LD', () => {
  it('picks the schema.org type from the category', () => {
    const typeOf = (category: string) =>
      schemaTypeOf(model.resources.find((resource) => resource.category === category)!);
    expect(typeOf('houkatsu')).toBe('GovernmentService');
    expect(typeOf('hospital')).toBe('Hospital');
    expect(typeOf('clinic')).toBe('MedicalClinic');
    expect(typeOf('dental')).toBe('Dentist');
    expect(typeOf('pharmacy')).toBe('Pharmacy');
    expect(typeOf('day-service')).toBe('LocalBusiness');
    expect(typeOf('salon')).toBe('Place');
  });

  it('describes a window with its areas and a clinic with opening hours', () => {
    const window = model.windows[0];
    const data = resourceJsonLd(window, model, 'https://example.jp/resources/x/') as {
      '@id': string;
      areaServed: { name: string }[];
    };
    expect(data['@id']).toBe('https://example.jp/resources/x/#resource');
    expect(data.areaServed.map((area: { name: string }) => area.name)).toEqual(
      window.servesAreas!.map((id) => model.areaById.get(id)!.name),
    );
    const clinic = model.resources.find((resource) => resource.category === 'clinic' && resource.hours?.length)!;
    const hours = (resourceJsonLd(clinic, model) as { openingHoursSpecification: { dayOfWeek: string[] }[] })
      .openingHoursSpecification;
    expect(hours[0]).toMatchObject({
      '@type': 'OpeningHoursSpecification',
      opens: expect.stringMatching(/^\d{2}:\d{2}$/),
    });
    expect(hours[0].dayOfWeek[0]).toMatch(/^https:\/\/schema\.org\/[A-Z][a-z]+day$/);
  });

  it('cannot be broken out of its script element', () => {
    const json = serializeJsonLd({ name: '</script><script>alert(1)</script> & \u2028' });
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(json).name).toBe('</script><script>alert(1)</script> & \u2028');
  });
});

describe('sitemap', () => {
  const files = [
    'index.astro',
    '404.astro',
    'admin/index.astro',
    'resources/index.astro',
    'resources/[id].astro',
    'networks/[id].astro',
    'print/areas/[id].astro',
    'windows/[topic]/[area].astro',
    'data/resources.csv.ts',
    'areas/_comparison-table.astro',
  ];

  it('lists static pages and the pages of known parameter routes, nothing else', () => {
    const paths = sitemapPaths(files, model);
    expect(paths).toContain('/');
    expect(paths).toContain('/resources/');
    expect(paths).toContain('/resources/day-engawa/');
    expect(paths.filter((p) => p.startsWith('/networks/'))).toHaveLength(model.networks.length);
    expect(
      paths.some(
        (p) =>
          p.startsWith('/admin') || p.startsWith('/print') || p.includes('404') || p.includes('[') || p.includes('_'),
      ),
    ).toBe(false);
    expect(paths).toHaveLength(2 + model.resources.length + model.networks.length);
  });

  it('writes absolute URLs with SITE_URL and the base path, relative ones without', () => {
    expect(sitemapXml(['/', '/a/'], '/care-map/', 'https://example.lg.jp/')).toContain(
      '<loc>https://example.lg.jp/care-map/a/</loc>',
    );
    const relative = sitemapXml(['/'], '/', undefined);
    expect(relative).toContain('<loc>/</loc>');
    expect(relative).toContain('SITE_URL');
  });
});
