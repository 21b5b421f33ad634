/**
 * Hours and 休み from the columns lists have: day strings, clock times, a holiday note read
 * only when it says nothing else, and 24時間.
 */
import { describe, expect, it } from 'vitest';
import { readClosures, splitDayExceptions } from './closures-text.ts';
import { timeFields } from './hours-columns.ts';
import { parseDaysText, parseTimeRangeText } from './hours-text.ts';

const periods = { newYear: { from: '12-29', to: '01-03' }, obon: { from: '08-13', to: '08-16' } };
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri'];

describe('days and times', () => {
  it('reads the day strings of city lists', () => {
    for (const text of [
      '月火水木金',
      '月～金',
      '月〜金',
      '月-金',
      '月から金',
      '月・火・水・木・金',
      '平日',
      '月曜日～金曜日',
    ])
      expect(parseDaysText(text), text).toEqual(WEEKDAYS);
    expect(parseDaysText('月・水・金')).toEqual(['mon', 'wed', 'fri']);
    expect(parseDaysText('土日祝')).toBeUndefined();
  });

  it('reads a range in one cell', () => {
    expect(parseTimeRangeText('8:30～17:15')).toEqual(['08:30', '17:15']);
    expect(parseTimeRangeText('9時から17時まで')).toEqual(['09:00', '17:00']);
    expect(parseTimeRangeText('午前中')).toBeUndefined();
  });
});

describe('休み in a note', () => {
  it('reads 高松市の「…休日及び年末年始（12月29日から翌年の1月3日）は終日利用不可」 as holiday and newyear, said in full', () => {
    const note = '国民の祝日に関する法律に規定する休日及び年末年始（12月29日から翌年の1月3日）は終日利用不可。';
    expect(readClosures(note, periods)).toEqual({ closed: ['holiday', 'newyear'], rest: '', notes: [] });
    expect(readClosures('年末年始（12/29～1/3）は終日利用不可。', periods)).toEqual({
      closed: ['newyear'],
      rest: '',
      notes: [],
    });
  });

  it('keeps the sentence when it says more, or other dates than the site', () => {
    const rooms = '12月29日から翌年1月3日は休業、浴室は10：00～20：00';
    expect(readClosures(rooms, periods)).toEqual({ closed: ['newyear'], rest: rooms, notes: [] });
    const other = readClosures('祝日も営業、年末年始（12/30～1/3）は休み', periods);
    expect(other.closed).toEqual(['newyear']);
    expect(other.rest).toBe('祝日も営業、年末年始（12/30～1/3）は休み');
    expect(other.notes[0]).toContain('12/30～1/3');
    const label = readClosures('【開館時間】9:00～17:00 【休館日】火曜日(火曜日が祝日の場合は翌日)、年末年始', periods);
    expect(label.closed).toEqual(['newyear']); // the 祝日 in 「…の場合は翌日」 does not close it
  });

  it('never closes the whole place for a room, or for an open day', () => {
    for (const note of ['会議室は祝日休み', '祝日も営業', '24時間対応', '時間外利用可能', '昼休み12時～13時'])
      expect(readClosures(note, periods).closed, note).toEqual([]);
  });

  it('reads 「（祝日を除く）」 after the days', () => {
    expect(splitDayExceptions('月～金（祝日を除く）', periods)).toEqual({ days: '月~金', closed: ['holiday'] });
    expect(splitDayExceptions('月～土（第3土曜を除く）', periods).closed).toEqual([]);
  });
});

describe('a row’s time fields', () => {
  it('days + start + end become hours; the note gives closed', () => {
    const notes: string[] = [];
    const fields = timeFields(
      { days: '月～金（祝日を除く）', opens: '8時30分', closes: '17:15', hoursNote: '年末年始は休み' },
      periods,
      notes,
    );
    expect(fields).toEqual({
      hours: [{ days: WEEKDAYS, time: '08:30-17:15' }],
      closed: ['holiday', 'newyear'],
      hoursNote: undefined,
      fillOnly: [],
    });
  });

  it('24時間対応 with days and no times is all day', () => {
    const fields = timeFields({ days: '月火水木金土日', hoursNote: '24時間対応' }, periods, []);
    expect(fields.hours).toEqual([{ days: [...WEEKDAYS, 'sat', 'sun'], time: '00:00-24:00' }]);
    expect(fields.hoursNote).toBeUndefined();
  });

  it('keeps what it cannot read, word for word, in hoursNote', () => {
    const fields = timeFields({ days: '月～土', opens: '朝', hoursNote: '祝日も営業' }, periods, []);
    expect(fields).toEqual({
      hoursNote: '曜日: 月～土。時間: 朝〜。祝日も営業',
      fillOnly: ['hoursNote'],
      hours: undefined,
      closed: undefined,
    });
  });
});
