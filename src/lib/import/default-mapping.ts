/**
 * Which category (categories.yaml id) a row becomes, from its サービス種類 / 医療機関の種類 /
 * 種別 / 備考 and its name. The municipality can put its own rules in front of these with
 * `npm run import -- file.csv --mapping mapping.yaml` (its `rules:`, read by mapping-file.ts).
 *
 * Rules are tried in order and the first whose word appears wins, so the specific words
 * come before the general ones (「看護小規模多機能」 before 「訪問看護」, 「歯科」 before 「診療所」).
 * A rule with `skip` marks rows that are not care resources (消防団の詰所, 防災倉庫 …): they are
 * reported as left out, not silently dropped.
 */
export interface MappingRule {
  /** A word looked for in the type columns and the name (NFKC, spaces ignored). */
  match: string;
  /** Look only in the type columns (サービス種類 …) or only in the name; both when absent. */
  in?: 'type' | 'name';
  /** The category id in categories.yaml. */
  category?: string;
  /** The row is not a care resource: report it as left out. */
  skip?: boolean;
  /** Why it is skipped (shown in the report). */
  reason?: string;
}

export const DEFAULT_MAPPING: MappingRule[] = [
  // 介護保険のサービス（介護サービス情報公表・介護サービス事業所一覧のサービス種類）
  { match: '地域包括支援センター', category: 'houkatsu' },
  { match: '看護小規模多機能', category: 'shotaki' },
  { match: '小規模多機能', category: 'shotaki' },
  { match: '認知症対応型共同生活介護', category: 'group-home' },
  { match: 'グループホーム', category: 'group-home' },
  { match: '短期入所', category: 'short-stay' },
  { match: 'ショートステイ', category: 'short-stay' },
  { match: '定期巡回', category: 'visiting-care' },
  { match: '夜間対応型訪問介護', category: 'visiting-care' },
  { match: '訪問介護', category: 'visiting-care' },
  { match: '訪問看護', category: 'visiting-nursing' },
  { match: '居宅介護支援', category: 'home-care-support' },
  { match: '通所介護', category: 'day-service' },
  { match: '通所リハビリテーション', category: 'day-service' },
  { match: '放課後等デイサービス', skip: true, reason: '障害のある子どもの通所（使うなら --mapping で種別を指定）' },
  { match: 'デイサービス', category: 'day-service' },
  { match: 'サービス付き高齢者向け住宅', category: 'sakoju' },
  { match: '有料老人ホーム', category: 'yuryo-rojin' },
  { match: '介護老人福祉施設', category: 'tokuyo' },
  { match: '特別養護老人ホーム', category: 'tokuyo' },
  { match: '介護老人保健施設', category: 'rouken' },
  // 医療（医療機関の種類・名称）
  { match: '歯科', category: 'dental' },
  { match: '薬局', category: 'pharmacy' },
  { match: '病院', category: 'hospital' },
  { match: '診療所', category: 'clinic' },
  { match: 'クリニック', in: 'name', category: 'clinic' },
  { match: '医院', in: 'name', category: 'clinic' },
  // 地域の場（公共施設一覧の名称・備考）
  { match: '認知症カフェ', category: 'ninchisho-cafe' },
  { match: 'サロン', category: 'salon' },
  { match: '地域交流センター', category: 'community-center' },
  { match: '地域センター', category: 'community-center' },
  { match: '集会所', category: 'community-center' },
  { match: '公民館', category: 'community-center' },
  { match: 'コミュニティセンター', category: 'community-center' },
  { match: '福祉センター', category: 'community-center' },
  { match: '福祉会館', category: 'community-center' },
  { match: '老人福祉センター', category: 'community-center' },
  { match: '老人いこいの家', category: 'community-center' },
  { match: '集落センター', category: 'community-center' },
  { match: '学習等供用施設', category: 'community-center' },
  { match: '公会堂', category: 'community-center' },
  // 地域包括ケアの資源ではない公共施設
  { match: '防災', skip: true, reason: '防災の施設' },
  { match: '倉庫', skip: true, reason: '倉庫' },
  { match: '消防', skip: true, reason: '消防の施設' },
  { match: '水防', skip: true, reason: '水防の施設' },
  { match: '駐車場', skip: true, reason: '駐車場' },
  { match: '駐輪場', skip: true, reason: '駐輪場' },
  { match: 'トイレ', skip: true, reason: 'トイレ' },
  { match: '小学校', skip: true, reason: '学校' },
  { match: '中学校', skip: true, reason: '学校' },
  { match: '高校', skip: true, reason: '学校' },
  { match: '幼稚園', skip: true, reason: '幼稚園・保育園' },
  { match: '保育園', skip: true, reason: '幼稚園・保育園' },
  { match: '放課後児童クラブ', skip: true, reason: '子どもの施設' },
  { match: '団地', skip: true, reason: '市営住宅' },
  { match: 'グラウンド', skip: true, reason: 'スポーツ施設' },
  { match: '体育館', skip: true, reason: 'スポーツ施設' },
  { match: 'プール', skip: true, reason: 'スポーツ施設' },
  { match: '庁舎', skip: true, reason: '庁舎' },
  { match: '公園', skip: true, reason: '公園・広場' },
  { match: '広場', skip: true, reason: '公園・広場' },
  { match: 'テニス', skip: true, reason: 'スポーツ施設' },
  { match: '図書館', skip: true, reason: '図書館・博物館' },
  { match: '資料館', skip: true, reason: '図書館・博物館' },
  { match: '資料保管庫', skip: true, reason: '図書館・博物館' },
  { match: '記念館', skip: true, reason: '図書館・博物館' },
  { match: 'ミュージアム', skip: true, reason: '図書館・博物館' },
  { match: '展望台', skip: true, reason: '観光施設' },
  { match: '海水浴場', skip: true, reason: '観光施設' },
  { match: '水道', skip: true, reason: '水道の施設' },
  { match: '港湾', skip: true, reason: '港の施設' },
  { match: '給食センター', skip: true, reason: '学校給食' },
  { match: '児童クラブ', skip: true, reason: '子どもの施設' },
  { match: '学童保育', skip: true, reason: '子どもの施設' },
  { match: '児童センター', skip: true, reason: '子どもの施設' },
  { match: 'こども館', skip: true, reason: '子どもの施設' },
  { match: '医師住宅', skip: true, reason: '職員住宅' },
];

/** Text as rules see it: NFKC without spaces. */
export function mappingText(value: string): string {
  return value.normalize('NFKC').replace(/\s+/g, '');
}

export interface MappingResult {
  category?: string;
  skip?: { reason: string; match: string };
}

/** The first rule whose word appears in the type text or the name. */
export function applyMapping(rules: readonly MappingRule[], typeText: string, name: string): MappingResult | undefined {
  const type = mappingText(typeText);
  const plainName = mappingText(name);
  for (const rule of rules) {
    const word = mappingText(rule.match);
    const hit = (rule.in !== 'name' && type.includes(word)) || (rule.in !== 'type' && plainName.includes(word));
    if (!hit) continue;
    if (rule.skip) return { skip: { reason: rule.reason ?? '取り込まない種別', match: rule.match } };
    return { category: rule.category };
  }
  return undefined;
}
