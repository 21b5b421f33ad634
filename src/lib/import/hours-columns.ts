/**
 * Hours, 休み and the hours note of one row, from whichever columns the list has: the export's
 * 開所時間 (「月火水木金 08:30-17:15」), or 曜日 + 開始 + 終了 (「月～金（祝日を除く）」「8時30分」
 * 「17:15」, or 「8:30～17:15」 in one cell), a 休み column, and a note that may say the closures
 * (「…祝日…及び年末年始…は終日利用不可」) or 「24時間対応」. What cannot be read is kept as text.
 */
import { CLOSURE_LABELS, CLOSURES, type Closure, type HoursRule } from '../../schemas/index.ts';
import { readClosures, splitDayExceptions, type ClosurePeriods } from './closures-text.ts';
import { parseClockText, parseDaysText, parseHoursDetail, parseTimeRangeText } from './hours-text.ts';
import { labelsToValues } from './labels.ts';
import type { RowValues } from './layouts.ts';

export interface TimeFields {
  hours?: HoursRule[];
  closed?: Closure[];
  hoursNote?: string;
  /** Fields that are a fallback (曜日 as text): on an existing entry they only fill a gap. */
  fillOnly: string[];
}

/** A note that says nothing but round the clock. */
const ROUND_THE_CLOCK = /^24時間(?:対応|営業|受付|受け付け|体制|開所|利用可能?)?[。.]?$/;

interface HoursReading {
  hours?: HoursRule[];
  /** Text kept for hoursNote because it could not be read. */
  noteParts: string[];
  closed: Closure[];
  /** The note said 24時間 and became the hours. */
  usedNote?: boolean;
}

function fromColumns(values: RowValues, note: string | undefined, periods: ClosurePeriods, notes: string[]) {
  const reading: HoursReading = { noteParts: [], closed: [] };
  if (values.hoursDetail) {
    const detail = parseHoursDetail(values.hoursDetail);
    if (detail) return { ...reading, hours: detail };
    notes.push('開所時間の列が読めなかったので、時間についての補足に入れました');
    return { ...reading, noteParts: [values.hoursDetail] };
  }
  const split = values.days ? splitDayExceptions(values.days, periods) : undefined;
  const days = split ? parseDaysText(split.days) : undefined;
  const range = values.opens && !values.closes ? parseTimeRangeText(values.opens) : undefined;
  const opens = range?.[0] ?? (values.opens ? parseClockText(values.opens) : undefined);
  const closes = range?.[1] ?? (values.closes ? parseClockText(values.closes) : undefined);
  if (days && opens && closes && opens !== closes && opens !== '24:00')
    return { ...reading, hours: [{ days, time: `${opens}-${closes}` }], closed: split!.closed };
  if (days && !values.opens && !values.closes && note && ROUND_THE_CLOCK.test(note.normalize('NFKC').trim()))
    return { ...reading, hours: [{ days, time: '00:00-24:00' }], closed: split!.closed, usedNote: true };
  // Not structured enough: keep every word in hoursNote rather than guess.
  if (values.days) reading.noteParts.push(`曜日: ${values.days}`);
  if (values.opens || values.closes) reading.noteParts.push(`時間: ${values.opens ?? ''}〜${values.closes ?? ''}`);
  return reading;
}

export function timeFields(values: RowValues, periods: ClosurePeriods, notes: string[]): TimeFields {
  const closed = new Set<Closure>();
  if (values.closed)
    for (const closure of labelsToValues(values.closed, CLOSURES, CLOSURE_LABELS).values) closed.add(closure);
  let note = values.hoursNote;
  if (note) {
    const reading = readClosures(note, periods);
    notes.push(...reading.notes);
    if (reading.closed.length) {
      reading.closed.forEach((closure) => closed.add(closure));
      const labels = reading.closed.map((closure) => CLOSURE_LABELS[closure]).join('・');
      notes.push(
        `時間についての補足から休み（${labels}）を読み取りました${reading.rest ? '' : '（補足の文は休みで言い尽くせるため書いていません）'}`,
      );
    }
    note = reading.rest || undefined;
  }
  const hours = fromColumns(values, note, periods, notes);
  hours.closed.forEach((closure) => closed.add(closure));
  if (hours.usedNote) note = undefined;
  const hoursNote = [...hours.noteParts, note, values.afterHours ? `時間外: ${values.afterHours}` : undefined]
    .filter(Boolean)
    .join('。');
  return {
    hours: hours.hours,
    closed: closed.size ? CLOSURES.filter((closure) => closed.has(closure)) : undefined,
    hoursNote: hoursNote || undefined,
    fillOnly: hours.noteParts.length ? ['hoursNote'] : [],
  };
}
