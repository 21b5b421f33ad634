/**
 * The translation overlays under generated input (fast-check), as fuzz.test.ts does for the
 * Japanese files: random front matter, bodies, names files and bytes written into i18n/en/ of a
 * copy of valid-town. Whatever comes in, the validator does not throw; every diagnostic names a
 * file inside the folder, a position and a rule of the catalogue; an overlay whose own checks
 * fail never reaches the translations and one that passes with a known id is never dropped; no
 * translated description renders script; nothing is added to Object.prototype.
 */
import { cp, mkdir, mkdtemp, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { NAMES_FILES, resourceOverlaySchema } from '../../schemas/translation.ts';
import { pageTranslations } from '../i18n/site-translations.ts';
import { checkFile } from './checks/file.ts';
import { loadContent } from './load.ts';
import { RULES, type Rule } from './rules.ts';

const FIXTURE = fileURLToPath(new URL('../../../tests/fixtures/valid-town/', import.meta.url));
const TODAY = '2026-11-22';
const SEED = Number(process.env.FUZZ_SEED ?? 20261202);
const RUNS = Number(process.env.FUZZ_RUNS ?? 60);
const SEVERITIES = new Map<string, Set<string>>();
for (const rule of Object.values(RULES) as Rule<never>[]) {
  SEVERITIES.set(rule.id, (SEVERITIES.get(rule.id) ?? new Set()).add(rule.severity));
}

const KEYS = ['name', 'hoursNote', 'costNote', 'question', 'description', 'basedOn', '__proto__', 'constructor', 'nmae'];
const IDS = ['minami-houkatsu', 'honcho', 'ninchisho', 'houkatsu', '__proto__', 'toString', 'x'];
const TEXT = ['Center', '<script>alert(1)</script>', 'javascript:alert(1)', '\u202Eevil', '&lt;b&gt;', '=cmd', '', 'a'.repeat(300)];
const textArb = fc.oneof(fc.constantFrom(...TEXT), fc.string({ maxLength: 30 }), fc.string({ unit: 'binary', maxLength: 30 }));
const leafArb = fc.oneof(textArb, fc.integer(), fc.boolean(), fc.constant(null), fc.constantFrom('abcdef12', '12345678'));
const valueArb = fc.oneof(leafArb, fc.dictionary(fc.constantFrom(...KEYS), leafArb, { maxKeys: 3 }), fc.array(leafArb, { maxLength: 2 }));
const entryArb = fc.dictionary(fc.constantFrom(...KEYS), valueArb, { maxKeys: 4 });
const bodyArb = fc.oneof(
  fc.constantFrom('', 'Plain **text**.', '<img src=x onerror=alert(1)>', '[a](javascript:alert(1))', '[a](data:text/html,x)', '<!-- x -->'),
  fc.string({ maxLength: 80 }),
);
const bytesArb = fc.uint8Array({ maxLength: 60 });

const TARGETS = [
  { file: 'i18n/en/resources/minami-houkatsu.md', collection: 'resources', id: 'minami-houkatsu' },
  { file: 'i18n/en/resources/nowhere.md', collection: 'resources', id: 'nowhere' },
  { file: 'i18n/en/topics.yaml', collection: 'topics' },
  { file: 'i18n/en/areas.yaml', collection: 'areas' },
] as const;
type Target = (typeof TARGETS)[number];

let dir: string;
const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'fuzz-translations-'));
  await cp(FIXTURE, dir, { recursive: true });
  await writeFile(path.join(dir, 'site.yaml'), `${await readFile(path.join(dir, 'site.yaml'), 'utf8')}languages: [en]\n`);
  await mkdir(path.join(dir, 'i18n/en/resources'), { recursive: true });
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function check(target: Target, contents: string | Uint8Array): Promise<void> {
  const file = path.join(dir, target.file);
  await writeFile(file, contents);
  try {
    const loaded = await loadContent(dir, { today: TODAY });
    for (const diagnostic of loaded.diagnostics) {
      const relative = path.relative(dir, path.resolve(diagnostic.file));
      expect(relative.length > 0 && !relative.startsWith('..'), diagnostic.file).toBe(true);
      expect(diagnostic.line >= 1 && diagnostic.column >= 1, diagnostic.file).toBe(true);
      expect(SEVERITIES.get(diagnostic.rule)?.has(diagnostic.severity), diagnostic.rule).toBe(true);
    }
    const own = checkFile(file, target.collection === 'resources' ? resourceOverlaySchema : NAMES_FILES[target.collection].schema, target.collection === 'resources');
    const en = loaded.translations.get('en');
    if (target.collection === 'resources') {
      // Loaded exactly when its schema passed and its id names a Japanese resource.
      expect(en?.resources.has(target.id) ?? false, target.file).toBe(own.data !== undefined && target.id === 'minami-houkatsu');
    }
    for (const error of own.problems.filter((found) => found.severity === 'error')) {
      expect(loaded.diagnostics.map((found) => found.message)).toContain(error.message);
    }
    for (const language of (await pageTranslations(loaded.translations)).values()) {
      expect(language.descriptionHtml?.('minami-houkatsu') ?? '').not.toMatch(/<script|\son[a-z]+\s*=|javascript:|data:/i);
    }
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys);
  } finally {
    await unlink(file);
  }
}

const options = { seed: SEED, numRuns: RUNS, endOnFailure: true } as const;

describe('fuzz: translation overlays never crash the validator and let nothing invalid through', () => {
  test('resource overlays: random front matter and bodies', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(TARGETS[0], TARGETS[1]), entryArb, bodyArb, async (target, data, body) => {
        await check(target, `---\n${stringify(data)}---\n${body}\n`);
      }),
      options,
    );
  }, 60_000);

  test('names files: random ids and entries, or bytes that are not YAML', async () => {
    const namesArb = fc.dictionary(fc.constantFrom(...IDS), fc.oneof(entryArb, valueArb), { maxKeys: 4 });
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(TARGETS[2], TARGETS[3]), fc.oneof(namesArb.map((names) => stringify(names)), bytesArb), async (target, contents) => {
        await check(target, contents);
      }),
      options,
    );
  }, 60_000);
});
