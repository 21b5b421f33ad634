import { describe, expect, test } from 'vitest';
import { holidayCalendar, holidayName, holidaysBetween, holidaysPayload } from './holidays.ts';
import {
  addDays,
  hoursAttribute,
  calendarFromList,
  closureOn,
  inPeriod,
  isOpenAt,
  openStatus,
  tokyoTime,
  type OpeningSchedule,
} from './open-status.ts';

/** An instant given as Japan's wall-clock time, independent of the test machine's time zone. */
const jst = (dateTime: string) => new Date(`${dateTime}:00+09:00`);

const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;
/** A typical 市役所 window: 平日 8:30–17:15, closed on 祝日 and 年末年始. */
const cityWindow: OpeningSchedule = {
  hours: [{ days: weekdays, time: '08:30-17:15' }],
  closed: ['holiday', 'newyear'],
};
const calendar = holidayCalendar();

describe('2026 public holidays (Cabinet Office list, checked against the library)', () => {
  // 内閣府「令和8年（2026年）国民の祝日」: the 振替休日 5/6 and the 国民の休日 9/22 included.
  const official2026 = [
    '2026-01-01',
    '2026-01-12',
    '2026-02-11',
    '2026-02-23',
    '2026-03-20',
    '2026-04-29',
    '2026-05-03',
    '2026-05-04',
    '2026-05-05',
    '2026-05-06',
    '2026-07-20',
    '2026-08-11',
    '2026-09-21',
    '2026-09-22',
    '2026-09-23',
    '2026-10-12',
    '2026-11-03',
    '2026-11-23',
  ];
  test('the library knows exactly these dates', () => {
    expect(Object.keys(holidaysBetween(2026, 2026)).sort()).toEqual(official2026);
  });
  test('振替休日 and 国民の休日 are named as such', () => {
    expect(holidayName('2026-05-06')).toContain('振替休日');
    expect(holidayName('2026-09-22')).toBe('休日');
    expect(holidayName('2026-09-24')).toBeUndefined();
  });

  const weekdayHolidays = official2026.filter(
    (date) => !['sat', 'sun'].includes(tokyoTime(jst(`${date}T12:00`)).weekday),
  );
  test.each(weekdayHolidays)('%s at noon: a holiday-closed window is closed, 本日は休み', (date) => {
    const status = openStatus(cityWindow, jst(`${date}T12:00`), calendar)!;
    expect(isOpenAt(cityWindow, jst(`${date}T12:00`), calendar)).toBe(false);
    expect(status.state).toBe('closed-today');
    expect(status.label).toMatch(/^本日は休み/);
  });
  test.each(weekdayHolidays.filter((date) => date !== '2026-01-01'))(
    '%s at noon: a window without closed: [holiday] is open',
    (date) => {
      expect(isOpenAt({ hours: cityWindow.hours }, jst(`${date}T12:00`), calendar)).toBe(true);
    },
  );

  test('ゴールデンウィーク: closed 5/4–5/6 (振替休日), open again on Thursday 5/7', () => {
    expect(openStatus(cityWindow, jst('2026-05-06T10:00'), calendar)).toMatchObject({
      state: 'closed-today',
      label: '本日は休み（祝日）',
      reason: 'holiday',
      detail: '次は 明日 8:30 から',
    });
    expect(isOpenAt(cityWindow, jst('2026-05-07T10:00'), calendar)).toBe(true);
    // From Friday 5/1 evening the next opening is Thursday.
    expect(openStatus(cityWindow, jst('2026-05-01T18:00'), calendar)!.detail).toBe('次は 木曜 8:30 から');
  });
  test('シルバーウィーク: 敬老の日 9/21, 国民の休日 9/22, 秋分の日 9/23 all closed', () => {
    for (const date of ['2026-09-21', '2026-09-22', '2026-09-23']) {
      expect(closureOn(cityWindow, date, calendar), date).toBe('holiday');
    }
    expect(openStatus(cityWindow, jst('2026-09-22T09:00'), calendar)!.detail).toBe('次は 木曜 8:30 から');
  });
});

describe('年末年始 and お盆', () => {
  test('default 12/29–1/3: open on 12/28, closed 12/29 to 1/3, open on 1/4', () => {
    expect(isOpenAt(cityWindow, jst('2026-12-28T12:00'), calendar)).toBe(true);
    for (let date = '2026-12-29'; date <= '2027-01-03'; date = addDays(date, 1)) {
      expect(isOpenAt(cityWindow, jst(`${date}T12:00`), calendar), date).toBe(false);
    }
    expect(isOpenAt(cityWindow, jst('2027-01-04T12:00'), calendar)).toBe(true);
    expect(openStatus(cityWindow, jst('2026-12-29T12:00'), calendar)).toMatchObject({
      label: '本日は休み（年末年始）',
      reason: 'newyear',
      detail: '次は 月曜 8:30 から',
      next: { date: '2027-01-04', minutes: 510 },
    });
  });
  test('the period wraps over the new year', () => {
    const period = { from: '12-29', to: '01-03' };
    expect(['2026-12-29', '2026-12-31', '2027-01-01', '2027-01-03'].every((date) => inPeriod(date, period))).toBe(true);
    expect(['2026-12-28', '2027-01-04', '2026-06-15'].some((date) => inPeriod(date, period))).toBe(false);
  });
  test('a municipality override (12/28–1/4) moves both ends', () => {
    const override = holidayCalendar({ newYearPeriod: { from: '12-28', to: '01-04' } });
    expect(isOpenAt(cityWindow, jst('2026-12-28T12:00'), override)).toBe(false);
    expect(isOpenAt(cityWindow, jst('2027-01-04T12:00'), override)).toBe(false);
    expect(openStatus(cityWindow, jst('2027-01-04T12:00'), override)!.next).toEqual({
      date: '2027-01-05',
      minutes: 510,
    });
    // The default calendar is untouched by the override.
    expect(isOpenAt(cityWindow, jst('2027-01-04T12:00'), calendar)).toBe(true);
  });
  test('お盆 only for windows that list it, default 8/13–8/16, overridable', () => {
    const obonClosed: OpeningSchedule = { hours: cityWindow.hours, closed: ['obon'] };
    expect(isOpenAt(obonClosed, jst('2026-08-13T12:00'), calendar)).toBe(false); // Thursday
    expect(isOpenAt(cityWindow, jst('2026-08-13T12:00'), calendar)).toBe(true);
    expect(isOpenAt(obonClosed, jst('2026-08-17T12:00'), calendar)).toBe(true);
    const shortObon = holidayCalendar({ obonPeriod: { from: '08-14', to: '08-15' } });
    expect(isOpenAt(obonClosed, jst('2026-08-13T12:00'), shortObon)).toBe(true);
    expect(openStatus(obonClosed, jst('2026-08-14T12:00'), shortObon)!.label).toBe('本日は休み（お盆）');
  });
  test('元日 is reported as 年末年始 when both apply', () => {
    expect(closureOn(cityWindow, '2027-01-01', calendar)).toBe('newyear');
    expect(closureOn({ hours: cityWindow.hours, closed: ['holiday'] }, '2027-01-01', calendar)).toBe('holiday');
  });
});

describe('weekly rules', () => {
  test('昼休み: open in the morning, 受付時間外 over lunch, next 13:00', () => {
    const schedule: OpeningSchedule = {
      hours: [
        { days: weekdays, time: '13:00-17:15' },
        { days: weekdays, time: '08:30-12:00' },
      ],
    };
    expect(openStatus(schedule, jst('2026-11-24T11:00'), calendar)).toMatchObject({
      state: 'open',
      label: '受付中',
      detail: '12:00 まで',
    });
    expect(openStatus(schedule, jst('2026-11-24T12:30'), calendar)).toMatchObject({
      state: 'later-today',
      label: '受付時間外',
      detail: '次は 13:00 から',
    });
    expect(openStatus(schedule, jst('2026-11-24T07:00'), calendar)).toMatchObject({
      state: 'later-today',
      detail: '次は 8:30 から',
    });
    expect(openStatus(schedule, jst('2026-11-24T17:15'), calendar)).toMatchObject({
      state: 'ended-today',
      label: '本日の受付は終了',
      detail: '次は 明日 8:30 から',
    });
  });
  test('touching ranges read as one: 8:30–12:00 + 12:00–17:00 is open until 17:00', () => {
    const schedule: OpeningSchedule = {
      hours: [
        { days: ['tue'], time: '08:30-12:00' },
        { days: ['tue'], time: '12:00-17:00' },
      ],
    };
    expect(openStatus(schedule, jst('2026-11-24T11:59'), calendar)!.detail).toBe('17:00 まで');
  });
  test('第2・第4土曜 (November 2026: the 14th and 28th)', () => {
    const schedule: OpeningSchedule = { hours: [{ days: ['sat'], time: '09:00-12:00', weeks: [2, 4] }] };
    const open = ['2026-11-14', '2026-11-28'];
    for (const date of ['2026-11-07', '2026-11-14', '2026-11-21', '2026-11-28']) {
      expect(isOpenAt(schedule, jst(`${date}T10:00`), calendar), date).toBe(open.includes(date));
    }
    expect(openStatus(schedule, jst('2026-11-21T10:00'), calendar)).toMatchObject({
      state: 'closed-today',
      detail: '次は 11月28日（土） 9:00 から',
    });
    // 第5: only months with a fifth Saturday (2026-10-31).
    const fifth: OpeningSchedule = { hours: [{ days: ['sat'], time: '09:00-12:00', weeks: [5] }] };
    expect(isOpenAt(fifth, jst('2026-10-31T10:00'), calendar)).toBe(true);
    expect(isOpenAt(fifth, jst('2026-10-24T10:00'), calendar)).toBe(false);
  });
  test('a range past midnight: Friday 22:00–6:00 is open on Saturday at 3:00', () => {
    const schedule: OpeningSchedule = { hours: [{ days: ['fri'], time: '22:00-06:00' }] };
    expect(openStatus(schedule, jst('2026-11-27T23:00'), calendar)).toMatchObject({
      state: 'open',
      detail: '翌 6:00 まで',
    });
    expect(openStatus(schedule, jst('2026-11-28T03:00'), calendar)).toMatchObject({
      state: 'open',
      detail: '6:00 まで',
    });
    expect(isOpenAt(schedule, jst('2026-11-28T06:00'), calendar)).toBe(false);
    expect(isOpenAt(schedule, jst('2026-11-27T21:59'), calendar)).toBe(false);
    expect(openStatus(schedule, jst('2026-11-27T12:00'), calendar)).toMatchObject({
      state: 'later-today',
      detail: '次は 22:00 から',
    });
  });
  test('the night before a holiday-closed day still runs into the holiday morning (the shift started the day before)', () => {
    const schedule: OpeningSchedule = { hours: [{ days: ['sun'], time: '22:00-06:00' }], closed: ['holiday'] };
    // Sunday 2026-11-22, Monday 11/23 is 勤労感謝の日.
    expect(isOpenAt(schedule, jst('2026-11-23T03:00'), calendar)).toBe(true);
  });
  test('24 hours every day: 24時間受付, also on holidays', () => {
    const schedule: OpeningSchedule = {
      hours: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], time: '00:00-24:00' }],
    };
    for (const time of ['2026-11-23T00:00', '2026-11-23T12:00', '2026-11-23T23:59', '2027-01-01T03:00']) {
      expect(openStatus(schedule, jst(time), calendar), time).toMatchObject({ state: 'open', detail: '24時間受付' });
    }
  });
  test('24 hours but closed on holidays: open until 24:00 the day before', () => {
    const schedule: OpeningSchedule = {
      hours: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], time: '00:00-24:00' }],
      closed: ['holiday'],
    };
    expect(openStatus(schedule, jst('2026-11-22T20:00'), calendar)).toMatchObject({
      state: 'open',
      detail: '24:00 まで',
    });
    expect(openStatus(schedule, jst('2026-11-23T12:00'), calendar)).toMatchObject({
      state: 'closed-today',
      detail: '次は 明日 0:00 から',
    });
  });
});

describe('time zone and edge cases', () => {
  test('Japan time whatever the instant is written in', () => {
    expect(tokyoTime(new Date('2026-11-23T15:30:00Z'))).toEqual({ date: '2026-11-24', weekday: 'tue', minutes: 30 });
    // 15:00 UTC on a Monday is already Tuesday 0:00 in Japan: a weekday window is not open.
    expect(isOpenAt(cityWindow, new Date('2026-11-24T02:00:00Z'), calendar)).toBe(true); // 11:00 JST
    expect(isOpenAt(cityWindow, new Date('2026-11-24T09:00:00Z'), calendar)).toBe(false); // 18:00 JST
  });
  test('no hours: nothing to say', () => {
    expect(openStatus({ closed: ['holiday'] }, jst('2026-11-24T11:00'), calendar)).toBeUndefined();
  });
  test('outside the dates the shipped holiday list covers: nothing rather than a guess', () => {
    const shipped = calendarFromList(['2026-11-23'], {}, { from: '2026-01-01', to: '2026-12-31' });
    expect(openStatus(cityWindow, jst('2026-11-23T12:00'), shipped)!.label).toBe('本日は休み（祝日）');
    expect(openStatus(cityWindow, jst('2027-02-01T12:00'), shipped)).toBeUndefined();
  });
  test('the browser payload covers the year before to three years after the build, with the periods', () => {
    const payload = holidaysPayload({ obonPeriod: { from: '08-14', to: '08-16' } }, new Date('2026-11-22T00:00:00Z'));
    expect(payload.from).toBe('2025-01-01');
    expect(payload.to).toBe('2029-12-31');
    expect(payload.holidays).toContain('2026-09-22');
    expect(payload.holidays.every((date) => date >= payload.from && date <= payload.to)).toBe(true);
    expect(payload.newYear).toEqual({ from: '12-29', to: '01-03' });
    expect(payload.obon).toEqual({ from: '08-14', to: '08-16' });
    // Rebuilt into a calendar it agrees with the library.
    const browser = calendarFromList(payload.holidays, payload, payload);
    expect(openStatus(cityWindow, jst('2026-05-06T12:00'), browser)).toEqual(
      openStatus(cityWindow, jst('2026-05-06T12:00'), calendar),
    );
  });
});

describe('hoursAttribute', () => {
  test('only days, time and weeks; read back as written; the same text for the same hours', () => {
    const hours = [
      { days: ['mon', 'tue'] as const, time: '08:30-17:15', note: 'ignored' },
      { days: ['sat'] as const, time: '09:00-12:00', weeks: [2, 4] },
    ];
    const text = hoursAttribute(hours);
    expect(JSON.parse(text)).toEqual([
      { days: ['mon', 'tue'], time: '08:30-17:15' },
      { days: ['sat'], time: '09:00-12:00', weeks: [2, 4] },
    ]);
    expect(hoursAttribute(hours)).toBe(text);
    expect(hoursAttribute([...hours].reverse())).not.toBe(text);
  });
});
