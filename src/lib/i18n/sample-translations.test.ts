/**
 * The sample town's translations: the overlays in content/i18n/<lang>/ for each of the six
 * languages of site.yaml are valid and stamped (the sample validates without a translation
 * finding), and each language has a few translated windows, topics and categories.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { loadContent } from '../content/load.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const TODAY = '2026-11-22';

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

  test('every other language of site.yaml has a few translated windows, topics and areas, valid and stamped', async () => {
    const loaded = await loadContent(path.join(ROOT, 'content'), { today: TODAY });
    expect(loaded.site?.languages).toEqual(['ja-x-easy', 'en', 'zh-Hans', 'ko', 'vi', 'pt']);
    expect(translationFindings(loaded.diagnostics)).toEqual([]);
    for (const tag of loaded.site?.languages ?? []) {
      const translations = loaded.translations.get(tag)!;
      expect([...translations.resources.keys()], tag).toEqual(
        expect.arrayContaining(['hotline-24h', 'houkatsu-hokubu']),
      );
      expect(translations.topics.get('ninchisho')?.texts.name, tag).toBeTruthy();
      expect(translations.categories.get('houkatsu')?.texts.name, tag).toBeTruthy();
    }
    expect(loaded.translations.get('vi')!.topics.get('ninchisho')?.texts.name).toBe(
      'Hay quên, lo lắng về sa sút trí tuệ',
    );
    expect(loaded.translations.get('ko')!.areas.get('izumi')?.texts.name).toBe('이즈미 지구');
  });
});
