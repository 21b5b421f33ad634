/** content/readings.yaml: optional, kana only, words with kanji, readings that fit, each word once. */
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { loadContent } from '../load.ts';

const FIXTURE = fileURLToPath(new URL('../../../../tests/fixtures/valid-town/', import.meta.url));
const TODAY = '2026-11-22';
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'readings-'));
  await cp(FIXTURE, dir, { recursive: true });
});
afterEach(() => rm(dir, { recursive: true, force: true }));

/** The diagnostics about readings.yaml, as the clerk reads them (path:line: severity: message). */
async function readingsProblems(text: string, kept: string[] = []): Promise<string[]> {
  await writeFile(path.join(dir, 'readings.yaml'), text);
  const { diagnostics, readings } = await loadContent(dir, { today: TODAY });
  kept.push(...readings.keys());
  return diagnostics
    .filter((d) => d.file.endsWith('readings.yaml'))
    .map((d) => `${path.basename(d.file)}:${d.line}: ${d.severity}: ${d.message}`);
}

describe('readings.yaml', () => {
  test('is optional: the folder is valid without it, and the readings are empty', async () => {
    const loaded = await loadContent(dir, { today: TODAY });
    expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(loaded.readings.size).toBe(0);
  });

  test('gives its words and readings, katakana turned into hiragana', async () => {
    await writeFile(path.join(dir, 'readings.yaml'), '# 辞書が読みまちがえる語\n一人: ひとり\n仏生山: ブッショウザン\n');
    const loaded = await loadContent(dir, { today: TODAY });
    expect(loaded.diagnostics.filter((d) => d.file.endsWith('readings.yaml'))).toEqual([]);
    expect([...loaded.readings]).toEqual([
      ['一人', 'ひとり'],
      ['仏生山', 'ぶっしょうざん'],
    ]);
  });

  test('reports each bad line with its line number, and keeps the good ones', async () => {
    const kept: string[] = [];
    const problems = await readingsProblems(
      ['一人: ひとり', '独居: 独り', 'ひとり: ひとり', '一人暮らし: ひとりずまい', ''].join('\n'),
      kept,
    );
    expect(kept).toEqual(['一人']);
    expect(problems).toEqual([
      expect.stringMatching(/^readings\.yaml:2: error: 独居（読み）: .*「独」.*ひらがな・カタカナで書いてください/),
      expect.stringMatching(/^readings\.yaml:3: warning: 「ひとり」には漢字がありません/),
      expect.stringMatching(/^readings\.yaml:4: error: 「一人暮らし」の読み「ひとりずまい」が、語の中のかなと合いません/),
    ]);
  });

  test('a word written twice is an error at its second line', async () => {
    expect(await readingsProblems('一人: ひとり\n独居: どっきょ\n一人: いちにん\n')).toEqual([
      'readings.yaml:3: error: 一人: 「一人」が2回書かれています。1つにまとめてください',
    ]);
  });

  test('must be a list of 語: よみ, not a list', async () => {
    const problems = await readingsProblems('- 一人\n- ひとり\n');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^readings\.yaml:1: error: /);
  });
});
