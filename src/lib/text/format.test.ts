import { describe, expect, test } from 'vitest';
import { formatDate, formatDecimal, formatWareki, formatWarekiWithSeireki, languageName } from './format.ts';

describe('formatWareki', () => {
  test('a month in 平成 (the seed documents date their work this way)', () => {
    expect(formatWareki('2017-07')).toBe('平成29年7月');
  });
  test('平成 ends on 2019-04-30 and 令和元年 starts on 2019-05-01', () => {
    expect(formatWareki('2019-04-30')).toBe('平成31年4月30日');
    expect(formatWareki('2019-05-01')).toBe('令和元年5月1日');
    expect(formatWareki('2019-04')).toBe('平成31年4月');
    expect(formatWareki('2019-05')).toBe('令和元年5月');
    expect(formatWareki('2020-01-01')).toBe('令和2年1月1日');
  });
  test('昭和 ends on 1989-01-07 and 平成元年 starts on 1989-01-08', () => {
    expect(formatWareki('1989-01-07')).toBe('昭和64年1月7日');
    expect(formatWareki('1989-01-08')).toBe('平成元年1月8日');
    expect(formatWareki('1989-12-31')).toBe('平成元年12月31日');
    expect(formatWareki('1988-12')).toBe('昭和63年12月');
  });
  test('a bare month in January 1989 is read as its first day', () => {
    expect(formatWareki('1989-01')).toBe('昭和64年1月');
  });
  test('older eras, and 西暦 before the solar calendar', () => {
    expect(formatWareki('1926-12-25')).toBe('昭和元年12月25日');
    expect(formatWareki('1926-12-24')).toBe('大正15年12月24日');
    expect(formatWareki('1912-07-30')).toBe('大正元年7月30日');
    expect(formatWareki('1900-01-01')).toBe('明治33年1月1日');
    expect(formatWareki('1850-03')).toBe('1850年3月');
  });
});

describe('formatWarekiWithSeireki', () => {
  test('shows both calendars', () => {
    expect(formatWarekiWithSeireki('2017-07')).toBe('平成29年7月（2017年7月）');
    expect(formatWarekiWithSeireki('2026-11-05')).toBe('令和8年11月5日（2026年11月5日）');
  });
  test('does not repeat 西暦 when there is no era', () => {
    expect(formatWarekiWithSeireki('1850-03')).toBe('1850年3月');
  });
});

describe('formatDate / formatDecimal', () => {
  test('formatDate', () => {
    expect(formatDate('2026-04-01')).toBe('2026年4月1日');
    expect(formatDate('2026-04')).toBe('2026年4月');
  });
  test('formatDecimal', () => {
    expect(formatDecimal(0.08176)).toBe('0.1');
    expect(formatDecimal(25.45, 2)).toBe('25.45');
    expect(formatDecimal(1234.56)).toBe('1,234.6');
  });
});

describe('languageName', () => {
  test('codes in Japanese, the same formatter every time, unknown codes as written', () => {
    expect(languageName('en')).toBe('英語');
    expect(languageName('zh')).toBe('中国語');
    expect(languageName('en')).toBe('英語');
    expect(languageName('qqq')).toBe('qqq');
  });
});
