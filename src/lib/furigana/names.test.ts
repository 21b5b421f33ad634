/** The checked names the reader uses, area stems included. */
import { describe, expect, it } from 'vitest';
import { namedReadings } from './names.ts';

describe('namedReadings', () => {
  it('adds the stem of an area name when the kana ends with the suffix’s reading', () => {
    const names = namedReadings(
      [
        { name: '本町地区', kana: 'ほんちょうちく' },
        { name: '中央圏域', kana: 'ちゅうおうけんいき' },
        { name: '東地区', kana: 'ひがしちく' },
        { name: '北野地区', kana: 'きたの' },
      ],
      [{ name: '本町地域包括支援センター', kana: 'ほんちょうちいきほうかつしえんせんたー' }],
    );
    expect(names.slice(0, 2)).toEqual([
      { name: '本町', kana: 'ほんちょう' },
      { name: '中央', kana: 'ちゅうおう' },
    ]);
    // One-kanji stems (東) would match inside other words; a kana without the suffix's reading gives none.
    expect(names.map((n) => n.name)).not.toContain('東');
    expect(names.map((n) => n.name)).not.toContain('北野');
    expect(names).toHaveLength(7);
  });
});
