/**
 * Opening hours as people read them: a weekly table with 昼休み, 第2・第4 and closures.
 * Pure functions; "open now" logic builds on the same rules.
 */
import { CLOSURE_LABELS, DAY_LABELS, DAYS, type Closure, type Day, type HoursRule } from '../../schemas/hours.ts';

export interface DayRow {
  day: Day;
  label: string;
  /** e.g. ["9:00〜12:00", "13:00〜17:00", "第2・第4 9:00〜12:00"] */
  ranges: string[];
}

/**
 * The words the hours are written with, for one language. The Japanese ones below are the schema's
 * labels; other languages' come from their catalogues (src/lib/i18n/messages/).
 */
export interface HoursWords {
  /** mon … sun: 月 … 日 */
  days: Record<Day, string>;
  closures: Record<Closure, string>;
  /** A row of the weekly table: 「{day}曜日」 */
  dayName: string;
  /** Hours only on some weeks: 「{weeks}{day}曜 {time}」 */
  weeksOfDay: string;
  /** 「第{week}」 */
  nthWeek: string;
  /** 「24時間」 */
  allDay: string;
  /** 「{start}〜{end}」 */
  range: string;
  /** Two days: 「{first}・{last}」; three or more in a row: 「{first}〜{last}」 */
  twoDays: string;
  dayRun: string;
  /** Between weeks and between runs of days: 「・」; between ranges of one day: 「、」 */
  and: string;
  list: string;
  /** 「{days} {ranges}」 */
  summaryLine: string;
  /** 「{closures}は休み」 */
  closedOn: string;
}

export const JA_HOURS_WORDS: HoursWords = {
  days: DAY_LABELS,
  closures: CLOSURE_LABELS,
  dayName: '{day}曜日',
  weeksOfDay: '{weeks}{day}曜 {time}',
  nthWeek: '第{week}',
  allDay: '24時間',
  range: '{start}〜{end}',
  twoDays: '{first}・{last}',
  dayRun: '{first}〜{last}',
  and: '・',
  list: '、',
  summaryLine: '{days} {ranges}',
  closedOn: '{closures}は休み',
};

const put = (template: string, values: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);

/** "08:30-17:15" → "8:30〜17:15"; all day → "24時間". */
export function formatTimeRange(range: string, words: HoursWords = JA_HOURS_WORDS): string {
  if (range === '00:00-24:00') return words.allDay;
  const [start, end] = range.split('-').map((clock) => clock.replace(/^0(\d)/, '$1'));
  return put(words.range, { start, end });
}

export function formatWeeks(weeks: readonly number[], words: HoursWords = JA_HOURS_WORDS): string {
  return weeks.map((week) => put(words.nthWeek, { week: String(week) })).join(words.and);
}

/** One row per day, in the order 月〜日; days with no hours have no ranges (休み). */
export function weeklyTable(hours: readonly HoursRule[], words: HoursWords = JA_HOURS_WORDS): DayRow[] {
  return DAYS.map((day) => {
    const rules = hours.filter((rule) => rule.days.includes(day));
    const ranges = rules
      .slice()
      .sort((a, b) => a.time.localeCompare(b.time))
      .map((rule) =>
        rule.weeks
          ? put(words.weeksOfDay, {
              weeks: formatWeeks(rule.weeks, words),
              day: words.days[day],
              time: formatTimeRange(rule.time, words),
            })
          : formatTimeRange(rule.time, words),
      );
    return { day, label: put(words.dayName, { day: words.days[day] }), ranges };
  });
}

/** 「祝日・振替休日、年末年始は休み」 */
export function closureSentence(
  closed: readonly Closure[] | undefined,
  words: HoursWords = JA_HOURS_WORDS,
): string | undefined {
  if (!closed?.length) return undefined;
  return put(words.closedOn, { closures: closed.map((closure) => words.closures[closure]).join(words.list) });
}

/**
 * The weekly table in a few lines for cards and paper: days with the same hours go together,
 * 「月〜金 8:30〜17:15」「月・水・金 9:00〜16:00」「第2・第4土曜 9:00〜12:00」; days without hours are left out.
 */
export function hoursSummary(hours: readonly HoursRule[], words: HoursWords = JA_HOURS_WORDS): string[] {
  const groups = new Map<string, { indexes: number[]; weeksOnly: boolean }>();
  weeklyTable(hours, words).forEach((row, index) => {
    if (row.ranges.length === 0) return;
    const key = row.ranges.join(words.list);
    const group = groups.get(key) ?? { indexes: [], weeksOnly: startsWithWeeks(hours, row.day) };
    group.indexes.push(index);
    groups.set(key, group);
  });
  return [...groups].map(([ranges, { indexes, weeksOnly }]) => {
    // 「第2・第4土曜 …」 already names its day.
    if (indexes.length === 1 && weeksOnly) return ranges;
    return put(words.summaryLine, { days: dayRuns(indexes, words), ranges });
  });
}

/** Whether the day's first range is 「第2・第4…」 (which names its day itself). */
function startsWithWeeks(hours: readonly HoursRule[], day: Day): boolean {
  const first = hours.filter((rule) => rule.days.includes(day)).sort((a, b) => a.time.localeCompare(b.time))[0];
  return first?.weeks !== undefined;
}

/** [0, 1, 2, 4] → 「月〜水・金」 */
function dayRuns(indexes: readonly number[], words: HoursWords): string {
  const runs: number[][] = [];
  for (const index of indexes) {
    const run = runs[runs.length - 1];
    if (run && run[run.length - 1] === index - 1) run.push(index);
    else runs.push([index]);
  }
  return runs
    .map((run) => {
      const first = words.days[DAYS[run[0]]];
      const last = words.days[DAYS[run[run.length - 1]]];
      if (run.length === 1) return first;
      return put(run.length === 2 ? words.twoDays : words.dayRun, { first, last });
    })
    .join(words.and);
}
