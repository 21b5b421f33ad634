import { describe, expect, test } from 'vitest';
import {
  compareKana,
  KANA_INPUT_PATTERN,
  normalizeKana,
  normalizePhone,
  normalizePostalCode,
  stripBidiControls,
} from './normalize.ts';

const ok = (value: string) => ({ ok: true, value });

describe('normalizePhone', () => {
  test.each([
    ['03-1234-5678', '03-1234-5678'], // 東京23区 (2-digit area code)
    ['0312345678', '03-1234-5678'],
    ['042-555-3201', '042-555-3201'], // 多摩 (3-digit area code)
    ['0422-45-1151', '0422-45-1151'], // 三鷹 (4-digit area code)
    ['04992-2-1111', '04992-2-1111'], // 大島 (5-digit area code)
    ['0120-123-456', '0120-123-456'], // フリーダイヤル
    ['0570-064-556', '0570-064-556'], // ナビダイヤル
    ['050-1234-5678', '050-1234-5678'], // IP 電話
    ['090-1234-5678', '090-1234-5678'], // 携帯
    ['08012345678', '080-1234-5678'],
    ['070-1234-5678', '070-1234-5678'],
  ])('%s → %s', (input, expected) => {
    expect(normalizePhone(input)).toEqual(ok(expected));
  });

  test('full-width digits and a full-width dash', () => {
    expect(normalizePhone('０４２－５５５－３２０１')).toEqual(ok('042-555-3201'));
    expect(normalizePhone('０３ー１２３４ー５６７８')).toEqual(ok('03-1234-5678'));
  });

  test.each([
    ['‐', 'U+2010 HYPHEN'],
    ['‑', 'U+2011 NON-BREAKING HYPHEN'],
    ['–', 'U+2013 EN DASH'],
    ['—', 'U+2014 EM DASH'],
    ['―', 'U+2015 HORIZONTAL BAR'],
    ['−', 'U+2212 MINUS SIGN'],
    ['－', 'U+FF0D FULLWIDTH HYPHEN-MINUS'],
    ['ー', 'U+30FC 長音符'],
    ['ｰ', 'U+FF70 半角長音符'],
  ])('dash %s (%s)', (dash) => {
    expect(normalizePhone(`042${dash}555${dash}3201`)).toEqual(ok('042-555-3201'));
  });

  test('brackets and spaces: (054)623-3111, 03(1234)5678, （全角括弧）, 042 555 3201', () => {
    expect(normalizePhone('(054)623-3111')).toEqual(ok('054-623-3111'));
    expect(normalizePhone('03(1234)5678')).toEqual(ok('03-1234-5678'));
    expect(normalizePhone('（０５４）６２３－３１１１')).toEqual(ok('054-623-3111'));
    expect(normalizePhone(' 042 555 3201 ')).toEqual(ok('042-555-3201'));
  });

  test('no leading zero is an error that suggests the missing 0', () => {
    const result = normalizePhone('42-555-3201');
    expect(result.ok).toBe(false);
    expect(result).toEqual({
      ok: false,
      reason: '「42-555-3201」は0で始まっていません（市外局番の0が抜けていませんか）',
    });
  });

  test('too short / too long is an error', () => {
    expect(normalizePhone('042-555')).toEqual({
      ok: false,
      reason: '「042-555」は日本の電話番号として正しくありません（桁数や市外局番を確認してください）',
    });
    expect(normalizePhone('042-555-3201-1').ok).toBe(false);
  });

  test('letters or notes in the number are an error', () => {
    expect(normalizePhone('042-555-3201（代表）')).toEqual({
      ok: false,
      reason: '「042-555-3201（代表）」には数字とハイフン以外の文字が含まれています',
    });
    expect(normalizePhone('+81 42 555 3201').ok).toBe(false);
    expect(normalizePhone('').ok).toBe(false);
  });
});

describe('normalizePostalCode', () => {
  test.each([
    ['188-0001', '188-0001'],
    ['1880001', '188-0001'],
    ['〒188-0001', '188-0001'],
    ['〒 188-0001', '188-0001'],
    ['〒１８８ー０００１', '188-0001'],
    ['１８８－０００１', '188-0001'],
    ['188−0001', '188-0001'],
  ])('%s → %s', (input, expected) => {
    expect(normalizePostalCode(input)).toEqual(ok(expected));
  });

  test.each(['18-0001', '188-001', '1880-001', '18800011', '〒', 'ABC-DEFG'])('%s is an error', (input) => {
    expect(normalizePostalCode(input)).toEqual({
      ok: false,
      reason: `「${input}」は郵便番号（7桁、例: 188-0001）として正しくありません`,
    });
  });
});

describe('normalizeKana', () => {
  test.each([
    ['さくらまち', 'さくらまち'],
    ['サクラマチ', 'さくらまち'], // カタカナ
    ['ﾊﾝｶｸ', 'はんかく'], // 半角カナ
    ['ｻｸﾗ', 'さくら'],
    ['ｶﾞｯｺｳ', 'がっこう'], // 半角の濁点は前の字と一つになる
    ['ヴィラ', 'ゔぃら'], // ヴ → ゔ
    ['ケアセンター', 'けあせんたー'], // 長音 ー は残る
    ['ｹｱｾﾝﾀｰ', 'けあせんたー'], // 半角の長音 ｰ → ー
    ['さくら　まち', 'さくら まち'], // 全角スペース → 半角
    ['  さくら   まち  ', 'さくら まち'], // spaces collapsed and trimmed
    ['いすゞ', 'いすゞ'], // 踊り字
  ])('%s → %s', (input, expected) => {
    expect(normalizeKana(input)).toEqual(ok(expected));
  });

  test('kanji is rejected, naming the characters', () => {
    expect(normalizeKana('さくら町')).toEqual({
      ok: false,
      reason: 'よみがなに使えない文字「町」があります（ひらがな・カタカナで書いてください）',
    });
  });

  test('digits and Latin are rejected, each bad character named once', () => {
    const digits = normalizeKana('だい2ちく');
    expect(digits.ok).toBe(false);
    expect(!digits.ok && digits.reason).toContain('「2」');
    const latin = normalizeKana('NPOえんがわ');
    expect(latin).toEqual({
      ok: false,
      reason: 'よみがなに使えない文字「NPO」があります（ひらがな・カタカナで書いてください）',
    });
    // full-width Latin is folded by NFKC first and still refused
    expect(normalizeKana('ＮＰＯ').ok).toBe(false);
  });

  test('empty or blank is an error', () => {
    expect(normalizeKana('')).toEqual({ ok: false, reason: 'よみがなが空です' });
    expect(normalizeKana('　 ')).toEqual({ ok: false, reason: 'よみがなが空です' });
  });
});

describe("KANA_INPUT_PATTERN (the forms' check of a reading)", () => {
  const pattern = new RegExp(KANA_INPUT_PATTERN);

  test('accepts what staff write: かな, カナ, half-width ｶﾅ with ﾞﾟ, ー and spaces', () => {
    for (const value of [
      'ほんちょう',
      'ホンチョウ',
      'ﾎﾝﾁｮｳ',
      'ｶﾞｯｺｳ ﾊﾟﾝ',
      'ほんちょう　ちいき',
      ' けあ ',
      'ゔぃら',
      'ヴィラ',
      'こゝろ',
    ]) {
      expect(pattern.test(value), value).toBe(true);
      expect(normalizeKana(value).ok, value).toBe(true);
    }
  });

  test('refuses 漢字, digits, Latin letters, empty and blank values', () => {
    for (const value of ['本町', 'ほんちょう1', 'honcho', '', '   ', 'ほんちょう・ちいき', 'ｱﾞ']) {
      expect(pattern.test(value), value).toBe(false);
    }
  });

  test('is never looser than normalizeKana: no character it lets through is refused by the validator', () => {
    const looser: string[] = [];
    const check = (value: string) => {
      if (pattern.test(value) && !normalizeKana(value).ok) looser.push(value);
    };
    for (let code = 0x20; code <= 0xffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const ch = String.fromCharCode(code);
      check(`あ${ch}`);
      check(`${ch}あ`);
    }
    for (let code = 0xff66; code <= 0xff9d; code++) {
      for (const mark of ['ﾞ', 'ﾟ']) check(`${String.fromCharCode(code)}${mark}`);
    }
    expect(looser).toEqual([]);
  });
});

describe('compareKana', () => {
  test('sorts readings in 五十音順', () => {
    const sorted = ['わかば', 'あさひ', 'さくら', 'かわべ', 'なんぶ'].sort(compareKana);
    expect(sorted).toEqual(['あさひ', 'かわべ', 'さくら', 'なんぶ', 'わかば']);
  });
});

describe('stripBidiControls', () => {
  test('removes overrides, embeddings and isolates, and nothing else', () => {
    expect(stripBidiControls('みどり\u202E苑\u202C')).toBe('みどり苑');
    expect(stripBidiControls('\u2066\u2067\u2068a\u2069\u202A\u202B\u202D')).toBe('a');
    // Zero-width and LRM/RLM marks do not reorder text: left for the validator to report.
    expect(stripBidiControls('a\u200Bb\u200Fc')).toBe('a\u200Bb\u200Fc');
    expect(stripBidiControls('本町1丁目 042-555-1234')).toBe('本町1丁目 042-555-1234');
  });
});
