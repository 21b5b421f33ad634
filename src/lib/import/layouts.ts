/**
 * The CSV layouts 自治体 and 厚生労働省 publish for care and medical places, and how to tell
 * them apart by their header row. Column names are matched loosely (NFKC, spaces and 「1.」
 * numbering removed), because real files differ in small ways from the specs.
 *
 * - 推奨データセット (2019–, 政府CIOポータル): one 住所 column plus 方書; the managing body as
 *   「都道府県コード又は市区町村コード」, 「NO」, 都道府県名, 市区町村名.
 * - 自治体標準オープンデータセット (デジタル庁, the successor): the address split into
 *   所在地_連結表記 / _都道府県 / _市区町村 / _町字 / _番地以下 / 建物名等(方書), and
 *   「全国地方公共団体コード」「ID」「地方公共団体名」 for the managing body.
 * - 介護サービス情報公表システムのオープンデータ (厚生労働省): one file per サービスの種類,
 *   事業所名 / 事業所名カナ, 方書（ビル名等）, and the 共生型 columns at the end.
 */

/** What a column means to us, whatever its name in a given file. */
export type Field =
  | 'municipalityCode'
  | 'recordId'
  | 'prefectureName'
  | 'municipalityName'
  | 'name'
  | 'kana'
  | 'nameEnglish'
  | 'nameAlias'
  | 'serviceType'
  | 'address'
  | 'addressJoined'
  | 'addressPrefecture'
  | 'addressCity'
  | 'addressTown'
  | 'addressRest'
  | 'building'
  | 'lat'
  | 'lng'
  | 'phone'
  | 'extension'
  | 'fax'
  | 'email'
  | 'postalCode'
  | 'corporateNo'
  | 'operatorName'
  | 'jigyoshoNo'
  | 'iryoKikanCode'
  | 'days'
  | 'opens'
  | 'closes'
  | 'hoursNote'
  | 'afterHours'
  | 'departments'
  | 'beds'
  | 'capacity'
  | 'description'
  | 'accessibility'
  | 'url'
  | 'note'
  // Extension columns of this site's own export (appended after the standard columns).
  | 'status'
  | 'audience'
  | 'targets'
  | 'topics'
  | 'servesAreas'
  | 'hoursDetail'
  | 'closed'
  | 'appointment'
  | 'cost'
  | 'costNote'
  | 'available'
  | 'capacityAsOf'
  | 'languages'
  | 'online'
  | 'verifiedAt'
  | 'source';

/** Header names (as published) for each field. The first is the name we write on export. */
export const FIELD_HEADERS: Record<Field, string[]> = {
  municipalityCode: [
    '全国地方公共団体コード',
    '都道府県コード又は市区町村コード',
    '都道府県コード又は市町村コード',
    '市区町村コード',
  ],
  recordId: ['ID', 'NO', 'No'],
  prefectureName: ['都道府県名'],
  municipalityName: ['地方公共団体名', '市区町村名'],
  name: ['名称', '介護サービス事業所名称', '事業所名', '事業所名称', '施設名', '医療機関名称'],
  kana: [
    '名称_カナ',
    '介護サービス事業所名称_カナ',
    '事業所名カナ',
    '事業所名_カナ',
    '名称カナ',
    'ふりがな',
    'フリガナ',
  ],
  nameEnglish: ['名称_英字', '名称_英語'],
  nameAlias: ['名称_通称'],
  serviceType: [
    'サービス種類',
    'サービスの種類',
    '実施サービス',
    '介護サービスの種類',
    '医療機関の種類',
    '種別',
    '区分',
    '施設種別',
    '分類',
  ],
  address: ['住所', '所在地'],
  addressJoined: ['所在地_連結表記', '所在地_連結標記'],
  addressPrefecture: ['所在地_都道府県'],
  addressCity: ['所在地_市区町村'],
  addressTown: ['所在地_町字'],
  addressRest: ['所在地_番地以下'],
  building: ['建物名等(方書)', '方書', '方書(ビル名等)'],
  lat: ['緯度'],
  lng: ['経度'],
  phone: ['電話番号'],
  extension: ['内線番号'],
  fax: ['FAX番号', 'FAX'],
  email: ['連絡先メールアドレス', 'メールアドレス'],
  postalCode: ['郵便番号'],
  corporateNo: ['法人番号'],
  operatorName: ['団体名', '法人の名称', '法人名', '運営主体'],
  jigyoshoNo: ['事業所番号', '介護保険事業所番号'],
  iryoKikanCode: ['医療機関コード'],
  days: ['利用可能曜日', '診療曜日'],
  opens: ['開始時間', '診療開始時間', '利用開始時間'],
  closes: ['終了時間', '診療終了時間', '利用終了時間'],
  hoursNote: ['利用可能日時特記事項', '利用可能曜日特記事項', '利用可能曜日特記事項(留意事項)', '診療日時特記事項'],
  afterHours: ['時間外における対応'],
  departments: ['診療科目'],
  beds: ['病床数'],
  capacity: ['定員'],
  description: ['説明'],
  accessibility: ['バリアフリー情報'],
  url: ['URL', 'ホームページ'],
  note: ['備考'],
  status: ['状況'],
  audience: ['利用できる人'],
  targets: ['対象者'],
  topics: ['相談できること'],
  servesAreas: ['担当地区'],
  hoursDetail: ['開所時間'],
  closed: ['休み'],
  appointment: ['予約'],
  cost: ['費用'],
  costNote: ['費用の補足'],
  available: ['空き'],
  capacityAsOf: ['定員・空きの時点'],
  languages: ['対応言語'],
  online: ['電話・オンラインのみ'],
  verifiedAt: ['情報確認日'],
  source: ['出典'],
};

/** How we compare header names: NFKC, no spaces, no leading 「1.」 numbering. */
export function normalizeHeader(header: string): string {
  return header
    .normalize('NFKC')
    .replace(/^\ufeff/, '')
    .replace(/\s+/g, '')
    .replace(/^\d+[.．、]/, '');
}

const HEADER_TO_FIELD = new Map<string, Field>();
for (const [field, headers] of Object.entries(FIELD_HEADERS) as [Field, string[]][]) {
  for (const header of headers) {
    const key = normalizeHeader(header);
    if (!HEADER_TO_FIELD.has(key)) HEADER_TO_FIELD.set(key, field);
  }
}

export type DatasetKind = 'kaigo' | 'iryo' | 'shisetsu' | 'kouhyou' | 'other';

export interface Layout {
  id: string;
  /** Japanese name shown in the import report. */
  label: string;
  kind: DatasetKind;
  /** The columns in the order the spec lists them (used for detection and for export). */
  columns: string[];
  /** Columns whose presence identifies the layout (all must be there). */
  signature: string[];
}

// The columns below are our reading of the published specifications, written out here so the
// importer can recognise the files and the exporter can write them. Files rarely match exactly;
// detection therefore scores by overlap and reads every column through FIELD_HEADERS.
/** 自治体標準オープンデータセット 公共施設一覧 (split address); the site's own export starts with them. */
const SHISETSU_STANDARD_COLUMNS = [
  '全国地方公共団体コード',
  'ID',
  '地方公共団体名',
  '名称',
  '名称_カナ',
  '名称_英字',
  'POIコード',
  '所在地_連結表記',
  '所在地_都道府県',
  '所在地_市区町村',
  '所在地_町字',
  '所在地_番地以下',
  '建物名等(方書)',
  '緯度',
  '経度',
  '電話番号',
  '内線番号',
  '連絡先メールアドレス',
  '郵便番号',
  '法人番号',
  '団体名',
  '利用可能曜日',
  '開始時間',
  '終了時間',
  '利用可能日時特記事項',
  '説明',
  'バリアフリー情報',
  'URL',
  '備考',
];

export const LAYOUTS: Layout[] = [
  {
    id: 'kaigo-2019',
    label: '推奨データセット 介護サービス事業所一覧（住所1列の旧形式）',
    kind: 'kaigo',
    columns: [
      '都道府県コード又は市区町村コード',
      'NO',
      '都道府県名',
      '市区町村名',
      '名称',
      '名称_カナ',
      '事業所番号',
      'サービス種類',
      '住所',
      '方書',
      '緯度',
      '経度',
      '電話番号',
      '内線番号',
      'FAX番号',
      '法人番号',
      '法人の名称',
      '利用可能曜日',
      '利用可能曜日特記事項',
      '定員',
      'URL',
      '備考',
    ],
    signature: ['事業所番号', '住所'],
  },
  {
    id: 'iryo-2019',
    label: '推奨データセット 医療機関一覧（住所1列の旧形式）',
    kind: 'iryo',
    columns: [
      '都道府県コード又は市区町村コード',
      'NO',
      '都道府県名',
      '市区町村名',
      '名称',
      '名称_カナ',
      '医療機関の種類',
      '住所',
      '方書',
      '緯度',
      '経度',
      '電話番号',
      '内線番号',
      'FAX番号',
      '法人番号',
      '法人の名称',
      '医療機関コード',
      '診療曜日',
      '診療開始時間',
      '診療終了時間',
      '診療日時特記事項',
      '時間外における対応',
      '診療科目',
      '病床数',
      'URL',
      '備考',
    ],
    signature: ['医療機関の種類', '住所'],
  },
  {
    id: 'shisetsu-2019',
    label: '推奨データセット 公共施設一覧（住所1列の旧形式）',
    kind: 'shisetsu',
    columns: [
      '都道府県コード又は市区町村コード',
      'NO',
      '都道府県名',
      '市区町村名',
      '名称',
      '名称_カナ',
      '名称_通称',
      'POIコード',
      '住所',
      '方書',
      '緯度',
      '経度',
      '電話番号',
      '内線番号',
      '法人番号',
      '団体名',
      '利用可能曜日',
      '開始時間',
      '終了時間',
      '利用可能日時特記事項',
      '説明',
      'バリアフリー情報',
      'URL',
      '備考',
    ],
    signature: ['名称', '住所', '利用可能日時特記事項'],
  },
  {
    id: 'kaigo-standard',
    label: '自治体標準オープンデータセット 介護サービス事業所一覧（所在地を分けた形式）',
    kind: 'kaigo',
    columns: [
      '全国地方公共団体コード',
      'ID',
      '地方公共団体名',
      '名称',
      '名称_カナ',
      '名称_英字',
      '事業所番号',
      'サービス種類',
      '所在地_連結表記',
      '所在地_都道府県',
      '所在地_市区町村',
      '所在地_町字',
      '所在地_番地以下',
      '建物名等(方書)',
      '緯度',
      '経度',
      '電話番号',
      '内線番号',
      'FAX番号',
      '連絡先メールアドレス',
      '郵便番号',
      '法人番号',
      '法人の名称',
      '利用可能曜日',
      '開始時間',
      '終了時間',
      '利用可能日時特記事項',
      '定員',
      'URL',
      '備考',
    ],
    signature: ['事業所番号', '所在地_連結表記'],
  },
  {
    id: 'iryo-standard',
    label: '自治体標準オープンデータセット 医療機関一覧（所在地を分けた形式）',
    kind: 'iryo',
    columns: [
      '全国地方公共団体コード',
      'ID',
      '地方公共団体名',
      '名称',
      '名称_カナ',
      '名称_英字',
      '医療機関の種類',
      '所在地_連結表記',
      '所在地_都道府県',
      '所在地_市区町村',
      '所在地_町字',
      '所在地_番地以下',
      '建物名等(方書)',
      '緯度',
      '経度',
      '電話番号',
      '内線番号',
      'FAX番号',
      '郵便番号',
      '法人番号',
      '法人の名称',
      '医療機関コード',
      '診療曜日',
      '診療開始時間',
      '診療終了時間',
      '診療日時特記事項',
      '時間外における対応',
      '診療科目',
      '病床数',
      'URL',
      '備考',
    ],
    signature: ['医療機関の種類', '所在地_連結表記'],
  },
  {
    id: 'shisetsu-standard',
    label: '自治体標準オープンデータセット 公共施設一覧（所在地を分けた形式）',
    kind: 'shisetsu',
    columns: SHISETSU_STANDARD_COLUMNS,
    signature: ['名称', '所在地_連結表記'],
  },
  {
    id: 'site-export',
    label: 'このサイトの書き出し（/data/resources.csv：公共施設一覧の列＋独自の列）',
    kind: 'shisetsu',
    // The 公共施設一覧 columns first, then ours at the end, where the 推奨データセット guidance
    // puts a municipality's own items; together they carry everything a round trip needs.
    columns: [
      ...SHISETSU_STANDARD_COLUMNS,
      '種別',
      'FAX番号',
      '事業所番号',
      '医療機関コード',
      '状況',
      '利用できる人',
      '対象者',
      '相談できること',
      '担当地区',
      '開所時間',
      '休み',
      '予約',
      '費用',
      '費用の補足',
      '定員',
      '空き',
      '定員・空きの時点',
      '対応言語',
      '電話・オンラインのみ',
      '情報確認日',
      '出典',
    ],
    signature: ['所在地_連結表記', '開所時間', '情報確認日'],
  },
  {
    id: 'kouhyou',
    label: '介護サービス情報公表システム オープンデータ（厚生労働省）',
    kind: 'kouhyou',
    columns: [
      '都道府県コード又は市町村コード',
      'No',
      '都道府県名',
      '市区町村名',
      '事業所名',
      '事業所名カナ',
      'サービスの種類',
      '住所',
      '方書（ビル名等）',
      '緯度',
      '経度',
      '電話番号',
      'FAX番号',
      '法人番号',
      '法人の名称',
      '事業所番号',
      '利用可能曜日',
      '利用可能曜日特記事項',
      '定員',
      'URL',
      '高齢者の方と障害者の方が同時一体的に利用できるサービス',
      '介護保険の通常の指定基準を満たしている',
      '障害福祉の通常の指定基準を満たしている',
      '備考',
    ],
    signature: ['事業所名', 'サービスの種類', '事業所番号'],
  },
];

export interface DetectedLayout {
  layout: Layout;
  /** Field of each column (undefined for columns we do not read). */
  fields: (Field | undefined)[];
  /** Front-matter paths the mapping file gives to columns the converter has no rule of its own for. */
  paths?: (string | undefined)[];
  /** How many columns the mapping file named. */
  mappedColumns?: number;
  /** Columns we did not recognise (kept out of the conversion, listed in the report). */
  unknownColumns: string[];
  /** Share of the layout's columns found in the file (1 = all). */
  coverage: number;
}

/** A layout for files that match none of the above but name their columns recognisably. */
export const GENERIC_LAYOUT: Layout = {
  id: 'generic',
  label: '列名から読み取った独自の形式',
  kind: 'other',
  columns: [],
  signature: [],
};

/**
 * Which layout a header row belongs to: every layout whose signature columns are all present,
 * the one covering most of its own columns wins; else the generic reading by column names.
 */
export function detectLayout(header: readonly string[]): DetectedLayout {
  const names = header.map(normalizeHeader);
  const present = new Set(names);
  let best: { layout: Layout; coverage: number; matched: number } | undefined;
  for (const layout of LAYOUTS) {
    if (!layout.signature.every((column) => present.has(normalizeHeader(column)))) continue;
    const matched = layout.columns.filter((column) => present.has(normalizeHeader(column))).length;
    const coverage = matched / layout.columns.length;
    // A layout fully present beats a partial one; between full ones, the larger (more specific) wins.
    if (!best || coverage > best.coverage || (coverage === best.coverage && matched > best.matched))
      best = { layout, coverage, matched };
  }
  const fields = names.map((name) => HEADER_TO_FIELD.get(name));
  // A column name used twice (「住所」 twice) is read once: the first wins.
  const seen = new Set<Field>();
  const unique = fields.map((field) => {
    if (!field || seen.has(field)) return undefined;
    seen.add(field);
    return field;
  });
  return {
    layout: best?.layout ?? GENERIC_LAYOUT,
    fields: unique,
    unknownColumns: header.filter((_, index) => fields[index] === undefined && header[index].trim() !== ''),
    coverage: best?.coverage ?? 0,
  };
}

export type RowValues = Partial<Record<Field, string>> & {
  /** Cells of columns mapped to a front-matter path (`area`, `costNote` …) that is set as written. */
  other?: Record<string, string>;
};

/** One record as field values (trimmed; empty cells left out). */
export function readRow(detected: DetectedLayout, record: readonly string[]): RowValues {
  const values: RowValues = {};
  record.forEach((cell, index) => {
    const value = cell.trim();
    if (value === '') return;
    const field = detected.fields[index];
    const path = detected.paths?.[index];
    if (field) values[field] = value;
    else if (path) values.other = { ...values.other, [path]: value };
  });
  return values;
}
