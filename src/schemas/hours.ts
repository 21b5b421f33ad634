/** 開所時間 (opening hours) as staff write them, and the closures 祝日・年末年始・お盆. */
import { z } from 'astro/zod';

export const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Day = (typeof DAYS)[number];
export const DAY_LABELS: Record<Day, string> = {
  mon: '月',
  tue: '火',
  wed: '水',
  thu: '木',
  fri: '金',
  sat: '土',
  sun: '日',
};

/** Minutes since midnight for "HH:MM" (00:00 … 24:00), or null when malformed. */
export function parseClock(value: string): number | null {
  const match = /^(\d{2}):(\d{2})$/.exec(value);
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (minutes > 59 || hours > 24 || (hours === 24 && minutes !== 0)) return null;
  return hours * 60 + minutes;
}

/** "HH:MM-HH:MM"; an end before the start runs past midnight; 00:00-24:00 is all day. */
export const timeRangeSchema = z
  .string({ error: '時間を "09:00-17:00" の形の文字列で書いてください' })
  .transform((value) =>
    value
      .normalize('NFKC')
      .replace(/[‐‑–—―−－~～〜]/g, '-')
      .replace(/\s/g, ''),
  )
  .superRefine((value, ctx) => {
    const parts = value.split('-');
    if (parts.length !== 2) {
      ctx.addIssue({ code: 'custom', message: `「${value}」は時間帯の形ではありません（例: "08:30-17:15"）` });
      return;
    }
    const [start, end] = parts.map(parseClock);
    if (start === null || end === null) {
      ctx.addIssue({
        code: 'custom',
        message: `「${value}」の時刻が正しくありません（00:00〜24:00 の HH:MM で書いてください）`,
      });
      return;
    }
    if (start === end) {
      ctx.addIssue({ code: 'custom', message: `「${value}」は開始と終了が同じです（終日は "00:00-24:00"）` });
    } else if (start === 24 * 60) {
      ctx.addIssue({ code: 'custom', message: `「${value}」は 24:00 から始まっています（"00:00" と書いてください）` });
    }
  })
  .meta({ title: '時間帯' });

export const hoursRuleSchema = z
  .strictObject({
    /** 曜日: mon tue wed thu fri sat sun */
    days: z
      .array(z.enum(DAYS, { error: '曜日は mon tue wed thu fri sat sun のどれかで書いてください' }))
      .min(1, { error: '曜日を1つ以上書いてください' })
      .meta({ title: '曜日' }),
    /** 時間帯 "08:30-17:15" */
    time: timeRangeSchema,
    /** 第何週か（[2, 4] で第2・第4）。書かなければ毎週 */
    weeks: z
      .array(
        z
          .number({ error: '週は 1〜5 の数字で書いてください' })
          .int({ error: '週は 1〜5 の整数で書いてください' })
          .min(1, { error: '週は 1〜5 で書いてください（第1週〜第5週）' })
          .max(5, { error: '週は 1〜5 で書いてください（第1週〜第5週）' }),
      )
      .min(1)
      .optional()
      .meta({ title: '第何週' }),
  })
  .meta({ title: '開所時間' });

export type HoursRule = z.output<typeof hoursRuleSchema>;

export const CLOSURES = ['holiday', 'newyear', 'obon'] as const;
export type Closure = (typeof CLOSURES)[number];
export const CLOSURE_LABELS: Record<Closure, string> = {
  holiday: '祝日・振替休日',
  newyear: '年末年始',
  obon: 'お盆',
};
