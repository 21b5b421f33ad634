/**
 * The rules catalogue (rules.ts) is the whole rule book: every entry is complete and distinct, no
 * check writes a rule id or a severity of its own, every diagnostic names a rule of the catalogue
 * with that rule's severity, and what the checks print is the catalogue's sentence.
 */
import { cp, mkdtemp, readdir, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { organizationSchema } from '../../schemas/index.ts';
import { loadContent, type Diagnostic } from './load.ts';
import { RULES, type Rule } from './rules.ts';
import { metaOf, objectKeys, schemaAt } from './schema-walk.ts';
import { quoteForMessage } from './untrusted-text.ts';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const FIXTURE = fileURLToPath(new URL('../../../tests/fixtures/valid-town/', import.meta.url));
const TODAY = '2026-11-22';
const entries = Object.entries(RULES) as [string, Rule<never>][];

describe('the catalogue', () => {
  test('every entry has an id, a severity, a description and a message builder', () => {
    for (const [name, rule] of entries) {
      expect(rule.id, name).toMatch(/^[a-z]+(?:[-_][a-z]+)*$/);
      expect(['error', 'warning'], name).toContain(rule.severity);
      expect(rule.description.length, name).toBeGreaterThan(0);
      expect(rule.description, name).not.toContain('\n');
      expect(typeof rule.message, name).toBe('function');
    }
  });

  test('every entry is unique: no two describe the same thing, no two are the same object', () => {
    const descriptions = entries.map(([, rule]) => rule.description);
    expect(new Set(descriptions).size).toBe(descriptions.length);
    expect(new Set(entries.map(([, rule]) => rule)).size).toBe(entries.length);
  });

  test('no check writes a rule id or a severity of its own', async () => {
    const files = (await readdir(HERE, { recursive: true })).filter((file) => /(?<!\.test)\.ts$/.test(file));
    const inline: string[] = [];
    for (const file of files.filter((name) => name !== 'rules.ts')) {
      const text = await readFile(path.join(HERE, file), 'utf8');
      for (const match of text.matchAll(/\b(?:rule|severity)\s*:\s*['"`]/g)) inline.push(`${file}: ${match[0]}`);
    }
    expect(inline).toEqual([]);
  });
});

// ------------------------------------------------------------------------------------------
// One broken copy of valid-town, with a mistake for many rules, each in its own place.

let dir: string;
let diagnostics: Diagnostic[];

async function edit(relative: string, from: string, to: string): Promise<void> {
  const file = path.join(dir, relative);
  const text = await readFile(file, 'utf8');
  if (text.split(from).length !== 2) throw new Error(`${relative}: expected exactly one「${from}」`);
  await writeFile(file, text.replace(from, () => to));
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'rules-'));
  await cp(FIXTURE, dir, { recursive: true });
  await edit('resources/soudan/kita-houkatsu.md', 'servesAreas: [kita-ken]', 'servesAreas: [kita-kenn]');
  await edit('resources/soudan/kita-houkatsu.md', 'verifiedAt: 2026-10-01', 'verifiedAt: 2027-01-01');
  await edit('resources/soudan/kita-houkatsu.md', 'fax: 042-555-3102', 'fax: 0425553102');
  await edit('resources/soudan/kita-houkatsu.md', '  lat: 35.645\n  lng: 139.615', '  lat: 139.615\n  lng: 35.645');
  await edit('resources/chiiki/sakura-en.md', '\n---\n', '\n---\n\n<b>太字</b>\n');
  await edit('networks/kaigi/ninchisho-bukai.md', 'verifiedAt: 2026-07-01', 'verifiedAt: 2024-01-01');
  await edit('networks/kaigi/ninchisho-bukai.md', '  - network: suishin-kyogikai', '  - network: ninchisho-bukai');
  await edit('areas/kawabe.yaml', 'name: 川辺地区', 'name: 川辺\u202E地区');
  await edit('areas/kawabe.yaml', 'parent: minami-ken', 'parent: sakuragi');
  await edit('organizations/hanamizuki-kai.yaml', 'kana: はなみずきかい\n', 'zzzzzz: 1\n');
  await edit('site.yaml', 'center: [139.63, 35.63]', 'center: [35.63, 139.63]');
  await edit('categories.yaml', '- id: shakyo\n', '- id: houkatsu\n');
  await writeFile(path.join(dir, 'areas/notes.txt'), 'メモ');
  await writeFile(path.join(dir, 'organizations/Bad_Name.yaml'), 'name: x\n');
  await writeFile(path.join(dir, 'organizations/sjis.yaml'), Buffer.from([0x6e, 0x3a, 0x20, 0x83, 0x65, 0x0a]));
  await unlink(path.join(dir, 'topics.yaml'));
  await writeFile(path.join(dir, 'readings.yaml'), '一人: ひとり\nひとり: ひとり\n一人暮らし: ひとりずまい\n');
  ({ diagnostics } = await loadContent(dir, { today: TODAY }));
}, 60_000);

afterAll(() => rm(dir, { recursive: true, force: true }));

describe('the checks and the catalogue', () => {
  test('every diagnostic names a rule of the catalogue, with that rule’s severity', () => {
    expect(diagnostics.length).toBeGreaterThan(15);
    for (const diagnostic of diagnostics) {
      const rules = entries.filter(([, rule]) => rule.id === diagnostic.rule);
      expect(rules.length, diagnostic.rule).toBeGreaterThan(0);
      expect(rules.map(([, rule]) => rule.severity), diagnostic.message).toContain(diagnostic.severity);
    }
  });

  const title = (field: string) => metaOf(schemaAt(organizationSchema, [field])).title;
  /** [catalogue entry, its values, the file the diagnostic is in, text the check puts before the sentence] */
  const cases: [keyof typeof RULES, unknown, string, string?][] = [
    [
      'danglingReference',
      { field: 'servesAreas[0]', title: '担当地区', value: 'kita-kenn', places: ['地域（areas）'], meant: 'kita-ken' },
      'kita-houkatsu.md',
    ],
    ['verifiedInFuture', { verifiedAt: '2027-01-01', today: TODAY }, 'kita-houkatsu.md'],
    ['numericText', { key: 'fax', raw: '0425553102' }, 'kita-houkatsu.md'],
    ['locationSwapped', { lat: 139.615, lng: 35.645 }, 'kita-houkatsu.md'],
    ['markdownHtml', { html: '<b>' }, 'sakura-en.md'],
    ['stale', { verifiedAt: '2024-01-01', months: 12 }, 'ninchisho-bukai.md'],
    ['selfLink', undefined, 'ninchisho-bukai.md'],
    ['textBidi', { shown: quoteForMessage('川辺\u202E地区') }, 'kawabe.yaml', 'name: '],
    ['areaLevelOrder', { parent: 'sakuragi', parentLevel: 'district', level: 'district' }, 'kawabe.yaml'],
    ['required', { name: `kana（${title('kana')}）` }, 'hanamizuki-kai.yaml'],
    ['unknownKey', { field: 'zzzzzz', key: 'zzzzzz', allowed: objectKeys(organizationSchema) }, 'hanamizuki-kai.yaml'],
    ['mapCenterOutsideJapan', { lat: 139.63, lng: 35.63 }, 'site.yaml'],
    ['duplicateListId', { id: 'houkatsu', firstIndex: 0 }, 'categories.yaml'],
    ['missingListFile', { name: 'topics.yaml' }, 'topics.yaml'],
    ['fileType', { collection: 'areas', extensions: ['.yaml', '.yml'] }, 'notes.txt'],
    ['idFormat', { id: 'Bad_Name' }, 'Bad_Name.yaml'],
    ['encoding', undefined, 'sjis.yaml'],
    ['readingWithoutKanji', { word: 'ひとり' }, 'readings.yaml'],
    ['readingMismatch', { word: '一人暮らし', reading: 'ひとりずまい' }, 'readings.yaml'],
  ];

  test.each(cases)('%s: the check prints the catalogue’s sentence', (name, values, file, prefix = '') => {
    const rule = RULES[name] as Rule<unknown>;
    const expected = { rule: rule.id, severity: rule.severity, message: prefix + rule.message(values) };
    const inFile = diagnostics.filter((diagnostic) => diagnostic.file.endsWith(`/${file}`));
    expect(inFile.map(({ rule, severity, message }) => ({ rule, severity, message }))).toContainEqual(expected);
  });
});
