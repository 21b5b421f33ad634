/**
 * What the finder's box says in the browser (src/scripts/finder/finder.ts), in Japanese; a page in
 * another language hands the script its catalogue's sentences as data on the box. Browser-safe: no imports.
 */
export interface FinderMessages {
  noTown: string;
  /** One exact 町名: 「{town}は{area}です。」 */
  townIs: string;
  pickArea: string;
  /** A choice: 「{area}（{town}）」 */
  choice: string;
  locating: string;
  noAreaHere: string;
  hereIs: string;
  nearest: string;
  seeWindows: string;
  locateFailed: string;
}

export const JA_FINDER_MESSAGES: FinderMessages = {
  noTown: '「{query}」に当てはまる町名が見つかりませんでした。下の一覧から選んでください。',
  townIs: '{town}は{area}です。',
  pickArea: '当てはまる地域を選んでください。',
  choice: '{area}（{town}）',
  locating: '現在地を調べています…',
  noAreaHere: '現在地から地域がわかりませんでした。町名を入力するか、下の一覧から選んでください。',
  hereIs: '現在地は{area}です。',
  nearest: '現在地から一番近いのは{area}です（区域の外にいるようです）。',
  seeWindows: '{area}の窓口を見る',
  locateFailed: '現在地を使えませんでした。町名を入力するか、下の一覧から選んでください。',
};

/** A message with its values put in. */
export function finderMessage(template: string, values: Record<string, string> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}
