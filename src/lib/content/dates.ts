/**
 * Dates as the content writes them (YYYY-MM-DD, in Japan's time zone): today, and a date some
 * months before, for the 情報確認日 (verifiedAt) checks and the pages that show how fresh an entry is.
 */

let japanDate: Intl.DateTimeFormat | undefined;

/**
 * The build's "now": SOURCE_DATE_EPOCH (seconds since 1970, the reproducible-builds convention)
 * when it is set, so that a build can be repeated exactly; else the clock.
 */
export function buildNow(env: Record<string, string | undefined> = process.env): Date {
  const epoch = env.SOURCE_DATE_EPOCH?.trim();
  if (!epoch) return new Date();
  if (!/^\d+$/.test(epoch)) {
    throw new Error(`SOURCE_DATE_EPOCH=${epoch} は 1970 年からの秒数（整数）で書いてください / must be whole seconds since 1970`);
  }
  return new Date(Number(epoch) * 1000);
}

/** Today in Asia/Tokyo as YYYY-MM-DD (by default, of the build's "now"). */
export function todayInJapan(now = buildNow()): string {
  // Made once: pages ask for every resource, and a new formatter costs about 0.2 ms.
  japanDate ??= new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Tokyo' });
  return japanDate.format(now);
}

/** YYYY-MM-DD shifted by whole months (day clamped to the month's end). */
export function shiftMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}
