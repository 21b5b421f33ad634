/**
 * Dates as the content writes them (YYYY-MM-DD, in Japan's time zone): today, and a date some
 * months before, for the 情報確認日 (verifiedAt) checks and the pages that show how fresh an entry is.
 */

let japanDate: Intl.DateTimeFormat | undefined;

/** Today in Asia/Tokyo as YYYY-MM-DD. */
export function todayInJapan(now = new Date()): string {
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
