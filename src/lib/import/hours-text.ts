/**
 * Opening hours as lists write them (「月～金」「月火水木金」「月・水・金」「平日」「9:00」「8時30分」) ↔ our hours rules, and the
 * compact text of the export's 開所時間 column (「月火水木金 08:30-17:15 / 第2・第4土 09:00-12:00」),
 * which the importer reads back exactly.
 */
import { DAY_LABELS, DAYS, type Day, type HoursRule } from '../../schemas/hours.ts';
import { DASH_CLASS } from '../text/dashes.ts';

/** What stands between the first and last day of a range: a wave dash or any dash. */
const RANGE_MARK = new RegExp(`[〜～~${DASH_CLASS}]`, 'g');
const DAY_BY_LABEL = new Map<string, Day>(DAYS.map((day) => [DAY_LABELS[day], day]));

/** 「月～金」「月,水,金」「月曜日～金曜日」「平日」「毎日」 → days in 月…日 order, or undefined. */
export function parseDaysText(input: string): Day[] | undefined {
  const text = input
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/曜日|曜|毎週/g, '')
    .replace(/平日/g, '月~金')
    .replace(/から/g, '~')
    .replace(/毎日|全日|年中無休/g, '月~日')
    .replace(RANGE_MARK, '~');
  if (text === '') return undefined;
  const days = new Set<Day>();
  for (const token of text.split(/[,、・/・]/)) {
    if (token === '') continue;
    const range = /^(.)~(.)$/.exec(token);
    if (range) {
      const from = DAY_BY_LABEL.get(range[1]);
      const to = DAY_BY_LABEL.get(range[2]);
      if (!from || !to) return undefined;
      const start = DAYS.indexOf(from);
      const end = DAYS.indexOf(to);
      for (let i = start; ; i = (i + 1) % 7) {
        days.add(DAYS[i]);
        if (i === end) break;
      }
      continue;
    }
    for (const ch of token) {
      const day = DAY_BY_LABEL.get(ch);
      if (!day) return undefined;
      days.add(day);
    }
  }
  return days.size ? DAYS.filter((day) => days.has(day)) : undefined;
}

/** 「9:00」「09:00:00」「９：００」「8時30分」「8時半」「17時」「午後5時」 → "HH:MM", or undefined. */
export function parseClockText(input: string): string | undefined {
  const text = input.normalize('NFKC').replace(/\s+/g, '');
  const match = /^(午前|午後)?(\d{1,2})(?::(\d{2})(?::\d{2})?|時(?:(\d{1,2})分|(半))?)$/.exec(text);
  if (!match) return undefined;
  let hours = Number(match[2]);
  const minutes = match[5] ? 30 : Number(match[3] ?? match[4] ?? 0);
  if (match[1] && hours > 12) return undefined;
  if (match[1] === '午後' && hours < 12) hours += 12;
  if (hours > 24 || minutes > 59 || (hours === 24 && minutes > 0)) return undefined;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

/** 「8:30～17:15」「9時から17時」 in one cell → ["08:30", "17:15"], or undefined. */
export function parseTimeRangeText(input: string): [string, string] | undefined {
  const text = input.normalize('NFKC').replace(/\s+/g, '').replace(/まで$/, '');
  const match = new RegExp(`^(.+?)(?:から|[〜～~${DASH_CLASS}])(.+)$`).exec(text);
  if (!match) return undefined;
  const opens = parseClockText(match[1]);
  const closes = parseClockText(match[2]);
  return opens && closes ? [opens, closes] : undefined;
}

/** 「月火水木金」 */
export function formatDays(days: readonly Day[]): string {
  return DAYS.filter((day) => days.includes(day))
    .map((day) => DAY_LABELS[day])
    .join('');
}

/** One rule as the export's 開所時間 column writes it: 「第2・第4土 09:00-12:00」. */
export function formatHoursRule(rule: HoursRule): string {
  const weeks = rule.weeks ? `${rule.weeks.map((week) => `第${week}`).join('・')}` : '';
  return `${weeks}${rule.days.map((day) => DAY_LABELS[day]).join('')} ${rule.time}`;
}

export function formatHoursDetail(rules: readonly HoursRule[]): string {
  return rules.map(formatHoursRule).join(' / ');
}

/** The export's 開所時間 column back to rules; undefined when any part is not in that form. */
export function parseHoursDetail(text: string): HoursRule[] | undefined {
  const rules: HoursRule[] = [];
  for (const part of text
    .split('/')
    .map((piece) => piece.trim())
    .filter(Boolean)) {
    const match = /^((?:第[1-5]・?)*)([月火水木金土日]+) (\d{2}:\d{2}-\d{2}:\d{2})$/.exec(part);
    if (!match) return undefined;
    const days = [...match[2]].map((label) => DAY_BY_LABEL.get(label)!);
    const weeks = match[1] ? [...match[1].matchAll(/第([1-5])/g)].map((week) => Number(week[1])) : undefined;
    rules.push(weeks ? { days, time: match[3], weeks } : { days, time: match[3] });
  }
  return rules.length ? rules : undefined;
}
