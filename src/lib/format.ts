/** Display helpers for dates and numbers in Japanese. */

const ERAS = [
  { name: '令和', start: '2019-05-01', year: 2019 },
  { name: '平成', start: '1989-01-08', year: 1989 },
  { name: '昭和', start: '1926-12-25', year: 1926 },
];

/** 2026-04-01 → 2026年4月1日; 2026-04 → 2026年4月 */
export function formatDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return d ? `${y}年${m}月${d}日` : `${y}年${m}月`;
}

/** 2017-07 → 平成29年7月 (元年 for the first year). */
export function formatWareki(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  const key = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d ?? 1).padStart(2, '0')}`;
  const era = ERAS.find((candidate) => key >= candidate.start);
  if (!era) return formatDate(date);
  const year = y - era.year + 1;
  return `${era.name}${year === 1 ? '元' : year}年${m}月${d ? `${d}日` : ''}`;
}

export function formatNumber(value: number): string {
  return value.toLocaleString('ja-JP');
}
