import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { areaSchema, resourceSchema } from '../../schemas/index.ts';
import { CONTENT_FILES, editorSchema, enumLabels, vscodeFiles, type JsonSchema } from './editor-schema.ts';
import { parseMarkdownSource } from '../content/source.ts';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const FIXTURE = path.join(ROOT, 'tests/fixtures/valid-town');

/**
 * A small JSON Schema checker for the keywords our schemas use — enough to show that the
 * generated schema accepts what the validator accepts and flags what an editor should flag.
 */
function problems(schema: JsonSchema, value: unknown, at = ''): string[] {
  if (schema.oneOf)
    return schema.oneOf.some((option) => problems(option, value, at).length === 0) ? [] : [`${at}: no option matches`];
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  const typeOf = (v: unknown) =>
    Array.isArray(v) ? 'array' : v === null ? 'null' : Number.isInteger(v) ? 'integer' : typeof v;
  const actual = typeOf(value);
  if (types.length && !types.includes(actual) && !(actual === 'integer' && types.includes('number')))
    return [`${at}: ${actual} is not ${types.join('|')}`];
  if (schema.enum && !schema.enum.includes(value)) return [`${at}: ${String(value)} not in enum`];
  if (schema.const !== undefined && schema.const !== value) return [`${at}: not ${String(schema.const)}`];
  if (typeof value === 'string' && schema.pattern && !new RegExp(schema.pattern).test(value)) return [`${at}: pattern`];
  const found: string[] = [];
  if (actual === 'object') {
    const object = value as Record<string, unknown>;
    for (const key of schema.required ?? []) if (!(key in object)) found.push(`${at}.${key}: required`);
    for (const [key, child] of Object.entries(object)) {
      const sub = schema.properties?.[key];
      if (sub) found.push(...problems(sub, child, `${at}.${key}`));
      else if (schema.additionalProperties === false) found.push(`${at}.${key}: not allowed`);
    }
  }
  if (actual === 'array' && schema.items) {
    (value as unknown[]).forEach((item, index) => {
      const sub = Array.isArray(schema.items) ? schema.items[index] : schema.items;
      if (sub) found.push(...problems(sub as JsonSchema, item, `${at}[${index}]`));
    });
  }
  return found;
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}

describe('JSON Schemas generated from the Zod schemas', () => {
  test('titles and references come through, with Japanese descriptions', () => {
    const schema = editorSchema(resourceSchema);
    expect(schema.properties!.name).toMatchObject({ title: '名称', type: 'string' });
    expect(schema.properties!.operator).toMatchObject({ title: '運営主体', 'x-collection': 'organizations' });
    expect(schema.properties!.operator.description).toContain('組織（organizations フォルダ）にある id');
    expect(schema.properties!.status.description).toContain('suspended（休止中）');
    expect(schema.properties!.verifiedAt.description).toContain('YYYY-MM-DD');
    expect(schema.additionalProperties).toBe(false);
    // Fields with a default are not required of staff.
    expect(schema.required).toEqual(expect.arrayContaining(['name', 'kana', 'category', 'verifiedAt']));
    expect(schema.required).not.toContain('status');
    expect(JSON.stringify(schema)).not.toContain('"ref"');
  });

  test('a field added to a schema appears in the JSON Schema', () => {
    const extended = areaSchema.safeExtend({ office: z.string().optional().meta({ title: '担当する課' }) });
    expect(editorSchema(areaSchema).properties!.office).toBeUndefined();
    expect(editorSchema(extended).properties!.office).toMatchObject({ title: '担当する課', type: 'string' });
  });

  test('ids of the built content are offered as completions', () => {
    const schema = editorSchema(resourceSchema, { ids: { categories: [{ id: 'houkatsu' }, { id: 'day-service' }] } });
    expect(schema.properties!.category.examples).toEqual(['houkatsu', 'day-service']);
  });

  test('enum labels are found by their values, not by a list', () => {
    expect(enumLabels(['a', 'b'], { FOO_LABELS: { b: 'ビー', a: 'エー' }, OTHER_LABELS: { a: 'x' } })).toEqual({
      b: 'ビー',
      a: 'エー',
    });
    expect(enumLabels(['done', 'planned'])).toBeUndefined();
  });

  test('every file of the valid fixture town passes its schema; a typo and a wrong enum are flagged', async () => {
    let checked = 0;
    for (const file of CONTENT_FILES) {
      const schema = editorSchema(file.schema);
      const paths = file.file ? [path.join(FIXTURE, file.file)] : await filesUnder(path.join(FIXTURE, file.folder!));
      for (const target of paths) {
        const text = await readFile(target, 'utf8');
        const data = file.markdown ? parseMarkdownSource(text).data : parse(text);
        expect(problems(schema, data), path.relative(FIXTURE, target)).toEqual([]);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
    const resource = editorSchema(resourceSchema);
    const ok = { name: 'x', kana: 'えっくす', category: 'houkatsu', verifiedAt: '2026-01-01' };
    expect(problems(resource, ok)).toEqual([]);
    expect(problems(resource, { ...ok, phne: '042-111-2222' })).toEqual(['.phne: not allowed']);
    expect(problems(resource, { ...ok, status: 'open' })).toEqual(['.status: open not in enum']);
    expect(problems(resource, { ...ok, verifiedAt: '2026/01/01' })).toEqual(['.verifiedAt: pattern']);
  });
});

describe('the copy committed for VS Code (.vscode/)', () => {
  test('is what `npm run schemas` would write now (run it after changing src/schemas/)', async () => {
    const settings = JSON.parse(await readFile(path.join(ROOT, '.vscode/settings.json'), 'utf8'));
    for (const [file, text] of vscodeFiles(settings)) {
      const committed = await readFile(path.join(ROOT, file), 'utf8').catch(() => '(missing)');
      expect(committed, `${file} is stale: run npm run schemas`).toBe(text);
    }
  });

  test('settings map the YAML content files to their schemas', () => {
    const settings = JSON.parse(vscodeFiles({ 'editor.tabSize': 2 }).get('.vscode/settings.json')!);
    expect(settings['editor.tabSize']).toBe(2);
    expect(settings['yaml.schemas']['./.vscode/schemas/area.schema.json']).toEqual([
      'content/areas/*.yaml',
      'content/areas/*.yml',
    ]);
    expect(settings['yaml.schemas']['./.vscode/schemas/site.schema.json']).toEqual(['content/site.yaml']);
  });
});
