import { describe, expect, test } from 'vitest';
import { kanaToRomaji, romajiSpellings } from './romaji.ts';

describe('kanaToRomaji', () => {
  test('plain syllables, hiragana and katakana alike', () => {
    expect(kanaToRomaji('いけじり')).toBe('ikejiri');
    expect(kanaToRomaji('イケジリ')).toBe('ikejiri');
    expect(kanaToRomaji('ようが')).toBe('yoga');
    expect(kanaToRomaji('ふじみ')).toBe('fujimi');
    expect(kanaToRomaji('しちつ')).toBe('shichitsu');
    expect(kanaToRomaji('ぢづを')).toBe('jizuo');
  });

  test('small kana: yōon and loan-word pairs', () => {
    expect(kanaToRomaji('きょうと')).toBe('kyoto');
    expect(kanaToRomaji('しゃかい')).toBe('shakai');
    expect(kanaToRomaji('じゅんかん')).toBe('junkan');
    expect(kanaToRomaji('ちゅうおう')).toBe('chuo');
    expect(kanaToRomaji('りょうが')).toBe('ryoga');
    expect(kanaToRomaji('ファミリー')).toBe('famiri');
    expect(kanaToRomaji('ティー')).toBe('ti');
    expect(kanaToRomaji('ウェルネス')).toBe('werunesu');
    expect(kanaToRomaji('ヴァ')).toBe('va');
    expect(kanaToRomaji('ぁ')).toBe('a');
  });

  test('long vowels: おう/おお/うう unmarked, ー dropped, ei and ii kept', () => {
    expect(kanaToRomaji('とうきょう')).toBe('tokyo');
    expect(kanaToRomaji('おおいずみ')).toBe('oizumi');
    expect(kanaToRomaji('ゆうき')).toBe('yuki');
    expect(kanaToRomaji('デイサービス')).toBe('deisabisu');
    expect(kanaToRomaji('めいじ')).toBe('meiji');
    expect(kanaToRomaji('にいがた')).toBe('niigata');
  });

  test("ん: n, and n' before a vowel or y", () => {
    expect(kanaToRomaji('しんいち')).toBe("shin'ichi");
    expect(kanaToRomaji('きんようび')).toBe("kin'yobi");
    expect(kanaToRomaji('しんばし')).toBe('shinbashi');
    expect(kanaToRomaji('ほんちょう')).toBe('honcho');
    expect(kanaToRomaji('ん')).toBe('n');
  });

  test('っ doubles the next consonant; before ch it is t', () => {
    expect(kanaToRomaji('さっぽろ')).toBe('sapporo');
    expect(kanaToRomaji('まっちゃ')).toBe('matcha');
    expect(kanaToRomaji('いっしょ')).toBe('issho');
    expect(kanaToRomaji('あっ')).toBe('a');
  });

  test('spaces, kanji and Latin pass through; Latin is lower-cased', () => {
    expect(kanaToRomaji('いけじり ちく')).toBe('ikejiri chiku');
    expect(kanaToRomaji('ＡＢＣ　さくら')).toBe('abc sakura');
    expect(kanaToRomaji('池じり')).toBe('池jiri');
    expect(kanaToRomaji('')).toBe('');
  });
});

describe('romajiSpellings', () => {
  test('Hepburn first, then long vowels written out', () => {
    expect(romajiSpellings('りょうが')).toEqual(['ryoga', 'ryouga']);
    expect(romajiSpellings('いけじり')).toEqual(['ikejiri']);
    expect(romajiSpellings('サービス')).toEqual(['sabisu', 'saabisu']);
  });

  test('m before b/m/p and the form without the apostrophe', () => {
    expect(romajiSpellings('しんばし')).toEqual(['shinbashi', 'shimbashi']);
    expect(romajiSpellings('しんいち')).toEqual(["shin'ichi", 'shinichi']);
    expect(romajiSpellings('ほんまち')).toEqual(['honmachi', 'hommachi']);
  });
});
