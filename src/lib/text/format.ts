/** Display helpers for dates and numbers in Japanese. */

/**
 * Era start dates (the first day of each era, in the Gregorian calendar). 明治 before 1873 used
 * the lunar calendar, so dates that early are shown in 西暦 only.
 */
const ERAS = [
  { name: '令和', start: '2019-05-01', year: 2019 },
  { name: '平成', start: '1989-01-08', year: 1989 },
  { name: '昭和', start: '1926-12-25', year: 1926 },
  { name: '大正', start: '1912-07-30', year: 1912 },
  { name: '明治', start: '1873-01-01', year: 1868 },
];

function parts(date: string): { y: number; m: number; d?: number } {
  const [y, m, d] = date.split('-').map(Number);
  return { y, m, d: Number.isFinite(d) ? d : undefined };
}

let languageNames: Intl.DisplayNames | undefined;

/** A language code in Japanese (en → 英語); the code itself when it has no name. */
export function languageName(code: string): string {
  // Made once: a new Intl.DisplayNames costs about 10 µs, on each of tens of thousands of pages.
  languageNames ??= new Intl.DisplayNames(['ja'], { type: 'language' });
  return languageNames.of(code) ?? code;
}

/** 2026-04-01 → 2026年4月1日; 2026-04 → 2026年4月 */
export function formatDate(date: string): string {
  const { y, m, d } = parts(date);
  return d ? `${y}年${m}月${d}日` : `${y}年${m}月`;
}

/**
 * 2017-07 → 平成29年7月; 2019-05-01 → 令和元年5月1日 (元年 for an era's first year).
 * A month without a day is read as its first day, so 1989-01 is 昭和64年1月 and 2019-05 is 令和元年5月.
 */
export function formatWareki(date: string): string {
  const { y, m, d } = parts(date);
  const key = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d ?? 1).padStart(2, '0')}`;
  const era = ERAS.find((candidate) => key >= candidate.start);
  if (!era) return formatDate(date);
  const year = y - era.year + 1;
  return `${era.name}${year === 1 ? '元' : year}年${m}月${d ? `${d}日` : ''}`;
}

/** 2017-07 → 平成29年7月（2017年7月）: how dated work is shown to residents and staff alike. */
export function formatWarekiWithSeireki(date: string): string {
  const wareki = formatWareki(date);
  const seireki = formatDate(date);
  return wareki === seireki ? seireki : `${wareki}（${seireki}）`;
}

export function formatNumber(value: number): string {
  return value.toLocaleString('ja-JP');
}

/** 12.345 → "12.3" (fixed decimals, with thousands separators for large values). */
export function formatDecimal(value: number, digits = 1): string {
  return value.toLocaleString('ja-JP', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}
