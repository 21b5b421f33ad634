/**
 * The validator under generated input (property-based, fast-check): front matter and bodies with
 * random keys (__proto__, constructor, unicode, very long), values of every type, nesting, Unicode
 * (bidi controls, NUL, right-to-left text, unpaired surrogates as raw bytes), sizes, and broken
 * YAML, written into a copy of tests/fixtures/valid-town. Whatever comes in:
 *
 * - the validator never throws, and never says 「予期しないエラー」;
 * - every diagnostic names a file inside the content folder, a line and column, and a rule of
 *   the catalogue with that rule's severity;
 * - a file with an error never reaches the model, and a file without one is never dropped
 *   quietly; when nothing is wrong the model builds and its pages get no script;
 * - nothing is added to Object.prototype.
 *
 * The runs are bounded and repeatable: a fixed seed and number of runs (FUZZ_SEED and FUZZ_RUNS
 * override them for a longer hunt on a laptop; a failure prints the seed and path to replay).
 */
import { cp, mkdir, mkdtemp, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { siteSchema } from '../../schemas/index.ts';
import { loadModel, modelFromLoaded } from '../model/load-model.ts';
import { checkFile } from './checks/file.ts';
import type { FileProblem } from './diagnostics.ts';
import { checkEntryFile } from './file-checker.ts';
import { FILE_COLLECTIONS, type FileCollection } from './file-collections.ts';
import { hasErrors, loadContent, type LoadedContent } from './load.ts';
import { RULES, type Rule } from './rules.ts';
import { objectKeys } from './schema-walk.ts';

const FIXTURE = fileURLToPath(new URL('../../../tests/fixtures/valid-town/', import.meta.url));
const TODAY = '2026-11-22';
const SEED = Number(process.env.FUZZ_SEED ?? 20261122);
const RUNS = Number(process.env.FUZZ_RUNS ?? 100);
const RULE_SEVERITIES = new Map<string, Set<string>>();
for (const rule of Object.values(RULES) as Rule<never>[]) {
  RULE_SEVERITIES.set(rule.id, (RULE_SEVERITIES.get(rule.id) ?? new Set()).add(rule.severity));
}

// --- what is generated ----------------------------------------------------------------------

/** Keys that have meant trouble in JavaScript objects. */
const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__'];
const SCHEMA_KEYS = [
  ...new Set([...Object.values(FILE_COLLECTIONS).flatMap(({ schema }) => objectKeys(schema) ?? []), ...objectKeys(siteSchema)!]),
];

/** Strings that have broken text handling somewhere. */
const NASTY_TEXT = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\u202Eevil\u202C',
  '\u2066隠す\u2069',
  '\u200B',
  '\uFEFF',
  'مرحبا بالعالم',
  'שלום',
  '👨‍👩‍👧‍👦',
  'ｶﾀｶﾅ',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  'java\tscript:alert(1)',
  'data:text/html;base64,PHNjcmlwdD4=',
  '&lt;b&gt;',
  '=HYPERLINK("http://x")',
  '0312345678',
  '2026-02-30',
  '25:00-26:00',
  'ー－−‐',
  'a'.repeat(2500),
  'あ'.repeat(300),
  '${{ secrets.TOKEN }}',
  '%0A%0D',
  '../../etc/passwd',
];

const keyArb = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...SCHEMA_KEYS) },
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_KEYS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ minLength: 100, maxLength: 400 }) },
);

const textArb = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NASTY_TEXT) },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1000, maxLength: 3000 }) },
);

const leafArb = fc.oneof(
  { weight: 5, arbitrary: textArb },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(null) },
);

/** Any value YAML can hold: leaves, lists and mappings, a few levels deep. */
const { value: valueArb } = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leafArb,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(keyArb, tie('value'), { maxKeys: 4 }),
  ),
}));

/** A mapping of random keys (the whole front matter, or the whole YAML file). */
const randomMappingArb = fc.dictionary(keyArb, valueArb, { maxKeys: 8 });

/** A mapping as YAML text; fast-check may build objects without a prototype, which YAML writes as any other. */
function toYaml(value: unknown): string {
  return stringify(value, { aliasDuplicateObjects: false, lineWidth: 0 });
}

/** Pieces of YAML syntax that break or bend a file. */
const YAML_SHARDS = [
  '\t',
  ':',
  ': :',
  '\n  - ',
  '\n- ',
  '[',
  '{',
  '"',
  "'",
  '&a [1, 2]\nb: *a\n',
  '*nowhere',
  '!!js/function "f"',
  '!!binary AAAA',
  '!<tag:yaml.org,2002:str> x',
  '\n<<: { name: x }\n',
  '\n? [a, b]\n: c\n',
  '\nname: again\nname: twice\n',
  '\n---\n',
  '\n...\n',
  '%YAML 1.1\n',
  '\n__proto__: { polluted: yes }\n',
  '\nconstructor: { prototype: { polluted: yes } }\n',
];

type Damage = { kind: 'cut'; at: number } | { kind: 'insert'; at: number; text: string } | { kind: 'none' };

/** Damage done to YAML text: a cut, or random characters or YAML syntax put in somewhere. */
const damageArb: fc.Arbitrary<Damage> = fc.oneof(
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.oneof(textArb, fc.constantFrom(...YAML_SHARDS)),
  }),
  fc.constant({ kind: 'none' as const }),
);

function damage(text: string, change: Damage): string {
  if (change.kind === 'none') return text;
  const at = change.at % (text.length + 1);
  return change.kind === 'cut' ? text.slice(0, at) : text.slice(0, at) + change.text + text.slice(at);
}

/** Markdown bodies: lines of text, markup and links of every kind. */
const bodyArb = fc
  .array(
    fc.oneof(
      textArb,
      fc.constantFrom(
        '# 見出し',
        '- 箇条書き',
        '[リンク](https://example.jp/)',
        '[危ない](javascript:alert(1))',
        '[危ない](JaVaScRiPt:alert(1))',
        '![画像](data:image/png;base64,AAAA)',
        '<https://example.jp>',
        '<javascript:alert(1)>',
        '[ref]: javascript:alert(1)',
        '[ref]',
        '```\n<script>x</script>\n```',
        '<div onclick="x">',
        '<!-- コメント -->',
        '&#106;avascript:alert(1)',
        '| a | b |\n|---|---|\n| 1 | 2 |',
        '---',
      ),
    ),
    { maxLength: 8 },
  )
  .map((lines) => lines.join('\n'));

/** How the front matter is set off from the body: as it should be, with CRLF or a BOM, or missing. */
const frameArb = fc.constantFrom('plain', 'crlf', 'bom', 'no-front-matter', 'unclosed');

function markdownFile(yaml: string, body: string, frame: string): string {
  switch (frame) {
    case 'crlf':
      return `---\r\n${yaml.replace(/\n/g, '\r\n')}---\r\n${body}`;
    case 'bom':
      return `\uFEFF---\n${yaml}---\n${body}`;
    case 'no-front-matter':
      return `${yaml}\n${body}`;
    case 'unclosed':
      return `---\n${yaml}${body}`;
    default:
      return `---\n${yaml}---\n${body}`;
  }
}

/** Raw bytes: not UTF-8 (Shift_JIS-like, an unpaired surrogate in WTF-8), or anything at all. */
const bytesArb = fc.oneof(
  fc.uint8Array({ maxLength: 200 }),
  fc.constant(Uint8Array.from([0x6e, 0x61, 0x6d, 0x65, 0x3a, 0x20, 0xed, 0xa0, 0x80, 0x0a])),
  fc.constant(Uint8Array.from([0x6e, 0x61, 0x6d, 0x65, 0x3a, 0x20, 0x82, 0xb3, 0x0a])),
);

// --- where it is written --------------------------------------------------------------------

interface Target {
  /** Path in the content folder. */
  file: string;
  /** The collection and id of the entry the file holds (none for site.yaml and the lists). */
  collection?: FileCollection;
  id?: string;
}

const NEW_ENTRY_TARGETS: Target[] = [
  { file: 'areas/fuzz.yaml', collection: 'areas', id: 'fuzz' },
  { file: 'organizations/constructor.yaml', collection: 'organizations', id: 'constructor' },
  { file: 'resources/fuzz/fuzz.md', collection: 'resources', id: 'fuzz' },
  { file: 'networks/fuzz.md', collection: 'networks', id: 'fuzz' },
];
const EXISTING_TARGETS: Target[] = [
  { file: 'site.yaml' },
  { file: 'categories.yaml' },
  { file: 'topics.yaml' },
  { file: 'resources/soudan/minami-houkatsu.md', collection: 'resources', id: 'minami-houkatsu' },
  { file: 'areas/honcho.yaml', collection: 'areas', id: 'honcho' },
];

let dir: string;
let baseline: LoadedContent;
const originals = new Map<string, string>();
const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'fuzz-town-'));
  await cp(FIXTURE, dir, { recursive: true });
  await mkdir(path.join(dir, 'resources/fuzz'));
  for (const { file } of EXISTING_TARGETS) originals.set(file, await readFile(path.join(dir, file), 'utf8'));
  baseline = await loadContent(dir, { today: TODAY });
  expect(baseline.diagnostics).toEqual([]);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** Writes `contents` at the target, loads the folder, checks every property, and puts the folder back. */
async function check(target: Target, contents: string | Uint8Array): Promise<void> {
  await writeFile(path.join(dir, target.file), contents);
  try {
    const loaded = await loadContent(dir, { today: TODAY });
    checkDiagnostics(loaded);
    await checkGate(loaded, target);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys);
  } finally {
    const original = originals.get(target.file);
    if (original === undefined) await unlink(path.join(dir, target.file));
    else await writeFile(path.join(dir, target.file), original);
  }
}

/** Every diagnostic names a file inside the folder, a position, and a rule of the catalogue. */
function checkDiagnostics(loaded: LoadedContent): void {
  for (const diagnostic of loaded.diagnostics) {
    const relative = path.relative(dir, path.resolve(diagnostic.file));
    expect(relative.length > 0 && !relative.startsWith('..') && !path.isAbsolute(relative), diagnostic.file).toBe(true);
    expect(Number.isInteger(diagnostic.line) && diagnostic.line >= 1, `${diagnostic.file} line`).toBe(true);
    expect(Number.isInteger(diagnostic.column) && diagnostic.column >= 1, `${diagnostic.file} column`).toBe(true);
    expect(RULE_SEVERITIES.get(diagnostic.rule)?.has(diagnostic.severity), diagnostic.rule).toBe(true);
    expect(typeof diagnostic.field).toBe('string');
    expect(diagnostic.message.length).toBeGreaterThan(0);
    expect(diagnostic.message).not.toContain('予期しない');
  }
}

/** The errors the file's own checks find (YAML, text safety, schema), and whether it gave data. */
function ownCheck(target: Target): { errors: FileProblem[]; data: unknown } {
  const file = path.join(dir, target.file);
  const checked = target.collection
    ? checkEntryFile({ file, collection: target.collection })
    : checkFile(file, siteSchema, false);
  return { errors: checked.problems.filter((found) => found.severity === 'error'), data: checked.data };
}

/**
 * Every error of a file's own checks is reported; a file its schema refuses stays out of the
 * loaded data, one it passes is never dropped; any error at all stops the model (as it stops the
 * build); a clean folder builds pages without script. (A file whose text or body alone is refused
 * keeps its data, for CONTENT_VALIDATION=report-only: see validation-mode.ts.)
 */
async function checkGate(loaded: LoadedContent, target: Target): Promise<void> {
  const file = path.join(dir, target.file);
  if (target.collection || target.file === 'site.yaml') {
    const own = ownCheck(target);
    const reported = loaded.diagnostics.filter((d) => path.resolve(d.file) === file);
    for (const error of own.errors) {
      expect(reported.map((d) => d.message), target.file).toContain(error.message);
    }
    // Refused by its schema (or unreadable): always with an error, and never in the loaded data.
    if (own.data === undefined) expect(own.errors.length, target.file).toBeGreaterThan(0);
    else if (own.errors.length === 0) expect(own.data, target.file).toBeDefined();
    const entry = target.collection
      ? loaded[target.collection].find((candidate) => candidate.id === target.id)?.data
      : loaded.site;
    expect(entry === undefined, `${target.file}: loaded although refused, or dropped although valid`).toBe(
      own.data === undefined,
    );
  }
  if (hasErrors(loaded.diagnostics)) {
    await expect(loadModel(dir, TODAY)).rejects.toThrow(/has errors/);
    return;
  }
  const model = await modelFromLoaded(loaded);
  if (target.collection === 'resources') expect(model.resourceById.has(target.id!)).toBe(true);
  for (const page of [...model.resources, ...model.networks]) {
    expect(page.html ?? '').not.toMatch(SCRIPT_IN_HTML);
  }
}

/** A script element, an event handler attribute, or a script or data URL as a link or source. */
const SCRIPT_IN_HTML = /<script|<[^>]*\son[a-z]+\s*=|(?:href|src)\s*=\s*["']?\s*(?:javascript|vbscript|data):/i;

const options = { seed: SEED, numRuns: RUNS, endOnFailure: true } as const;

describe('fuzz: the validator takes any input without crashing and lets nothing invalid through', () => {
  test('random front matter and bodies in new entry files', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...NEW_ENTRY_TARGETS),
        randomMappingArb,
        bodyArb,
        frameArb,
        damageArb,
        async (target, mapping, body, frame, change) => {
          const yaml = damage(toYaml(mapping), change);
          await check(target, FILE_COLLECTIONS[target.collection!].markdown ? markdownFile(yaml, body, frame) : yaml);
        },
      ),
      options,
    );
  }, 60_000);

  test('valid entries with a few fields changed, added or removed (some stay valid and must load)', async () => {
    const entries = EXISTING_TARGETS.filter((target) => target.collection).map((target) => {
      const entry = baseline[target.collection!].find((candidate) => candidate.id === target.id)!;
      return { target, raw: entry.raw, body: entry.body ?? '' };
    });
    entries.push({ target: { file: 'site.yaml' }, raw: baseline.siteRaw!, body: '' });
    const editArb = fc.record({
      key: keyArb,
      value: fc.option(valueArb, { nil: undefined }),
    });
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...entries), fc.array(editArb, { maxLength: 3 }), fc.option(bodyArb), async (entry, edits, body) => {
        const data = Object.assign(Object.create(null), structuredClone({ ...entry.raw })) as Record<string, unknown>;
        for (const { key, value } of edits) {
          if (value === undefined) delete data[key];
          else Object.defineProperty(data, key, { value, enumerable: true, writable: true, configurable: true });
        }
        const yaml = toYaml(data);
        const markdown = entry.target.collection !== undefined && FILE_COLLECTIONS[entry.target.collection].markdown;
        await check(entry.target, markdown ? markdownFile(yaml, body ?? entry.body, 'plain') : yaml);
      }),
      options,
    );
  }, 60_000);

  test('site.yaml, categories.yaml and topics.yaml replaced by anything, and files that are not UTF-8', async () => {
    const listArb = fc.array(fc.oneof(randomMappingArb, valueArb), { maxLength: 4 });
    const yamlArb = fc.tuple(fc.oneof(randomMappingArb, listArb, valueArb), damageArb).map(([value, change]) =>
      damage(toYaml(value), change),
    );
    const targets = [...EXISTING_TARGETS.filter((target) => !target.collection), ...NEW_ENTRY_TARGETS];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...targets), fc.oneof(yamlArb, bytesArb), async (target, contents) => {
        await check(target, contents);
      }),
      options,
    );
  }, 60_000);
});
