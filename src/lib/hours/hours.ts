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

/** "08:30-17:15" → "8:30〜17:15"; all day → "24時間". */
export function formatTimeRange(range: string): string {
  if (range === '00:00-24:00') return '24時間';
  const [start, end] = range.split('-').map((clock) => clock.replace(/^0(\d)/, '$1'));
  return `${start}〜${end}`;
}

export function formatWeeks(weeks: readonly number[]): string {
  return weeks.map((week) => `第${week}`).join('・');
}

/** One row per day, in the order 月〜日; days with no hours have no ranges (休み). */
export function weeklyTable(hours: readonly HoursRule[]): DayRow[] {
  return DAYS.map((day) => {
    const rules = hours.filter((rule) => rule.days.includes(day));
    const ranges = rules
      .slice()
      .sort((a, b) => a.time.localeCompare(b.time))
      .map((rule) =>
        rule.weeks
          ? `${formatWeeks(rule.weeks)}${DAY_LABELS[day]}曜 ${formatTimeRange(rule.time)}`
          : formatTimeRange(rule.time),
      );
    return { day, label: `${DAY_LABELS[day]}曜日`, ranges };
  });
}

/** 「祝日・振替休日、年末年始は休み」 */
export function closureSentence(closed: readonly Closure[] | undefined): string | undefined {
  if (!closed?.length) return undefined;
  return `${closed.map((closure) => CLOSURE_LABELS[closure]).join('、')}は休み`;
}

/**
 * The weekly table in a few lines for cards and paper: days with the same hours go together,
 * 「月〜金 8:30〜17:15」「月・水・金 9:00〜16:00」「第2・第4土曜 9:00〜12:00」; days without hours are left out.
 */
export function hoursSummary(hours: readonly HoursRule[]): string[] {
  const groups = new Map<string, number[]>();
  weeklyTable(hours).forEach((row, index) => {
    if (row.ranges.length === 0) return;
    const key = row.ranges.join('、');
    groups.set(key, [...(groups.get(key) ?? []), index]);
  });
  return [...groups].map(([ranges, indexes]) => {
    // 「第2・第4土曜 …」 already names its day.
    if (indexes.length === 1 && ranges.startsWith('第')) return ranges;
    const runs: number[][] = [];
    for (const index of indexes) {
      const run = runs[runs.length - 1];
      if (run && run[run.length - 1] === index - 1) run.push(index);
      else runs.push([index]);
    }
    const label = runs
      .map((run) => {
        const first = DAY_LABELS[DAYS[run[0]]];
        const last = DAY_LABELS[DAYS[run[run.length - 1]]];
        return run.length === 1 ? first : run.length === 2 ? `${first}・${last}` : `${first}〜${last}`;
      })
      .join('・');
    return `${label} ${ranges}`;
  });
}
