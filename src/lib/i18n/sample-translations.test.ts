/**
 * The sample town's translations: the English overlays in content/i18n/en are valid and stamped
 * (the sample validates without a translation finding), and the Vietnamese ones waiting in
 * tests/fixtures/sample-vi (until a vi catalogue exists) are too, laid over a copy of content/.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { loadContent } from '../content/load.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const TODAY = '2026-11-22';
const tempDirs: string[] = [];
afterAll(() => Promise.all(tempDirs.map((dir) => rm(dir, { recursive: true, force: true }))));

const translationFindings = (diagnostics: { file: string; rule: string }[]) =>
  diagnostics.filter((found) => found.file.includes('i18n/') || found.rule.startsWith('translation-'));

describe('the sample town in other languages', () => {
  test('content/i18n/en: translated windows, categories, topics and areas, valid and stamped', async () => {
    const loaded = await loadContent(path.join(ROOT, 'content'), { today: TODAY });
    expect(translationFindings(loaded.diagnostics)).toEqual([]);
    const en = loaded.translations.get('en')!;
    expect([...en.resources.keys()].sort()).toEqual([
      'hotline-24h',
      'houkatsu-chuo',
      'houkatsu-hokubu',
      'ninchisho-soudan',
    ]);
    expect(en.topics.size).toBe(loaded.topics.length);
    expect(en.areas.get('izumi')?.texts.name).toBe('Izumi district');
    expect(en.resources.get('houkatsu-hokubu')?.texts.description).toMatch(
      /^The community comprehensive support center/,
    );
  });

  test('tests/fixtures/sample-vi: the Vietnamese overlays are valid and stamped against content/', async () => {
    const content = await mkdtemp(path.join(os.tmpdir(), 'sample-vi-'));
    tempDirs.push(content);
    await cp(path.join(ROOT, 'content'), content, { recursive: true });
    await cp(path.join(ROOT, 'tests/fixtures/sample-vi/vi'), path.join(content, 'i18n/vi'), { recursive: true });
    const site = path.join(content, 'site.yaml');
    await writeFile(site, (await readFile(site, 'utf8')).replace(/^languages: \[en\]$/m, 'languages: [en, vi]'));
    const loaded = await loadContent(content, { today: TODAY });
    expect(translationFindings(loaded.diagnostics)).toEqual([]);
    const vi = loaded.translations.get('vi')!;
    expect([...vi.resources.keys()].sort()).toEqual(['hotline-24h', 'houkatsu-hokubu']);
    expect(vi.topics.get('ninchisho')?.texts.name).toBe('Hay quên, lo lắng về sa sút trí tuệ');
  });
});
