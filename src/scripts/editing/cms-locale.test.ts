import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import { JAPANESE_WORDS, mergePhrases } from './cms-locale.ts';

describe('our Japanese words for the CMS', () => {
  test("fill the gaps of Decap's translation and win where we chose other words", () => {
    const merged = mergePhrases(
      { editor: { editorWidgets: { datetime: { now: '現時刻', clear: 'クリア' } } }, app: { x: 'そのまま' } },
      JAPANESE_WORDS,
    ) as Record<string, Record<string, Record<string, Record<string, string>>>>;
    expect(merged.editor.editorWidgets.datetime).toMatchObject({ now: '今日', clear: 'クリア' });
    expect(merged.editor.editorWidgets.list.add).toBe('%{item}を追加');
    expect(merged.app).toEqual({ x: 'そのまま' });
  });

  test('every word we add is one the installed Decap really uses (same key, same placeholders)', async () => {
    const require = createRequire(import.meta.url);
    const enFile = require.resolve('decap-cms-locales/dist/esm/en/index.js');
    const { default: english } = (await import(enFile)) as { default: Record<string, unknown> };
    const walk = (ours: Record<string, unknown>, theirs: Record<string, unknown> | undefined, at: string): string[] =>
      Object.entries(ours).flatMap(([key, value]) => {
        const other = theirs?.[key];
        if (typeof value === 'object')
          return walk(value as Record<string, unknown>, other as Record<string, unknown>, `${at}${key}.`);
        const placeholders = (text: unknown) =>
          String(text)
            .match(/%\{\w+\}/g)
            ?.sort()
            .join() ?? '';
        return typeof other === 'string' && placeholders(other) === placeholders(value) ? [] : [`${at}${key}`];
      });
    expect(walk(JAPANESE_WORDS, english, '')).toEqual([]);
    expect(readFileSync(enFile, 'utf8').length).toBeGreaterThan(0);
  });
});
