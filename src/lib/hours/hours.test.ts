import { describe, expect, test } from 'vitest';
import { hoursRuleSchema, parseClock, type HoursRule } from '../../schemas/hours.ts';
import { closureSentence, formatTimeRange, formatWeeks, weeklyTable } from './hours.ts';

describe('formatTimeRange', () => {
  test('leading zero of the hour dropped, 〜 between', () => {
    expect(formatTimeRange('08:30-17:15')).toBe('8:30〜17:15');
    expect(formatTimeRange('13:00-17:00')).toBe('13:00〜17:00');
    expect(formatTimeRange('09:05-10:00')).toBe('9:05〜10:00');
  });
  test('00:00-24:00 is 24時間', () => {
    expect(formatTimeRange('00:00-24:00')).toBe('24時間');
  });
  test('a range past midnight keeps its two times', () => {
    expect(formatTimeRange('22:00-06:00')).toBe('22:00〜6:00');
  });
});

describe('formatWeeks', () => {
  test('第2・第4', () => {
    expect(formatWeeks([2, 4])).toBe('第2・第4');
    expect(formatWeeks([1])).toBe('第1');
  });
});

describe('weeklyTable', () => {
  // The hours of kita-houkatsu in tests/fixtures/valid-town: 昼休み 12:00–13:00, 第2・第4土曜の午前.
  const hours: HoursRule[] = [
    { days: ['mon', 'tue', 'wed', 'thu', 'fri'], time: '13:00-17:15' },
    { days: ['mon', 'tue', 'wed', 'thu', 'fri'], time: '08:30-12:00' },
    { days: ['sat'], time: '09:00-12:00', weeks: [2, 4] },
  ];
  const table = weeklyTable(hours);

  test('one row per day, 月曜日 to 日曜日', () => {
    expect(table.map((row) => row.day)).toEqual(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);
    expect(table.map((row) => row.label)).toEqual([
      '月曜日',
      '火曜日',
      '水曜日',
      '木曜日',
      '金曜日',
      '土曜日',
      '日曜日',
    ]);
  });
  test('昼休み: two ranges in time order, whatever the order written', () => {
    for (const row of table.slice(0, 5)) expect(row.ranges).toEqual(['8:30〜12:00', '13:00〜17:15']);
  });
  test('weeks: 第2・第4土曜', () => {
    expect(table[5].ranges).toEqual(['第2・第4土曜 9:00〜12:00']);
  });
  test('a day without hours has no ranges (休み)', () => {
    expect(table[6].ranges).toEqual([]);
  });
  test('24時間 every day', () => {
    const allDay = weeklyTable([{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], time: '00:00-24:00' }]);
    expect(allDay.every((row) => row.ranges.length === 1 && row.ranges[0] === '24時間')).toBe(true);
  });
  test('no hours at all: every day empty', () => {
    expect(weeklyTable([]).every((row) => row.ranges.length === 0)).toBe(true);
  });
});

describe('closureSentence', () => {
  test('lists the closures in Japanese', () => {
    expect(closureSentence(['holiday', 'newyear'])).toBe('祝日・振替休日、年末年始は休み');
    expect(closureSentence(['obon'])).toBe('お盆は休み');
  });
  test('nothing to say without closures', () => {
    expect(closureSentence(undefined)).toBeUndefined();
    expect(closureSentence([])).toBeUndefined();
  });
});

describe('parseClock and the time range schema', () => {
  test('parseClock: 00:00 … 24:00 only', () => {
    expect(parseClock('00:00')).toBe(0);
    expect(parseClock('08:30')).toBe(510);
    expect(parseClock('24:00')).toBe(1440);
    expect(parseClock('24:01')).toBeNull();
    expect(parseClock('25:00')).toBeNull();
    expect(parseClock('12:60')).toBeNull();
    expect(parseClock('9:00')).toBeNull();
  });
  test('a written range is normalized (～, full-width, spaces)', () => {
    const rule = hoursRuleSchema.parse({ days: ['mon'], time: '０８:３０ ～ １７:１５' });
    expect(rule.time).toBe('08:30-17:15');
    expect(formatTimeRange(rule.time)).toBe('8:30〜17:15');
  });
});
