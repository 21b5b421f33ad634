/**
 * "Open now": 「受付中」「本日は休み」「次は 月曜 8:30 から」 from a window's `hours` and `closed`.
 *
 * Pure and browser-safe (no library, no schema import): the holiday list comes in through a
 * `ClosureCalendar`, built on the server from @holiday-jp/holiday_jp (src/lib/hours/holidays.ts)
 * and in the browser from the small JSON the site ships (src/scripts/hours/open-status.ts).
 * Time is always Japan's (UTC+9, no daylight saving), whatever the visitor's clock says.
 */

export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
export type ClosureKind = 'holiday' | 'newyear' | 'obon';

/** The shape of one `hours` entry (see src/schemas/hours.ts). */
export interface WeeklyRule {
  days: readonly Weekday[];
  /** "08:30-17:15"; an end before the start runs past midnight; "00:00-24:00" is all day. */
  time: string;
  /** 第何週: [2, 4] = 第2・第4 of the month. */
  weeks?: readonly number[];
}

export interface OpeningSchedule {
  hours?: readonly WeeklyRule[];
  closed?: readonly ClosureKind[];
}

/** A yearly period by month and day ("12-29" to "01-03" runs over the new year). */
export interface MonthDayPeriod {
  from: string;
  to: string;
}

export const DEFAULT_NEW_YEAR_PERIOD: MonthDayPeriod = { from: '12-29', to: '01-03' };
export const DEFAULT_OBON_PERIOD: MonthDayPeriod = { from: '08-13', to: '08-16' };

export interface ClosureCalendar {
  /** 祝日・振替休日・国民の休日 on YYYY-MM-DD. */
  isHoliday(date: string): boolean;
  newYear: MonthDayPeriod;
  obon: MonthDayPeriod;
  /** False for dates the holiday list does not reach: the status is then not guessed. */
  covers?(date: string): boolean;
}

const WEEKDAYS: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const DAY = 24 * 60;
const JST_OFFSET_MS = 9 * 60 * 60 * 1000;

export interface TokyoTime {
  /** YYYY-MM-DD in Japan. */
  date: string;
  weekday: Weekday;
  /** Minutes since midnight in Japan. */
  minutes: number;
}

/** The date and time in Japan at an instant (Japan has had no daylight saving since 1951). */
export function tokyoTime(instant: Date): TokyoTime {
  const shifted = new Date(instant.getTime() + JST_OFFSET_MS);
  return {
    date: shifted.toISOString().slice(0, 10),
    weekday: WEEKDAYS[shifted.getUTCDay()],
    minutes: shifted.getUTCHours() * 60 + shifted.getUTCMinutes(),
  };
}

/** YYYY-MM-DD plus whole days. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

export function weekdayOf(date: string): Weekday {
  const [y, m, d] = date.split('-').map(Number);
  return WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
}

/** Is YYYY-MM-DD inside the yearly period (both ends included)? */
export function inPeriod(date: string, period: MonthDayPeriod): boolean {
  const monthDay = date.slice(5);
  return period.from <= period.to
    ? monthDay >= period.from && monthDay <= period.to
    : monthDay >= period.from || monthDay <= period.to;
}

/** Which of the window's closures (if any) shuts it for the whole of that date. */
export function closureOn(schedule: OpeningSchedule, date: string, calendar: ClosureCalendar): ClosureKind | undefined {
  const closed = schedule.closed ?? [];
  // 年末年始 first: 1月1日 is also a 祝日, but 「年末年始のため」 is what staff would say.
  if (closed.includes('newyear') && inPeriod(date, calendar.newYear)) return 'newyear';
  if (closed.includes('obon') && inPeriod(date, calendar.obon)) return 'obon';
  if (closed.includes('holiday') && calendar.isHoliday(date)) return 'holiday';
  return undefined;
}

function parseRange(time: string): [number, number] | undefined {
  const match = /^(\d{2}):(\d{2})-(\d{2}):(\d{2})$/.exec(time);
  if (!match) return undefined;
  const start = Number(match[1]) * 60 + Number(match[2]);
  let end = Number(match[3]) * 60 + Number(match[4]);
  if (end <= start) end += DAY; // runs past midnight
  return [start, end];
}

/**
 * The opening intervals that start on a date, in minutes from that date's midnight
 * (an overnight range ends after 1440). Empty when the window is closed that day.
 */
export function intervalsOn(schedule: OpeningSchedule, date: string, calendar: ClosureCalendar): [number, number][] {
  if (!schedule.hours?.length || closureOn(schedule, date, calendar)) return [];
  const weekday = weekdayOf(date);
  const nth = Math.ceil(Number(date.slice(8, 10)) / 7);
  const intervals: [number, number][] = [];
  for (const rule of schedule.hours) {
    if (!rule.days.includes(weekday)) continue;
    if (rule.weeks && !rule.weeks.includes(nth)) continue;
    const range = parseRange(rule.time);
    if (range) intervals.push(range);
  }
  return intervals.sort((a, b) => a[0] - b[0]);
}

/**
 * Opening intervals on a timeline whose 0 is midnight of `today`, from the day before (for
 * overnight ranges) to `days` days ahead; touching and overlapping intervals merged, so
 * 8:30–12:00 + 12:00–17:15 reads as one and 24 hours every day as one long interval.
 */
function timeline(
  schedule: OpeningSchedule,
  today: string,
  days: number,
  calendar: ClosureCalendar,
): [number, number][] {
  const raw: [number, number][] = [];
  for (let offset = -1; offset <= days; offset++) {
    const date = addDays(today, offset);
    if (calendar.covers && !calendar.covers(date)) continue;
    for (const [start, end] of intervalsOn(schedule, date, calendar))
      raw.push([offset * DAY + start, offset * DAY + end]);
  }
  raw.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const interval of raw) {
    const last = merged[merged.length - 1];
    if (last && interval[0] <= last[1]) last[1] = Math.max(last[1], interval[1]);
    else merged.push([...interval]);
  }
  return merged;
}

/** Is the window open at this instant (in Japan)? */
export function isOpenAt(schedule: OpeningSchedule, instant: Date, calendar: ClosureCalendar): boolean {
  const now = tokyoTime(instant);
  return timeline(schedule, now.date, 1, calendar).some(([start, end]) => now.minutes >= start && now.minutes < end);
}

export type OpenState = 'open' | 'closed-today' | 'later-today' | 'ended-today';

export interface OpenStatus {
  state: OpenState;
  /** 「受付中」「本日は休み」「受付時間外」「本日の受付は終了」 */
  label: string;
  /** 「17:15 まで」「次は 月曜 8:30 から」「24時間受付」 */
  detail?: string;
  /** Why today is closed, when a closure (not the weekly table) is the reason. */
  reason?: ClosureKind;
  /** When it opens next: the date (YYYY-MM-DD) and minutes after that date's midnight. */
  next?: { date: string; minutes: number };
}

/**
 * The words of the open-now line in one language. The page hands the browser its language's words
 * as data (src/scripts/hours/open-status.ts); these Japanese ones are the default and the source of
 * the Japanese catalogue.
 */
export interface OpenStatusWords {
  open: string;
  /** 「24時間受付」 */
  allDay: string;
  /** 「{time} まで」, 「翌 {time} まで」 */
  until: string;
  untilTomorrow: string;
  /** 「次は {day}{time} から」: {day} is empty today, else one of the day words below. */
  next: string;
  closedToday: string;
  /** 「本日は休み（{reason}）」 */
  closedTodayFor: string;
  reasons: Record<ClosureKind, string>;
  later: string;
  ended: string;
  /** 「明日 」, 「{weekday}曜 」, 「{month}月{day}日（{weekday}） 」 (each ends with its own space). */
  tomorrow: string;
  thisWeek: string;
  laterDate: string;
  weekdays: Record<Weekday, string>;
  /** The clock after the line: 「（{hour}時{minute}分 現在）」 */
  clock: string;
}

export const JA_OPEN_STATUS_WORDS: OpenStatusWords = {
  open: '受付中',
  allDay: '24時間受付',
  until: '{time} まで',
  untilTomorrow: '翌 {time} まで',
  next: '次は {day}{time} から',
  closedToday: '本日は休み',
  closedTodayFor: '本日は休み（{reason}）',
  reasons: { holiday: '祝日', newyear: '年末年始', obon: 'お盆' },
  later: '受付時間外',
  ended: '本日の受付は終了',
  tomorrow: '明日 ',
  thisWeek: '{weekday}曜 ',
  laterDate: '{month}月{day}日（{weekday}） ',
  weekdays: { mon: '月', tue: '火', wed: '水', thu: '木', fri: '金', sat: '土', sun: '日' },
  clock: '（{hour}時{minute}分 現在）',
};

const put = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));

const hoursAttributes = new WeakMap<readonly WeeklyRule[], string>();

/**
 * A window's hours as the page's data-hours attribute, which the browser reads back: only what
 * the status needs. Made once per list of hours — a resource is on its own page and in several
 * lists, and a large town has tens of thousands.
 */
export function hoursAttribute(hours: readonly WeeklyRule[]): string {
  let text = hoursAttributes.get(hours);
  if (text === undefined) {
    text = JSON.stringify(hours.map(({ days, time, weeks }) => (weeks ? { days, time, weeks } : { days, time })));
    hoursAttributes.set(hours, text);
  }
  return text;
}

/** 510 → "8:30", 1440 → "24:00". */
export function formatClock(minutes: number): string {
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}

/** How far ahead to look for the next opening: past 年末年始 and a long holiday week. */
const LOOKAHEAD_DAYS = 21;

/**
 * What a card says right now. Undefined when there is nothing to say: no `hours`, or a date
 * the holiday list does not cover (better silent than wrong).
 */
export function openStatus(
  schedule: OpeningSchedule,
  instant: Date,
  calendar: ClosureCalendar,
  words: OpenStatusWords = JA_OPEN_STATUS_WORDS,
): OpenStatus | undefined {
  if (!schedule.hours?.length) return undefined;
  const now = tokyoTime(instant);
  if (calendar.covers && !calendar.covers(now.date)) return undefined;
  const intervals = timeline(schedule, now.date, LOOKAHEAD_DAYS, calendar);
  const current = intervals.find(([start, end]) => now.minutes >= start && now.minutes < end);
  if (current) {
    const end = current[1];
    let detail: string;
    if (end - now.minutes >= DAY) detail = words.allDay;
    else if (end <= DAY) detail = put(words.until, { time: formatClock(end) });
    else detail = put(words.untilTomorrow, { time: formatClock(end - DAY) });
    return { state: 'open', label: words.open, detail };
  }
  const upcoming = intervals.find(([start]) => start > now.minutes);
  const next = upcoming
    ? { date: addDays(now.date, Math.floor(upcoming[0] / DAY)), minutes: upcoming[0] % DAY }
    : undefined;
  const nextText = upcoming
    ? put(words.next, {
        day: describeDay(Math.floor(upcoming[0] / DAY), next!.date, words),
        time: formatClock(next!.minutes),
      })
    : undefined;
  const reason = closureOn(schedule, now.date, calendar);
  const todayIntervals = intervals.filter(([start]) => start >= 0 && start < DAY);
  if (reason || todayIntervals.length === 0) {
    return {
      state: 'closed-today',
      label: reason ? put(words.closedTodayFor, { reason: words.reasons[reason] }) : words.closedToday,
      detail: nextText,
      reason,
      next,
    };
  }
  if (todayIntervals.some(([start]) => start > now.minutes)) {
    return { state: 'later-today', label: words.later, detail: nextText, next };
  }
  return { state: 'ended-today', label: words.ended, detail: nextText, next };
}

/** "" (today), 「明日 」, 「月曜 」 within the week, else 「1月4日（月） 」. */
function describeDay(offset: number, date: string, words: OpenStatusWords): string {
  if (offset === 0) return '';
  if (offset === 1) return words.tomorrow;
  const weekday = words.weekdays[weekdayOf(date)];
  if (offset < 7) return put(words.thisWeek, { weekday });
  return put(words.laterDate, { month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)), weekday });
}

/** 「（9時05分 現在）」 */
export function clockNow(minutes: number, words: OpenStatusWords = JA_OPEN_STATUS_WORDS): string {
  return put(words.clock, { hour: Math.floor(minutes / 60), minute: String(minutes % 60).padStart(2, '0') });
}

/** A calendar from a list of holiday dates (what the browser gets as JSON). */
export function calendarFromList(
  holidays: Iterable<string>,
  periods: { newYear?: MonthDayPeriod; obon?: MonthDayPeriod } = {},
  range?: { from: string; to: string },
): ClosureCalendar {
  const set = new Set(holidays);
  return {
    isHoliday: (date) => set.has(date),
    newYear: periods.newYear ?? DEFAULT_NEW_YEAR_PERIOD,
    obon: periods.obon ?? DEFAULT_OBON_PERIOD,
    covers: range ? (date) => date >= range.from && date <= range.to : undefined,
  };
}
