/**
 * `npm run translations`: a field without a record gets the digest of its Japanese; a record
 * stays unless the file (or file:id) is named with --refresh; comments, layout and the body are
 * kept; and after stamping, a change to the Japanese makes the validator warn (round trip).
 */
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { loadContent } from '../content/load.ts';
import { digestOf } from '../content/translation-texts.ts';
import { stampFile, stampTranslations, type EntryStamp } from './translation-stamp.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const TODAY = '2026-11-22';
const tempDirs: string[] = [];
afterAll(() => Promise.all(tempDirs.map((dir) => rm(dir, { recursive: true, force: true }))));

const stamp = (at: string[], digests: EntryStamp['digests'], refresh = false): EntryStamp => ({
  id: at[0] ?? 'x',
  at,
  digests,
  refresh,
});

describe('digestOf', () => {
  test('a Japanese text saved with CRLF (or CR) line endings has the digest of the same text with LF', () => {
    const lf = '地域包括支援センターです。\n\n平日の相談を受けます。';
    expect(digestOf(lf.replace(/\n/g, '\r\n'))).toBe(digestOf(lf));
    expect(digestOf(lf.replace(/\n/g, '\r'))).toBe(digestOf(lf));
    expect(digestOf(`${lf}。`)).not.toBe(digestOf(lf));
  });
});

describe('stampFile', () => {
  test('a names file gets basedOn under each entry; comments and other entries are kept', () => {
    const text = '# English names\nninchisho:\n  name: Dementia # short\nkaigo-hajime:\n  name: Care\n';
    const { text: stamped, fields } = stampFile(text, false, [stamp(['ninchisho'], { name: 'abcdef12' })]);
    expect(fields).toBe(1);
    expect(stamped).toBe(
      '# English names\nninchisho:\n  name: Dementia # short\n  basedOn:\n    name: abcdef12\nkaigo-hajime:\n  name: Care\n',
    );
  });

  test('a record is kept unless refreshed; a digest YAML would read as a number is quoted', () => {
    const text = 'ninchisho:\n  name: Dementia\n  basedOn:\n    name: abcdef12\n';
    expect(stampFile(text, false, [stamp(['ninchisho'], { name: '12345678' })])).toEqual({ text, fields: 0 });
    const refreshed = stampFile(text, false, [stamp(['ninchisho'], { name: '12345678' }, true)]);
    expect(refreshed.text).toBe('ninchisho:\n  name: Dementia\n  basedOn:\n    name: "12345678"\n');
  });

  test('a resource overlay: the front matter is stamped, the body, CRLF and BOM stay as written', () => {
    const text = '\uFEFF---\r\nname: Center\r\n---\r\n\r\nLong text that stays *as is*.\r\n';
    const { text: stamped } = stampFile(text, true, [stamp([], { name: 'aaaaaaaa', description: 'bbbbbbbb' })]);
    expect(stamped).toBe(
      '\uFEFF---\r\nname: Center\r\nbasedOn:\r\n  name: aaaaaaaa\r\n  description: bbbbbbbb\r\n---\r\n\r\nLong text that stays *as is*.\r\n',
    );
  });

  test('long lines are never folded', () => {
    const long = 'word '.repeat(40).trim();
    const { text } = stampFile(`x:\n  name: ${long}\n`, false, [stamp(['x'], { name: 'cccccccc' })]);
    expect(text).toContain(`  name: ${long}\n`);
  });
});

describe('npm run translations, then the Japanese changes: the validator warns', () => {
  test('round trip on a copy of valid-town', async () => {
    const content = await mkdtemp(path.join(os.tmpdir(), 'stamp-'));
    tempDirs.push(content);
    await cp(path.join(ROOT, 'tests/fixtures/valid-town'), content, { recursive: true });
    await writeFile(
      path.join(content, 'site.yaml'),
      `${await readFile(path.join(content, 'site.yaml'), 'utf8')}languages: [en]\n`,
    );
    await mkdir(path.join(content, 'i18n/en'), { recursive: true });
    await writeFile(path.join(content, 'i18n/en/areas.yaml'), 'honcho:\n  name: Honcho district\n');
    const warnings = async () =>
      (await loadContent(content, { today: TODAY })).diagnostics.map(({ line, column, rule, message }) => ({
        line,
        column,
        rule,
        message,
      }));

    expect(await stampTranslations(content, [])).toEqual({ written: [['i18n/en/areas.yaml', 1]] });
    const stamped = await readFile(path.join(content, 'i18n/en/areas.yaml'), 'utf8');
    expect(stamped).toBe(`honcho:\n  name: Honcho district\n  basedOn:\n    name: ${digestOf('本町地区')}\n`);
    expect(await warnings()).toEqual([]);

    const area = path.join(content, 'areas/honcho.yaml');
    await writeFile(area, (await readFile(area, 'utf8')).replace('name: 本町地区', 'name: 本町中央地区'));
    const japanese = path.relative(process.cwd(), area);
    expect(await warnings()).toEqual([
      {
        line: 4,
        column: 11,
        rule: 'translation-stale',
        message:
          `name（名称）: 翻訳したあとに、日本語（${japanese}）のこの項目が変わりました。` +
          '翻訳を見直してから npm run translations -- --refresh i18n/en/areas.yaml:honcho を実行してください',
      },
    ]);
    // Without --refresh the record stays (the warning is not hidden); with it, it is renewed.
    expect(await stampTranslations(content, [])).toEqual({ written: [] });
    expect(await stampTranslations(content, ['content/i18n/en/areas.yaml:honcho'])).toEqual({
      written: [['i18n/en/areas.yaml', 1]],
    });
    expect(await warnings()).toEqual([]);
  });

  test('nothing is written while the folder has errors', async () => {
    const content = await mkdtemp(path.join(os.tmpdir(), 'stamp-'));
    tempDirs.push(content);
    await cp(path.join(ROOT, 'tests/fixtures/valid-town'), content, { recursive: true });
    await mkdir(path.join(content, 'i18n/en'), { recursive: true });
    await writeFile(path.join(content, 'i18n/en/areas.yaml'), 'honcho:\n  name: Honcho district\n');
    const result = await stampTranslations(content, []);
    expect('errors' in result && result.errors.map((found) => found.rule)).toEqual(['translation-language']);
    expect(await readFile(path.join(content, 'i18n/en/areas.yaml'), 'utf8')).toBe('honcho:\n  name: Honcho district\n');
  });
});
