import { describe, expect, test } from 'vitest';
import { fill, fillParts, formatCount, formatDate, intlLocale, placeholders, plural } from './format.ts';

describe('filling sentences', () => {
  test('fill puts values in and leaves unknown placeholders as written', () => {
    expect(fill('{area}の「{topic}」', { area: '緑町地区', topic: '認知症' })).toBe('緑町地区の「認知症」');
    expect(fill('{a} {b}', { a: 1 })).toBe('1 {b}');
  });

  test('placeholders are listed once, sorted', () => {
    expect(placeholders('{b} {a} {b}')).toEqual(['a', 'b']);
    expect(placeholders('なし')).toEqual([]);
  });

  test('plural picks the form of the language', () => {
    const forms = { one: '{count} window', other: '{count} windows' };
    expect(plural('en', forms, 1)).toBe('1 window');
    expect(plural('en', forms, 3)).toBe('3 windows');
    expect(plural('ja', { other: '{count}か所' }, 1)).toBe('1か所');
    expect(plural('ja-x-easy', { other: '{count}か所' }, 2)).toBe('2か所');
  });

  test('numbers and dates follow the language', () => {
    expect(formatCount('en', 12345)).toBe('12,345');
    expect(formatCount('pt', 12345)).toBe('12.345');
    expect(formatDate('ja', '2026-12-02')).toBe('2026年12月2日');
    expect(formatDate('en', '2026-12-02')).toBe('December 2, 2026');
    expect(intlLocale('ja-x-easy')).toBe('ja');
  });

  test('fillParts keeps a value in another language apart', () => {
    expect(fillParts('Call {name} now', { name: { text: '高齢者支援課', lang: 'ja' } })).toEqual([
      { text: 'Call ' },
      { text: '高齢者支援課', lang: 'ja' },
      { text: ' now' },
    ]);
    expect(
      fillParts('{a}と{b}', { a: 'x', b: 2 })
        .map((part) => part.text)
        .join(''),
    ).toBe('xと2');
  });
});
