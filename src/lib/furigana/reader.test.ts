/** Reading running text with the real dictionary, names and staff readings first. */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, type Tokenizer } from '../text/japanese-analyzer.ts';
import { makeReader } from './reader.ts';

let tokenizer: Tokenizer;
beforeAll(async () => {
  tokenizer = await loadTokenizer();
}, 60_000);

const rubyOf = (segments: { text: string; reading?: string }[]) =>
  segments.filter((s) => s.reading).map((s) => `${s.text}:${s.reading}`);

describe('makeReader', () => {
  it('reads words with the dictionary, ruby over kanji only', () => {
    const reader = makeReader({ tokenizer, names: [], readings: new Map() });
    const segments = reader.read('相談窓口を探す（2024年）');
    expect(segments.map((s) => s.text).join('')).toBe('相談窓口を探す（2024年）');
    expect(rubyOf(segments)).toEqual(['相談:そうだん', '窓口:まどぐち', '探:さが', '年:ねん']);
  });

  it('takes a name’s kana over the dictionary’s reading', () => {
    const plain = makeReader({ tokenizer, names: [], readings: new Map() });
    // The dictionary reads 本町 ほんまち; the sample town's 本町地区 is ほんちょうちく.
    expect(rubyOf(plain.read('本町地区の窓口'))).toEqual(['本町:ほんまち', '地区:ちく', '窓口:まどぐち']);
    const named = makeReader({ tokenizer, names: [{ name: '本町地区', kana: 'ほんちょうちく' }], readings: new Map() });
    // Each word gets its own part of the kana where the dictionary's words agree at either end.
    expect(rubyOf(named.read('本町地区の窓口'))).toEqual(['本町:ほんちょう', '地区:ちく', '窓口:まどぐち']);
    const whole = makeReader({ tokenizer, names: [{ name: '三軒茶屋', kana: 'さんげんじゃや' }], readings: new Map() });
    expect(rubyOf(whole.read('三軒茶屋'))).toEqual(['三軒茶屋:さんげんじゃや']);
  });

  it('lets readings.yaml correct the dictionary, and wins over names', () => {
    const plain = makeReader({ tokenizer, names: [], readings: new Map() });
    expect(rubyOf(plain.read('一人の方'))).toEqual(['一:いち', '人:にん', '方:かた']);
    const corrected = makeReader({
      tokenizer,
      names: [{ name: '一人', kana: 'かずと' }],
      readings: new Map([['一人', 'ひとり']]),
    });
    expect(rubyOf(corrected.read('一人の方'))).toEqual(['一人:ひとり', '方:かた']);
  });

  it('places an organization’s kana, which leaves out the legal form, over the rest of its name', () => {
    const reader = makeReader({
      tokenizer,
      names: [{ name: '医療法人社団 朝日会', kana: 'あさひかい' }],
      readings: new Map(),
    });
    expect(reader.unaligned).toEqual([]);
    expect(rubyOf(reader.read('医療法人社団 朝日会'))).toEqual([
      '医療:いりょう',
      '法人:ほうじん',
      '社団:しゃだん',
      '朝日:あさひ',
      '会:かい',
    ]);
  });

  it('reads 方 meaning a person as かた, and a side or direction as ほう', () => {
    const reader = makeReader({
      tokenizer,
      names: [{ name: '本町地区', kana: 'ほんちょうちく' }],
      readings: new Map(),
    });
    const 方 = (text: string) => rubyOf(reader.read(text)).filter((ruby) => ruby.startsWith('方:'));
    expect(方('支援にあたる方と、こちらの方')).toEqual(['方:かた', '方:ほう']);
    expect(方('住民の方、必要な方、難しい方')).toEqual(['方:かた', '方:かた', '方:かた']);
    // After a name from the content (read from its kana), still a person.
    expect(方('本町地区の方')).toEqual(['方:かた']);
    expect(方('右の方に、相談した方がいい')).toEqual(['方:ほう', '方:ほう']);
  });

  it('reads dates and times as they are said, and 令和', () => {
    const reader = makeReader({ tokenizer, names: [], readings: new Map() });
    expect(rubyOf(reader.read('令和6年4月15日 9時30分〜10時5分'))).toEqual([
      '令和:れいわ',
      '年:ねん',
      '月:がつ',
      '日:にち',
      '時:じ',
      '分:ぷん',
      '時:じ',
      '分:ふん',
    ]);
    // 1日 ついたち, 20日 はつか: the reading belongs to the number and 日 together, so 日 has none.
    expect(rubyOf(reader.read('毎月1日と20日、3日間'))).toEqual(['毎月:まいつき']);
  });

  it('reads names whose kana do not fit with the dictionary, and says which', () => {
    const reader = makeReader({
      tokenizer,
      names: [{ name: '本町2丁目', kana: 'ほんちょうにちょうめ' }],
      readings: new Map(),
    });
    expect(reader.unaligned).toEqual(['本町2丁目']);
    expect(
      reader
        .read('本町2丁目')
        .map((s) => s.text)
        .join(''),
    ).toBe('本町2丁目');
  });

  it('leaves text the analyzer cannot read as it is (U+0000, a lone surrogate) instead of failing the build', () => {
    const reader = makeReader({ tokenizer, names: [], readings: new Map() });
    for (const text of ['相談\u0000窓口', '本\ud800町', '窓口\u0000'])
      expect(
        reader
          .read(text)
          .map((s) => s.text)
          .join(''),
      ).toBe(text);
  });
});
