import { describe, expect, test } from 'vitest';
import { hoursSummary } from './hours.ts';

describe('hoursSummary (cards and paper)', () => {
  test('days with the same hours run together; 昼休み kept', () => {
    expect(
      hoursSummary([
        { days: ['mon', 'tue', 'wed', 'thu', 'fri'], time: '13:00-17:15' },
        { days: ['mon', 'tue', 'wed', 'thu', 'fri'], time: '08:30-12:00' },
      ]),
    ).toEqual(['月〜金 8:30〜12:00、13:00〜17:15']);
  });
  test('days apart are listed with ・', () => {
    expect(hoursSummary([{ days: ['mon', 'wed', 'fri'], time: '09:00-16:00' }])).toEqual(['月・水・金 9:00〜16:00']);
    expect(hoursSummary([{ days: ['mon', 'tue', 'thu'], time: '09:00-16:00' }])).toEqual(['月・火・木 9:00〜16:00']);
  });
  test('第2・第4土曜 names its own day; 24時間; closed days left out', () => {
    expect(
      hoursSummary([
        { days: ['mon', 'tue', 'wed', 'thu', 'fri'], time: '08:30-17:15' },
        { days: ['sat'], time: '09:00-12:00', weeks: [2, 4] },
        { days: ['sun'], time: '00:00-24:00' },
      ]),
    ).toEqual(['月〜金 8:30〜17:15', '第2・第4土曜 9:00〜12:00', '日 24時間']);
    expect(hoursSummary([])).toEqual([]);
  });
});
