/** Placing a reading over the kanji of a word, anchored on the kana the word already has. */
import { describe, expect, it } from 'vitest';
import { alignReading, joinPlain, readingFits, toHiragana } from './align.ts';

describe('alignReading', () => {
  it('puts the whole reading over a word of kanji only', () => {
    expect(alignReading('用賀', 'ようが')).toEqual([{ text: '用賀', reading: 'ようが' }]);
  });

  it('splits at the kana the word contains, katakana included, and gives them no ruby', () => {
    expect(alignReading('池尻まちづくりセンター', 'いけじりまちづくりせんたー')).toEqual([
      { text: '池尻', reading: 'いけじり' },
      { text: 'まちづくりセンター' },
    ]);
    expect(alignReading('松が丘地区', 'まつがおかちく')).toEqual([
      { text: '松', reading: 'まつ' },
      { text: 'が' },
      { text: '丘地区', reading: 'おかちく' },
    ]);
  });

  it('keeps ヶ and 々 inside the kanji they belong to', () => {
    expect(alignReading('桜ヶ丘地区', 'さくらがおかちく')).toEqual([
      { text: '桜ヶ丘地区', reading: 'さくらがおかちく' },
    ]);
    expect(alignReading('佐々木', 'ささき')).toEqual([{ text: '佐々木', reading: 'ささき' }]);
  });

  it('ignores spaces and marks, which have no reading', () => {
    expect(alignReading('認知症対応型デイ にしはらの家', 'にんちしょうたいおうがたでい にしはらのいえ')).toEqual([
      { text: '認知症対応型', reading: 'にんちしょうたいおうがた' },
      { text: 'デイ にしはらの' },
      { text: '家', reading: 'いえ' },
    ]);
  });

  it('places the words of a spaced name one by one when the kana is spaced the same way', () => {
    expect(alignReading('医療法人社団 朝日会', 'いりょうほうじんしゃだん あさひかい')).toEqual([
      { text: '医療法人社団', reading: 'いりょうほうじんしゃだん' },
      { text: ' ' },
      { text: '朝日会', reading: 'あさひかい' },
    ]);
  });

  it('gives up when the reading does not fit the kana or the split is not certain', () => {
    expect(alignReading('池尻センター', 'いけじりかいかん')).toBeUndefined();
    // Two kanji runs with nothing between them to anchor the split.
    expect(alignReading('緑町・本町', 'みどりちょうほんちょう')).toBeUndefined();
    // A digit beside kanji: its reading could end anywhere.
    expect(alignReading('本町2丁目', 'ほんちょうにちょうめ')).toBeUndefined();
  });

  it('leaves text without kanji as it is', () => {
    expect(alignReading('デイサービス', 'でいさーびす')).toEqual([{ text: 'デイサービス' }]);
  });
});

describe('readingFits', () => {
  it('is true when the reading contains the word’s kana in order', () => {
    expect(readingFits('一人暮らし', 'ひとりぐらし')).toBe(true);
    expect(readingFits('一人暮らし', 'ひとりずまい')).toBe(false);
  });
});

describe('helpers', () => {
  it('turns katakana into hiragana and joins plain segments', () => {
    expect(toHiragana('センター')).toBe('せんたー');
    expect(joinPlain([{ text: 'a' }, { text: 'b' }, { text: '町', reading: 'まち' }, { text: '' }])).toEqual([
      { text: 'ab' },
      { text: '町', reading: 'まち' },
    ]);
  });
});
