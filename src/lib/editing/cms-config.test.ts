import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { parse, stringify } from 'yaml';
import { areaSchema, ref, resourceSchema, text } from '../../schemas/index.ts';
import { cmsBackendFromEnv, cmsConfig, cmsEnabled, cmsLocalFromEnv, type CmsField } from './cms-config.ts';
import { CMS_FORMATS } from './cms-format.ts';
import { KANA_INPUT_PATTERN } from '../text/normalize.ts';
import { CONTENT_FILES, type ContentFile } from './editor-schema.ts';
import { objectKeys } from '../content/schema-walk.ts';

const backend = { repo: 'midori-city/care-map', branch: 'main', baseUrl: 'https://auth.example.jp' };

type Collection = {
  name: string;
  folder?: string;
  fields?: CmsField[];
  files?: { name: string; fields: CmsField[] }[];
} & Record<string, unknown>;

function collection(config: Record<string, unknown>, name: string): Collection {
  const found = (config.collections as Collection[]).find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no collection ${name}`);
  return found;
}
const field = (fields: CmsField[] | undefined, name: string) => fields?.find((candidate) => candidate.name === name);

/** The content files with one schema swapped, as a schema change in src/schemas/ would. */
function withSchema(name: string, schema: z.ZodType): ContentFile[] {
  return CONTENT_FILES.map((file) => (file.name === name ? { ...file, schema } : file));
}

describe('Decap CMS config generated from the schemas', () => {
  const { config, omitted } = cmsConfig({
    backend,
    choices: {
      categories: [{ id: 'houkatsu', name: '地域包括支援センター' }],
      topics: [{ id: 'ninchisho', name: 'もの忘れ・認知症が心配' }],
    },
  });

  test('editorial workflow on the GitHub backend the deployer named, in Japanese', () => {
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(config.locale).toBe('ja');
    expect(config.backend).toMatchObject({
      name: 'github',
      repo: 'midori-city/care-map',
      branch: 'main',
      base_url: 'https://auth.example.jp',
    });
  });

  test('every field of the resource schema is a CMS field with its Japanese title as label', () => {
    const resources = collection(config, 'resources');
    expect(resources).toMatchObject({
      folder: 'content/resources',
      extension: 'md',
      // Our format, which keeps the file's text (cms-format.ts), not Decap's own `frontmatter`.
      format: CMS_FORMATS.frontMatter,
      create: true,
      editor: { preview: true },
    });
    expect(collection(config, 'areas')).toMatchObject({ format: CMS_FORMATS.yaml, editor: { preview: false } });
    const names = resources.fields!.map((candidate) => candidate.name);
    expect(names).toEqual([...objectKeys(resourceSchema)!, 'body']);
    expect(field(resources.fields, 'name')).toMatchObject({ label: '名称', widget: 'string', required: true });
    expect(field(resources.fields, 'phone')).toMatchObject({ label: '電話番号', widget: 'string', required: false });
    expect(field(resources.fields, 'verifiedAt')).toMatchObject({
      label: '情報確認日',
      widget: 'datetime',
      format: 'YYYY-MM-DD',
      time_format: false,
      required: true,
    });
    // A field with a default is not required in the CMS either.
    expect(field(resources.fields, 'status')).toMatchObject({ widget: 'select', required: false, default: 'active' });
    expect(field(resources.fields, 'status')!.options).toContainEqual({
      value: 'suspended',
      label: '休止中（suspended）',
    });
  });

  test('references become relations (folders) or choices (categories.yaml / topics.yaml)', () => {
    const resources = collection(config, 'resources').fields;
    expect(field(resources, 'operator')).toMatchObject({
      widget: 'relation',
      collection: 'organizations',
      value_field: '{{filename}}',
    });
    // In the nested resources folder {{slug}} would be windows/x; the id is the file name.
    expect(field(field(resources, 'refersTo')!.fields, 'resource')).toMatchObject({
      widget: 'relation',
      collection: 'resources',
      value_field: '{{filename}}',
    });
    expect(field(resources, 'servesAreas')).toMatchObject({ widget: 'relation', collection: 'areas', multiple: true });
    expect(field(resources, 'category')).toMatchObject({
      widget: 'select',
      options: [{ value: 'houkatsu', label: '地域包括支援センター（houkatsu）' }],
    });
    const hours = field(resources, 'hours')!;
    expect(hours.widget).toBe('list');
    expect(field(hours.fields, 'days')).toMatchObject({ widget: 'select', multiple: true, min: 1 });
  });

  test("a reading in 漢字 is refused by the form, with the schema's own pattern and a Japanese reason", () => {
    const kana = field(collection(config, 'resources').fields, 'kana')!;
    expect(kana.pattern).toEqual([KANA_INPUT_PATTERN, 'ひらがな・カタカナで書きます。漢字・数字・英字は使えません']);
    const pattern = new RegExp(kana.pattern![0]);
    expect(pattern.test('ほんちょう')).toBe(true);
    expect(pattern.test('ホンチョウ')).toBe(true);
    expect(pattern.test('本町')).toBe(false);
    for (const name of ['areas', 'organizations', 'networks']) {
      expect(field(collection(config, name).fields, 'kana')!.pattern?.[0]).toBe(KANA_INPUT_PATTERN);
    }
  });

  test('nothing inside an optional group is required (a new entry need not have a capacity)', () => {
    const resources = collection(config, 'resources').fields;
    const capacity = field(resources, 'capacity')!;
    expect(capacity.required).toBe(false);
    expect(field(capacity.fields, 'asOf')).toMatchObject({ widget: 'datetime', required: false });
    expect(field(field(resources, 'location')!.fields, 'lat')!.required).toBe(false);
    // Inside a list item the schema's requirement stays: a 開所時間 needs its days and time.
    expect(field(field(resources, 'hours')!.fields, 'time')!.required).toBe(true);
  });

  test('hours are a list of days (chosen) and a time range (typed)', () => {
    const hours = field(collection(config, 'resources').fields, 'hours')!;
    expect(field(hours.fields, 'days')!.options).toContainEqual({ value: 'mon', label: '月（mon）' });
    expect(field(hours.fields, 'time')).toMatchObject({ widget: 'string', label: '時間帯' });
  });

  test('a picker has no technical hint; a typed field keeps its hint', () => {
    const resources = collection(config, 'resources').fields;
    expect(field(resources, 'operator')!.hint).toBeUndefined();
    expect(field(resources, 'status')!.hint).toBeUndefined();
    expect(field(resources, 'verifiedAt')!.hint).toBeUndefined();
    expect(field(resources, 'languages')!.hint).toMatch(/ja/);
  });

  test('what the CMS cannot edit is reported, not silently dropped', () => {
    expect(omitted).toContainEqual(expect.objectContaining({ collection: 'area', field: 'boundary' }));
    expect(omitted.map((entry) => entry.collection)).toEqual(expect.arrayContaining(['categories', 'topics']));
    expect(field(collection(config, 'areas').fields, 'boundary')).toBeUndefined();
  });

  test('site.yaml is a single-file collection', () => {
    const settings = collection(config, 'settings');
    expect(settings.files![0]).toMatchObject({ name: 'site', file: 'content/site.yaml' });
    expect(field(settings.files![0].fields, 'contact')!.fields!.map((candidate) => candidate.label)).toContain(
      '担当課の名前',
    );
  });

  test('the config survives a YAML round trip (what /admin/config.yml serves)', () => {
    expect(parse(stringify(config))).toEqual(config);
  });
});

describe('a field added to a schema appears in the CMS config', () => {
  test('a new optional number on resources', () => {
    const extended = resourceSchema.safeExtend({
      parkingSpaces: z.number().int().nonnegative().optional().meta({ title: '駐車台数' }),
    });
    const before = collection(cmsConfig({ backend }).config, 'resources').fields;
    const after = collection(
      cmsConfig({ backend, files: withSchema('resource', extended) }).config,
      'resources',
    ).fields;
    expect(field(before, 'parkingSpaces')).toBeUndefined();
    expect(field(after, 'parkingSpaces')).toEqual({
      name: 'parkingSpaces',
      label: '駐車台数',
      widget: 'number',
      value_type: 'int',
      min: 0,
      required: false,
    });
  });

  test('a new required reference and a new nested list on areas', () => {
    const extended = areaSchema.safeExtend({
      office: ref('organizations', '担当する課'),
      contacts: z
        .array(z.strictObject({ name: text('担当者'), phone: z.string().optional().meta({ title: '直通電話' }) }))
        .optional()
        .meta({ title: '連絡先' }),
    });
    const areas = collection(cmsConfig({ backend, files: withSchema('area', extended) }).config, 'areas').fields;
    expect(field(areas, 'office')).toMatchObject({
      label: '担当する課',
      widget: 'relation',
      collection: 'organizations',
      required: true,
    });
    const contacts = field(areas, 'contacts')!;
    expect(contacts).toMatchObject({ label: '連絡先', widget: 'list', required: false });
    expect(contacts.fields!.map((candidate) => [candidate.name, candidate.label, candidate.required])).toEqual([
      ['name', '担当者', true],
      ['phone', '直通電話', false],
    ]);
  });
});

describe('the pull request a save opens is checked by the content workflow', () => {
  test('content.yml runs on pull requests to any branch that change the folders the CMS writes', () => {
    const flow = parse(readFileSync('.github/workflows/content.yml', 'utf8')) as {
      on: { pull_request: { paths: string[]; branches?: string[] } };
    };
    // Decap opens its pull requests from cms/<collection>/<slug> into CMS_BRANCH: no branch filter may skip them.
    expect(flow.on.pull_request.branches).toBeUndefined();
    const { config } = cmsConfig({ backend });
    const globs = flow.on.pull_request.paths.filter((glob) => glob.endsWith('/**')).map((glob) => glob.slice(0, -2));
    const written = (config.collections as Collection[]).flatMap((c) =>
      c.folder ? [c.folder] : (c.files ?? []).map((f) => (f as unknown as { file: string }).file),
    );
    expect(written).toContain('content/resources');
    expect(written).toContain('content/site.yaml');
    for (const file of written)
      expect(
        globs.some((prefix) => file.startsWith(prefix)),
        file,
      ).toBe(true);
  });
});

describe('npm run cms: the local backend', () => {
  const { config } = cmsConfig({ backend, local: true, contentPath: '' });

  test('the config asks for the local backend; paths start in the content folder', () => {
    expect(config.local_backend).toBe(true);
    expect(collection(config, 'resources').folder).toBe('resources');
    expect(collection(config, 'settings').files![0]).toMatchObject({ file: 'site.yaml' });
  });

  test('the GitHub config has no local backend', () => {
    expect(cmsConfig({ backend }).config.local_backend).toBeUndefined();
  });

  test('CMS_LOCAL_BACKEND turns it on; the CMS runs with it or with CMS_REPO', () => {
    expect(cmsLocalFromEnv({ CMS_LOCAL_BACKEND: '1' })).toBe(true);
    expect(cmsLocalFromEnv({})).toBe(false);
    expect(cmsEnabled({})).toBe(false);
    expect(cmsEnabled({ CMS_LOCAL_BACKEND: '1' })).toBe(true);
    expect(cmsEnabled({ CMS_REPO: 'a/b' })).toBe(true);
  });
});

describe('deployer settings from the environment', () => {
  test('no CMS_REPO: the CMS is not configured', () => {
    expect(cmsBackendFromEnv({})).toBeUndefined();
    expect(cmsBackendFromEnv({ CMS_REPO: '  ' })).toBeUndefined();
  });
  test('repository, branch and OAuth client', () => {
    expect(cmsBackendFromEnv({ CMS_REPO: 'midori-city/care-map', CMS_AUTH_URL: 'https://auth.example.jp' })).toEqual({
      repo: 'midori-city/care-map',
      branch: 'main',
      baseUrl: 'https://auth.example.jp',
      authEndpoint: undefined,
    });
    expect(cmsBackendFromEnv({ CMS_REPO: 'a/b', CMS_BRANCH: 'content' })?.branch).toBe('content');
  });
  test('mistakes are refused with a Japanese message', () => {
    expect(() => cmsBackendFromEnv({ CMS_REPO: 'https://github.com/a/b' })).toThrow(/所有者\/リポジトリ名/);
    expect(() => cmsBackendFromEnv({ CMS_REPO: 'a/b', CMS_AUTH_URL: 'http://auth.example.jp' })).toThrow(/https/);
  });
});
