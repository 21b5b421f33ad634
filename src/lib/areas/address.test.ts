import { describe, expect, test } from 'vitest';
import {
  findAreaByAddress,
  kanjiToNumber,
  normalizeAddress,
  parseAddress,
  parseTownSpec,
  townMatchScore,
} from './address.ts';

describe('kanjiToNumber', () => {
  test.each([
    ['一', 1],
    ['九', 9],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['二十三', 23],
    ['三十', 30],
    ['九十九', 99],
    ['12', 12],
  ])('%s → %d', (kanji, expected) => {
    expect(kanjiToNumber(kanji)).toBe(expected);
  });

  test('non-numerals give undefined', () => {
    expect(kanjiToNumber('本')).toBeUndefined();
    expect(kanjiToNumber('二丁')).toBeUndefined();
  });

  test('positional kanji (一二 = 12, 二〇 = 20) are read as a number or refused, never as a different number', () => {
    // BUG (address.ts kanjiToNumber): each digit overwrites the previous one, so 「一二番」 is read as
    // 2番 and 「二〇番」 as 0番 — an address silently lands in the wrong 番 range / 地区.
    expect([12, undefined]).toContain(kanjiToNumber('一二'));
    expect([20, undefined]).toContain(kanjiToNumber('二〇'));
  });
});

describe('normalizeAddress', () => {
  test('NFKC, dashes unified, spaces removed, kanji numerals before 丁目/番/号 turned into digits', () => {
    expect(normalizeAddress('本町２丁目３ー４')).toBe('本町2丁目3-4');
    expect(normalizeAddress('本町 二丁目 十三番 四号')).toBe('本町2丁目13番4号');
    expect(normalizeAddress('本町1−2−3')).toBe('本町1-2-3');
  });
});

describe('parseTownSpec', () => {
  test('a whole 町', () => {
    expect(parseTownSpec('緑町')).toEqual({ town: '緑町' });
  });
  test('one 丁目', () => {
    expect(parseTownSpec('本町1丁目')).toEqual({ town: '本町', chome: 1 });
    expect(parseTownSpec('本町二丁目')).toEqual({ town: '本町', chome: 2 });
    expect(parseTownSpec('本町１２丁目')).toEqual({ town: '本町', chome: 12 });
  });
  test('a 番 range of a split 丁目, with ～ (full-width), 〜 (wave dash) or ~', () => {
    expect(parseTownSpec('本町3丁目1～12番')).toEqual({ town: '本町', chome: 3, banFrom: 1, banTo: 12 });
    expect(parseTownSpec('本町3丁目13〜30番')).toEqual({ town: '本町', chome: 3, banFrom: 13, banTo: 30 });
    expect(parseTownSpec('本町３丁目１３~３０番')).toEqual({ town: '本町', chome: 3, banFrom: 13, banTo: 30 });
  });
  test('a single 番', () => {
    expect(parseTownSpec('本町3丁目31番')).toEqual({ town: '本町', chome: 3, banFrom: 31, banTo: 31 });
  });
});

describe('parseAddress', () => {
  test('「みどり市本町1-2-3」 with the municipality name: 本町 / 1 / 2', () => {
    expect(parseAddress('みどり市本町1-2-3', 'みどり市')).toEqual({ town: '本町', chome: 1, ban: 2 });
  });
  test('「本町二丁目3番4号」: kanji 丁目', () => {
    expect(parseAddress('本町二丁目3番4号')).toEqual({ town: '本町', chome: 2, ban: 3 });
  });
  test('「本町２丁目」: full-width digits, no 番', () => {
    expect(parseAddress('本町２丁目')).toEqual({ town: '本町', chome: 2, ban: undefined });
  });
  test('「東京都みどり市緑町5-1」: prefecture and municipality dropped', () => {
    expect(parseAddress('東京都みどり市緑町5-1', 'みどり市').town).toBe('緑町');
  });
  test('other prefectures are dropped too (神奈川県, 大阪府, 北海道)', () => {
    expect(parseAddress('神奈川県さくら町本町1-2-3', 'さくら町')).toEqual({ town: '本町', chome: 1, ban: 2 });
    expect(parseAddress('大阪府さくら町本町1丁目2番', 'さくら町')).toEqual({ town: '本町', chome: 1, ban: 2 });
    expect(parseAddress('北海道さくら町本町3-20', 'さくら町')).toEqual({ town: '本町', chome: 3, ban: 20 });
  });
  test('「緑町」: the whole 町', () => {
    expect(parseAddress('緑町')).toEqual({ town: '緑町' });
  });
  test('a building after the number does not change the result', () => {
    expect(parseAddress('さくら町本町2丁目3番4号 さくら会館1階', 'さくら町')).toEqual({
      town: '本町',
      chome: 2,
      ban: 3,
    });
    expect(parseAddress('さくら町本町3-20-1 本町ビル2階', 'さくら町')).toEqual({ town: '本町', chome: 3, ban: 20 });
  });
  test('番地 and a missing 番 sign', () => {
    expect(parseAddress('本町3丁目5番地')).toEqual({ town: '本町', chome: 3, ban: 5 });
    expect(parseAddress('本町3丁目20')).toEqual({ town: '本町', chome: 3, ban: 20 });
  });
});

describe('townMatchScore', () => {
  const address = { town: '本町', chome: 3, ban: 5 };
  test('0 no, 1 the whole 町, 2 the 丁目, 3 the 番 range', () => {
    expect(townMatchScore({ town: '緑町' }, address)).toBe(0);
    expect(townMatchScore({ town: '本町' }, address)).toBe(1);
    expect(townMatchScore({ town: '本町', chome: 3 }, address)).toBe(2);
    expect(townMatchScore({ town: '本町', chome: 2 }, address)).toBe(0);
    expect(townMatchScore({ town: '本町', chome: 3, banFrom: 1, banTo: 12 }, address)).toBe(3);
    expect(townMatchScore({ town: '本町', chome: 3, banFrom: 13, banTo: 30 }, address)).toBe(0);
  });
  test('range bounds are inclusive', () => {
    expect(townMatchScore({ town: '本町', chome: 3, banFrom: 1, banTo: 12 }, { town: '本町', chome: 3, ban: 12 })).toBe(
      3,
    );
    expect(
      townMatchScore({ town: '本町', chome: 3, banFrom: 13, banTo: 30 }, { town: '本町', chome: 3, ban: 13 }),
    ).toBe(3);
  });
});

describe('findAreaByAddress', () => {
  // The districts of tests/fixtures/valid-town (さくら町).
  const areas = [
    { id: 'honcho', towns: ['本町1丁目', '本町2丁目', '本町3丁目1～12番'] },
    { id: 'sakuragi', towns: ['本町3丁目13～30番', '桜木町'] },
    { id: 'minamidai', towns: ['南台1丁目', '南台2丁目'] },
    { id: 'kawabe', towns: ['川辺町'] },
  ];
  const find = (address: string) => findAreaByAddress(address, areas, 'さくら町');

  test('a split 丁目 is decided by the 番: 本町3丁目5番 → honcho, 本町3丁目20番 → sakuragi', () => {
    expect(find('さくら町本町3丁目5番2号')).toBe('honcho');
    expect(find('さくら町本町3丁目20番1号')).toBe('sakuragi');
    expect(find('本町3-12-1')).toBe('honcho');
    expect(find('本町3-13-1')).toBe('sakuragi');
    expect(find('本町三丁目二十番')).toBe('sakuragi');
  });
  test('a 丁目 listed whole', () => {
    expect(find('さくら町本町２丁目３番４号')).toBe('honcho');
    expect(find('東京都さくら町南台1丁目5-2')).toBe('minamidai');
  });
  test('a whole 町, with or without a number', () => {
    expect(find('さくら町川辺町12-3')).toBe('kawabe');
    expect(find('桜木町')).toBe('sakuragi');
  });
  test('no match: another 町, a 丁目 not listed, a split 丁目 without 番, a 番 outside every range', () => {
    expect(find('さくら町北町1-1')).toBeUndefined();
    expect(find('本町5丁目1番')).toBeUndefined();
    expect(find('本町3丁目')).toBeUndefined();
    expect(find('本町3丁目31番')).toBeUndefined();
  });
  test('the more precise spec wins over a whole 町', () => {
    const overlapping = [
      { id: 'whole', towns: ['本町'] },
      { id: 'chome', towns: ['本町3丁目'] },
      { id: 'range', towns: ['本町3丁目1～12番'] },
    ];
    expect(findAreaByAddress('本町3丁目5番', overlapping)).toBe('range');
    expect(findAreaByAddress('本町3丁目20番', overlapping)).toBe('chome');
    expect(findAreaByAddress('本町4丁目1番', overlapping)).toBe('whole');
  });
});
