/**
 * Japanese public holidays (祝日, 振替休日, 国民の休日) from @holiday-jp/holiday_jp, which
 * follows the Cabinet Office's list, and the municipality's 年末年始・お盆 periods from site.yaml.
 * Build-time only: the browser gets a few years of dates as JSON (holidaysPayload).
 */
import holidayJp from '@holiday-jp/holiday_jp';
import {
  DEFAULT_NEW_YEAR_PERIOD,
  DEFAULT_OBON_PERIOD,
  type ClosureCalendar,
  type MonthDayPeriod,
} from './open-status.ts';

export interface ClosurePeriodSettings {
  newYearPeriod?: MonthDayPeriod;
  obonPeriod?: MonthDayPeriod;
}

const table = holidayJp.holidays as Record<string, { date: string; name: string }>;

/** Name of the holiday on YYYY-MM-DD (「こどもの日 振替休日」, 「休日」 for 国民の休日), or undefined. */
export function holidayName(date: string): string | undefined {
  return table[date]?.name;
}

/** Holidays from the first to the last year given (inclusive), as { date: name }. */
export function holidaysBetween(fromYear: number, toYear: number): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [date, holiday] of Object.entries(table)) {
    const year = Number(date.slice(0, 4));
    if (year >= fromYear && year <= toYear) out[date] = holiday.name;
  }
  return out;
}

export function closurePeriods(site: ClosurePeriodSettings = {}): { newYear: MonthDayPeriod; obon: MonthDayPeriod } {
  return { newYear: site.newYearPeriod ?? DEFAULT_NEW_YEAR_PERIOD, obon: site.obonPeriod ?? DEFAULT_OBON_PERIOD };
}

/** The full calendar (every year the library knows), with the municipality's periods. */
export function holidayCalendar(site: ClosurePeriodSettings = {}): ClosureCalendar {
  return { isHoliday: (date) => date in table, ...closurePeriods(site) };
}

export interface HolidaysPayload {
  /** First and last date the list covers; outside it the browser shows no open/closed status. */
  from: string;
  to: string;
  holidays: string[];
  newYear: MonthDayPeriod;
  obon: MonthDayPeriod;
}

/** What the browser needs: the year before the build to three years after (a site left unbuilt for years goes quiet, not wrong). */
export function holidaysPayload(site: ClosurePeriodSettings = {}, buildDate = new Date()): HolidaysPayload {
  const year = buildDate.getUTCFullYear();
  return {
    from: `${year - 1}-01-01`,
    to: `${year + 3}-12-31`,
    holidays: Object.keys(holidaysBetween(year - 1, year + 3)).sort(),
    ...closurePeriods(site),
  };
}
