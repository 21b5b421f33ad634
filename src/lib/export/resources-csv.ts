/**
 * /data/resources.csv: every resource in the 公共施設一覧 layout of the 自治体標準オープンデータセット
 * (所在地 split into its parts), followed by this site's own columns (種別, FAX, 事業所番号, 担当地区,
 * 開所時間 …) so that `npm run import` can rebuild the same entries from it. UTF-8 with BOM and
 * CRLF, which Excel opens without 文字化け.
 */
import {
  ACCESSIBILITY_LABELS,
  AUDIENCE_LABELS,
  CLOSURE_LABELS,
  COST_LABELS,
  DAYS,
  RESOURCE_STATUS_LABELS,
  TARGET_LABELS,
} from '../../schemas/index.ts';
import { stringifyCsv } from '../text/csv.ts';
import { formatHoursDetail } from '../import/hours-text.ts';
import { LAYOUTS } from '../import/layouts.ts';
import type { ResourceView, SiteModel } from '../model/model.ts';
import { prefectureOfCode } from './prefectures.ts';
import { htmlToText } from './text.ts';
import { DAY_LABELS } from '../../schemas/hours.ts';

export const RESOURCE_CSV_COLUMNS: readonly string[] = LAYOUTS.find((layout) => layout.id === 'site-export')!.columns;

/** Hiragana → katakana (the specs ask for 名称_カナ in カタカナ). */
export function toKatakana(kana: string): string {
  return kana.replace(/[\u3041-\u3096]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0x60));
}

export interface AddressSplit {
  prefecture: string;
  city: string;
  town: string;
  rest: string;
  building: string;
}

/**
 * 「みどり市本町1-2-3 本町ビル2階」 → 都道府県 / 市区町村 / 町字 / 番地以下 / 建物名等. Only the first
 * space separates the building, the way staff write it; a missing part stays empty.
 */
export function splitAddress(address: string, prefecture: string, municipality: string): AddressSplit {
  let main = address.trim();
  let building = '';
  const space = main.search(/[ 　]/);
  if (space > 0) {
    building = main.slice(space + 1).trim();
    main = main.slice(0, space);
  }
  let pref = '';
  if (main.startsWith(prefecture)) {
    pref = prefecture;
    main = main.slice(prefecture.length);
  }
  let city = '';
  if (main.startsWith(municipality)) {
    city = municipality;
    main = main.slice(municipality.length);
  }
  const chome = /^(.+?[0-9０-９一二三四五六七八九十]+丁目)(.*)$/.exec(main);
  const plain = /^(\D+?)([0-9０-９].*)$/.exec(main);
  const [town, rest] = chome ? [chome[1], chome[2]] : plain ? [plain[1], plain[2]] : [main, ''];
  // An address in another town keeps its own 都道府県・市区町村 inside 町字 rather than a wrong guess.
  return { prefecture: pref || (city ? prefecture : ''), city, town, rest, building };
}

/** Resources in a stable order: よみがな, then name, then id. */
export function exportOrder(resources: readonly ResourceView[]): ResourceView[] {
  return [...resources].sort(
    (a, b) => a.kana.localeCompare(b.kana, 'ja') || a.name.localeCompare(b.name, 'ja') || a.id.localeCompare(b.id),
  );
}

export function resourceCsvRows(model: SiteModel): string[][] {
  const { site } = model;
  const prefecture = prefectureOfCode(site.municipality.code) ?? '';
  const rows = exportOrder(model.resources).map((resource) => {
    const hours = resource.hours ?? [];
    const allDays = DAYS.filter((day) => hours.some((rule) => rule.days.includes(day)));
    const oneTime =
      hours.length > 0 && hours.every((rule) => rule.time === hours[0].time && !rule.weeks)
        ? hours[0].time.split('-')
        : ['', ''];
    const parts = resource.address ? splitAddress(resource.address, prefecture, site.municipality.name) : undefined;
    const operator = resource.operator ? model.organizationById.get(resource.operator) : undefined;
    const list = (values: readonly string[] | undefined) => (values ?? []).join(';');
    const cells: Record<string, string> = {
      全国地方公共団体コード: site.municipality.code,
      ID: resource.id,
      地方公共団体名: site.municipality.name,
      名称: resource.name,
      名称_カナ: toKatakana(resource.kana),
      所在地_連結表記: resource.address ?? '',
      所在地_都道府県: parts?.prefecture ?? '',
      所在地_市区町村: parts?.city ?? '',
      所在地_町字: parts?.town ?? '',
      所在地_番地以下: parts?.rest ?? '',
      '建物名等(方書)': parts?.building ?? '',
      緯度: resource.location ? String(resource.location.lat) : '',
      経度: resource.location ? String(resource.location.lng) : '',
      電話番号: resource.phone ?? '',
      連絡先メールアドレス: resource.email ?? '',
      郵便番号: resource.postalCode ?? '',
      法人番号: resource.identifiers?.corporateNo ?? '',
      団体名: operator?.name ?? '',
      利用可能曜日: allDays.map((day) => DAY_LABELS[day]).join(','),
      開始時間: oneTime[0],
      終了時間: oneTime[1],
      利用可能日時特記事項: resource.hoursNote ?? '',
      説明: resource.html ? htmlToText(resource.html) : '',
      バリアフリー情報: list(resource.accessibility?.map((item) => ACCESSIBILITY_LABELS[item])),
      URL: resource.url ?? '',
      種別: resource.categoryInfo.name,
      FAX番号: resource.fax ?? '',
      事業所番号: resource.identifiers?.jigyoshoNo ?? '',
      医療機関コード: resource.identifiers?.iryoKikanCode ?? '',
      状況: RESOURCE_STATUS_LABELS[resource.status],
      利用できる人: list(resource.audience.map((audience) => AUDIENCE_LABELS[audience])),
      対象者: list(resource.targets?.map((target) => TARGET_LABELS[target])),
      相談できること: list(resource.topics?.map((id) => model.topicById.get(id)?.name ?? id)),
      担当地区: list(resource.servesAreas?.map((id) => model.areaById.get(id)?.name ?? id)),
      開所時間: formatHoursDetail(hours),
      休み: list(resource.closed?.map((closure) => CLOSURE_LABELS[closure])),
      予約: resource.appointment === undefined ? '' : resource.appointment ? '要' : '不要',
      費用: resource.cost ? COST_LABELS[resource.cost] : '',
      費用の補足: resource.costNote ?? '',
      定員: resource.capacity?.total !== undefined ? String(resource.capacity.total) : '',
      空き: resource.capacity?.available !== undefined ? String(resource.capacity.available) : '',
      '定員・空きの時点': resource.capacity?.asOf ?? '',
      対応言語: list(resource.languages),
      '電話・オンラインのみ': resource.online ? 'はい' : '',
      情報確認日: resource.verifiedAt,
      出典: resource.source ?? '',
    };
    return RESOURCE_CSV_COLUMNS.map((column) => cells[column] ?? '');
  });
  return [[...RESOURCE_CSV_COLUMNS], ...rows];
}

/** The file: UTF-8 with BOM, CRLF, RFC 4180 quoting. */
export function resourcesCsv(model: SiteModel): string {
  return stringifyCsv(resourceCsvRows(model), { bom: true, eol: '\r\n' });
}
