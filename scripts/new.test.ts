/**
 * `npm run new` as staff run it: scaffold into a copy of the fixture town, see the validator
 * point at every placeholder, fill the placeholders in, and see the town validate again.
 */
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { areaSchema, networkSchema, resourceSchema } from '../src/schemas/index.ts';
import { objectKeys } from '../src/lib/content/schema-walk.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FIXTURE = path.join(ROOT, 'tests/fixtures/valid-town');
const TODAY = '2026-11-22';

function run(script: string, args: string[]) {
  const result = spawnSync('node', [script, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, GITHUB_ACTIONS: '', CONTENT_DIR: '' },
  });
  if (result.error) throw result.error;
  return result;
}

let town: string;
beforeEach(async () => {
  town = await mkdtemp(path.join(os.tmpdir(), 'new-town-'));
  await cp(FIXTURE, town, { recursive: true });
});
afterEach(async () => {
  await rm(town, { recursive: true, force: true });
});

const newEntry = (...args: string[]) => run('scripts/new.ts', [...args, '--dir', town]);
const validate = () => run('scripts/validate.ts', ['--dir', town, '--today', TODAY, '--format', 'json']);
const problemsOf = (stdout: string) =>
  JSON.parse(stdout).problems as { file: string; line: number; field: string; severity: string }[];

/** Replaces `key: <placeholder>` lines as a member of staff would, failing if a line is missing. */
async function fill(file: string, values: Record<string, string>) {
  let text = await readFile(file, 'utf8');
  for (const [key, value] of Object.entries(values)) {
    const line = new RegExp(`^(\\s*)${key}:( ""| \\[\\])?(\\s+#.*)?$`, 'm');
    expect(text, `placeholder line for ${key}`).toMatch(line);
    text = text.replace(line, `$1${key}: ${value}`);
  }
  await writeFile(file, text);
}

/** Every field of the schema is in the file (written or commented out), each after a Japanese comment. */
function expectEveryField(text: string, keys: string[]) {
  const lines = text.split('\n');
  for (const key of keys) {
    const index = lines.findIndex((line) => new RegExp(`^(# )?${key}:`).test(line));
    expect(index, `field ${key}`).toBeGreaterThan(0);
    expect(lines[index - 1], `comment before ${key}`).toMatch(/^# .*[\u3040-\u30ff\u4e00-\u9fff].*（(必須|省略可)）/);
  }
}

describe('npm run new', () => {
  test('resource: every field commented; invalid until the placeholders are filled, valid after', async () => {
    const created = newEntry('resource', 'new-salon', '--folder', 'chiiki');
    expect(created.status, created.stderr).toBe(0);
    const file = path.join(town, 'resources/chiiki/new-salon.md');
    const text = await readFile(file, 'utf8');
    expectEveryField(text, objectKeys(resourceSchema)!);
    expect(text.startsWith('---\n')).toBe(true);
    // Examples of existing ids, so staff need not look them up.
    expect(text).toMatch(/^# 種別（必須）.*salon（/m);

    const before = validate();
    expect(before.status).toBe(1);
    const problems = problemsOf(before.stdout);
    expect(new Set(problems.map((problem) => problem.file.split('/').pop()))).toEqual(new Set(['new-salon.md']));
    expect(new Set(problems.map((problem) => problem.field.split('.')[0]))).toEqual(
      new Set(['name', 'kana', 'category', 'address', 'location', 'verifiedAt']),
    );

    await fill(file, {
      name: 'しんまちサロン',
      kana: 'しんまちさろん',
      category: 'salon',
      address: 'さくら町本町2-3-4',
      lat: '35.652',
      lng: '139.64',
      verifiedAt: '2026-11-01',
    });
    const after = validate();
    expect(problemsOf(after.stdout)).toEqual([]);
    expect(after.status).toBe(0);
  });

  test('window: topics and servesAreas are to be filled too, and it validates then', async () => {
    expect(newEntry('window', 'higashi-soudan').status).toBe(0);
    const file = path.join(town, 'resources/higashi-soudan.md');
    await fill(file, {
      name: '東相談室',
      kana: 'ひがしそうだんしつ',
      category: 'houkatsu',
      topics: '[ninchisho]',
      servesAreas: '[honcho]',
      address: 'さくら町本町1-1',
      lat: '35.652',
      lng: '139.64',
      verifiedAt: '2026-10-01',
    });
    const after = validate();
    expect(problemsOf(after.stdout)).toEqual([]);
  });

  test('network and area validate after their placeholders are filled', async () => {
    expect(newEntry('network', 'minami-kyogitai').status).toBe(0);
    expect(newEntry('area', 'higashi').status).toBe(0);
    const network = path.join(town, 'networks/minami-kyogitai.md');
    const area = path.join(town, 'areas/higashi.yaml');
    expectEveryField(await readFile(network, 'utf8'), objectKeys(networkSchema)!);
    expectEveryField(await readFile(area, 'utf8'), objectKeys(areaSchema)!);
    await fill(network, {
      name: '南部地域協議体',
      kana: 'なんぶちいききょうぎたい',
      kind: 'body',
      level: 'region',
      verifiedAt: '2026-09-01',
    });
    await fill(area, { name: '東地区', kana: 'ひがしちく', level: 'district', parent: 'kita-ken' });
    expect(problemsOf(validate().stdout)).toEqual([]);
  });

  test('refuses an id that exists (also in a sub-folder) and leaves the file alone', async () => {
    const existing = path.join(town, 'resources/chiiki/sakura-day.md');
    const original = await readFile(existing, 'utf8');
    const result = newEntry('resource', 'sakura-day');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('id「sakura-day」はもうあります');
    expect(await readFile(existing, 'utf8')).toBe(original);
    expect(newEntry('area', 'honcho').status).toBe(1);
  });

  test('refuses an id that breaks the id rule, and an unknown kind', () => {
    for (const id of ['Sakura', 'sakura_day', 'さくら', 'sakura.day']) {
      const result = newEntry('resource', id);
      expect(result.status, id).toBe(1);
      expect(result.stderr).toContain('は使えません');
    }
    for (const args of [['shop', 'x'], ['resource', '-sakura'], ['resource']]) {
      const result = newEntry(...args);
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stderr).toContain('使い方');
      expect(result.stderr).not.toMatch(/^\s+at /m);
    }
  });
});
