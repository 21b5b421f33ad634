/**
 * One CSV row → the front matter of a resource file, or the reason it cannot become one.
 * The result is checked against the resource schema before it is offered, so whatever the
 * importer writes is valid content (references are resolved against the target folder here).
 */
import {
  ACCESSIBILITY,
  ACCESSIBILITY_LABELS,
  AUDIENCE_LABELS,
  AUDIENCES,
  COST_LABELS,
  COSTS,
  RESOURCE_STATUS_LABELS,
  RESOURCE_STATUSES,
  resourceSchema,
  TARGET_LABELS,
  TARGETS,
  type Category,
  type Topic,
} from '../../schemas/index.ts';
import { reportIssues } from '../content/error-map.ts';
import { textToMarkdown } from '../export/text.ts';
import { DEFAULT_NEW_YEAR_PERIOD, DEFAULT_OBON_PERIOD } from '../hours/open-status.ts';
import { isInJapan } from '../map/geo.ts';
import { normalizeKana, normalizePhone, normalizePostalCode } from '../text/normalize.ts';
import type { ClosurePeriods } from './closures-text.ts';
import { applyDefaults, setOtherPaths, withTextDefaults, type Default } from './defaults.ts';
import { applyMapping, type MappingRule } from './default-mapping.ts';
import { timeFields } from './hours-columns.ts';
import type { KanaProposer } from './kana-proposal.ts';
import { labelsToValues } from './labels.ts';
import type { RowValues } from './layouts.ts';

export interface ConvertContext {
  rules: readonly MappingRule[];
  categories: readonly Category[];
  topics: readonly Topic[];
  areas: readonly { id: string; name: string }[];
  organizations: readonly { id: string; name: string }[];
  /** 情報確認日 for rows that do not say (YYYY-MM-DD). */
  verifiedAt: string;
  /** 出典 for rows that do not say. */
  source: string;
  /** Values every row shares (the mapping file's defaults:), used where a row has none. */
  defaults?: readonly Default[];
  /** Proposes よみがな for a row without a readable one; without it such rows are reported. */
  proposeKana?: KanaProposer;
  /** The site's 年末年始 and お盆, to read closures in notes (the built-in periods when absent). */
  periods?: ClosurePeriods;
}

export interface ConvertedRow {
  ok: true;
  /** Front matter, keys in the schema's order, values already normalized. */
  data: Record<string, unknown>;
  /** Markdown body (from 説明), paragraphs separated by blank lines. */
  body?: string;
  /** The ID column when it looks like one of our ids (our own export). */
  suggestedId?: string;
  /** Things the clerk should know (a phone that could not be read, an unknown 運営主体 …). */
  notes: string[];
  /** Fields that are a fallback (曜日 as text): on an existing entry they only fill a gap. */
  fillOnly: string[];
  /** The よみがな was proposed by the analyzer, not read from the list (to be checked). */
  proposedKana?: true;
}

export interface RejectedRow {
  ok: false;
  /** skipped: left out on purpose by the mapping; error: could not be converted. */
  kind: 'skipped' | 'error';
  reason: string;
}

const SCHEMA_KEYS = Object.keys(resourceSchema.shape);
const plain = (value: string) => value.normalize('NFKC').replace(/\s+/g, '');

/** よみがな from 名称_カナ: katakana → hiragana; brackets, dots and Latin/digits dropped. */
function readingOf(values: RowValues, notes: string[]): string | undefined {
  const raw =
    values.kana ??
    (/^[\p{Script=Hiragana}\p{Script=Katakana}ー\s]+$/u.test(values.name ?? '') ? values.name : undefined);
  if (!raw) return undefined;
  const direct = normalizeKana(raw);
  if (direct.ok) return direct.value;
  const kept = raw
    .normalize('NFKC')
    .replace(/[^\p{Script=Hiragana}\p{Script=Katakana}ー\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const cleaned = normalizeKana(kept);
  if (!cleaned.ok) return undefined;
  notes.push(`よみがな「${raw}」のかな以外の文字を除きました`);
  return cleaned.value;
}

function number(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text.normalize('NFKC').replace(/,/g, ''));
  return Number.isFinite(value) ? value : undefined;
}

function digits(text: string | undefined, pattern: RegExp): string | undefined {
  if (!text) return undefined;
  const value = text.normalize('NFKC').replace(/[\s-]/g, '');
  return pattern.test(value) ? value : undefined;
}

/** The address as one line: 所在地_連結表記, or the split parts, or 住所 + 方書. */
export function addressOf(values: RowValues): string | undefined {
  if (values.addressJoined) return values.addressJoined;
  const building = values.building;
  const withBuilding = (main: string) =>
    building && !plain(main).endsWith(plain(building)) ? `${main} ${building}` : main;
  if (values.addressTown || values.addressRest) {
    return withBuilding(
      [values.addressPrefecture, values.addressCity, values.addressTown, values.addressRest].filter(Boolean).join(''),
    );
  }
  if (values.address) return withBuilding(values.address);
  return undefined;
}

/** A row on its way to front matter: each phase adds fields to `data` and things to tell to `notes`. */
interface RowDraft {
  values: RowValues;
  context: ConvertContext;
  data: Record<string, unknown>;
  notes: string[];
}

const rejected = (reason: string): RejectedRow => ({ ok: false, kind: 'error', reason });

/** The 種別: a category named in サービス種類, else the mapping's answer for the row. */
function categoryOf(values: RowValues, name: string, context: ConvertContext): Category | RejectedRow {
  const typeText = [values.serviceType, values.note].filter(Boolean).join(' ');
  const byName = values.serviceType
    ? context.categories.find((category) => plain(category.name) === plain(values.serviceType!))
    : undefined;
  let categoryId = byName?.id;
  if (!categoryId) {
    const mapped = applyMapping(context.rules, typeText, name);
    if (mapped?.skip)
      return { ok: false, kind: 'skipped', reason: `対象外（${mapped.skip.reason}: 「${mapped.skip.match}」を含む）` };
    // The mapping file's defaults: category (a list of one kind) decides when no rule does.
    const fallback = context.defaults?.find((entry) => entry.target === 'category')?.value as string | undefined;
    if (!mapped?.category && !fallback) {
      const column = values.serviceType ? `サービス種類「${values.serviceType}」` : '種別の列がなく名称';
      return rejected(`種別を決められません（${column}に合う対応がありません。--mapping の対応表に書いてください）`);
    }
    categoryId = mapped?.category ?? fallback!;
  }
  const category = context.categories.find((candidate) => candidate.id === categoryId);
  if (!category)
    return rejected(
      `種別「${categoryId}」が categories.yaml にありません（対応表か categories.yaml を直してください）`,
    );
  return category;
}

/** Ids for names or ids separated by ; (topics, areas), and the pieces that match neither. */
function byNameOrId<T extends { id: string; name: string }>(list: readonly T[], text: string) {
  const found: string[] = [];
  const missing: string[] = [];
  for (const piece of text
    .split(/[;；]/)
    .map((part) => part.trim())
    .filter(Boolean)) {
    const hit = list.find((item) => item.name === piece || item.id === piece);
    if (hit) found.push(hit.id);
    else missing.push(piece);
  }
  return { found, missing };
}

/** Values written only by this site's own export: status, 運営主体, 対象, 困りごと, 担当地区. */
function addOwnExportFields({ values, context, data, notes }: RowDraft): RejectedRow | undefined {
  if (values.status) {
    const status = RESOURCE_STATUSES.find(
      (candidate) => RESOURCE_STATUS_LABELS[candidate] === values.status || candidate === values.status,
    );
    if (status && status !== 'active') data.status = status;
  }
  if (values.operatorName) {
    const operator = context.organizations.find(
      (organization) => plain(organization.name) === plain(values.operatorName!),
    );
    if (operator) data.operator = operator.id;
    else notes.push(`運営主体「${values.operatorName}」は organizations/ にないため、operator は書いていません`);
  }
  if (values.audience) {
    const { values: audience } = labelsToValues(values.audience.replace(/・/g, ';'), AUDIENCES, AUDIENCE_LABELS);
    if (audience.length && !(audience.length === 1 && audience[0] === 'resident')) data.audience = audience;
  }
  if (values.targets) {
    const { values: targets } = labelsToValues(values.targets, TARGETS, TARGET_LABELS);
    if (targets.length) data.targets = targets;
  }
  if (values.topics) {
    const { found, missing } = byNameOrId(context.topics, values.topics);
    if (missing.length) return rejected(`相談できること「${missing.join('、')}」が topics.yaml にありません`);
    data.topics = found;
  }
  if (values.servesAreas) {
    const { found, missing } = byNameOrId(context.areas, values.servesAreas);
    if (missing.length) return rejected(`担当地区「${missing.join('、')}」が areas/ にありません`);
    data.servesAreas = found;
  }
  return undefined;
}

/** A 相談窓口 is found by area and topic: without them it cannot be offered (defaults: may give both). */
function windowProblem({ data }: RowDraft, category: Category): RejectedRow | undefined {
  if (category.kind !== 'window' || (data.topics && data.servesAreas)) return undefined;
  return rejected(
    `相談窓口（${category.name}）には「担当地区」と「相談できること」が要りますが、この行にはありません。対応表の defaults: に書くか、窓口は手で登録してください`,
  );
}

/** Address, 〒 and location; a place that is not online-only needs an address and a location. */
function addWhere({ values, data, notes }: RowDraft, online: boolean): RejectedRow | undefined {
  const address = addressOf(values);
  if (address) data.address = address;
  if (values.postalCode) {
    const postal = normalizePostalCode(values.postalCode);
    if (postal.ok) data.postalCode = postal.value;
    else notes.push(`郵便番号を読めませんでした: ${postal.reason}`);
  }
  const lat = number(values.lat);
  const lng = number(values.lng);
  if (lat !== undefined && lng !== undefined && (lat !== 0 || lng !== 0)) {
    if (!isInJapan(lat, lng)) {
      const swapped = isInJapan(lng, lat);
      return rejected(
        swapped
          ? `緯度 ${lat}・経度 ${lng} が逆になっているようです（日本の外を指しています）`
          : `緯度 ${lat}・経度 ${lng} は日本の外です`,
      );
    }
    data.location = { lat, lng };
  }
  if (!online) {
    if (!address) return rejected('住所がありません');
    if (!data.location)
      return rejected('緯度・経度がありません（地図に置けないため取り込めません。位置を調べて CSV に書いてください）');
  }
  return undefined;
}

/** Phone, FAX, e-mail and URL; what cannot be read becomes a note, never a wrong value. */
function addContact({ values, data, notes }: RowDraft): void {
  for (const [field, key, label] of [
    ['phone', 'phone', '電話番号'],
    ['fax', 'fax', 'FAX番号'],
  ] as const) {
    const text = values[field];
    if (!text) continue;
    const phone = normalizePhone(text);
    if (phone.ok) data[key] = phone.value;
    else notes.push(`${label}を読めませんでした: ${phone.reason}`);
  }
  if (values.extension) notes.push(`内線番号「${values.extension}」は書く欄がないため取り込んでいません`);
  if (values.email) {
    if (/^[^\s@<>()"']+@[^\s@<>()"']+\.[^\s@<>()"']+$/.test(values.email)) data.email = values.email;
    else notes.push(`メールアドレス「${values.email}」の形が正しくありません`);
  }
  if (values.url) {
    if (/^https?:\/\/[^\s]+$/.test(values.url)) data.url = values.url;
    else notes.push(`URL「${values.url}」は http:// か https:// で始まっていないため取り込んでいません`);
  }
}

/** Hours, closures and the hours note; returns the fields that only fill a gap (see ConvertedRow). */
function addTime({ values, context, data, notes }: RowDraft): string[] {
  const periods = context.periods ?? { newYear: DEFAULT_NEW_YEAR_PERIOD, obon: DEFAULT_OBON_PERIOD };
  const { fillOnly, ...fields } = timeFields(values, periods, notes);
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) data[key] = value;
  return fillOnly;
}

/** 予約, 費用, バリアフリー and languages. */
function addTerms({ values, data, notes }: RowDraft): void {
  if (values.appointment)
    data.appointment = /^(要|要予約|必要|はい|true|○|〇)$/.test(values.appointment.normalize('NFKC'));
  if (values.cost) {
    const cost = COSTS.find((candidate) => COST_LABELS[candidate] === values.cost || candidate === values.cost);
    if (cost) data.cost = cost;
  }
  if (values.costNote) data.costNote = values.costNote;
  if (values.accessibility) {
    const { values: accessibility, unknown } = labelsToValues(
      values.accessibility,
      ACCESSIBILITY,
      ACCESSIBILITY_LABELS,
    );
    if (accessibility.length) data.accessibility = accessibility;
    if (unknown.length)
      notes.push(`バリアフリー情報「${unknown.join('、')}」は決まった項目に当てはまらないため取り込んでいません`);
  }
  if (values.languages) {
    const languages = values.languages
      .split(/[;；]/)
      .map((part) => part.trim())
      .filter(Boolean);
    if (languages.length && !(languages.length === 1 && languages[0] === 'ja')) data.languages = languages;
  }
}

/** 情報確認日, 定員・空き, 出典 and the official numbers (事業所番号, 医療機関コード, 法人番号). */
function addRecordFacts({ values, context, data, notes }: RowDraft): void {
  const verifiedAt =
    values.verifiedAt && /^\d{4}-\d{2}-\d{2}$/.test(values.verifiedAt) ? values.verifiedAt : context.verifiedAt;
  const total = number(values.capacity);
  const available = number(values.available);
  if (values.capacity && total === undefined)
    notes.push(`定員「${values.capacity}」は数として読めないため取り込んでいません`);
  if (values.available && available === undefined)
    notes.push(`空き「${values.available}」は数として読めないため取り込んでいません`);
  // 介護サービス情報公表 writes 0 for 「not stated」; our own export says when a 0 is meant (時点).
  const totalKnown = total !== undefined && (total > 0 || (total === 0 && values.capacityAsOf !== undefined));
  if (totalKnown || available !== undefined || values.capacityAsOf) {
    const capacity: Record<string, unknown> = {};
    if (totalKnown) capacity.total = Math.round(total!);
    if (available !== undefined) capacity.available = Math.round(available);
    capacity.asOf = values.capacityAsOf ?? verifiedAt;
    data.capacity = capacity;
  }
  data.verifiedAt = verifiedAt;
  data.source = values.source ?? context.source;

  const identifiers: Record<string, string> = {};
  const jigyoshoNo = digits(values.jigyoshoNo, /^\d{10}$/);
  const iryoKikanCode = digits(values.iryoKikanCode, /^(\d{7}|\d{10})$/);
  const corporateNo = digits(values.corporateNo, /^\d{13}$/);
  if (jigyoshoNo) identifiers.jigyoshoNo = jigyoshoNo;
  else if (values.jigyoshoNo) notes.push(`事業所番号「${values.jigyoshoNo}」は10桁の数字ではありません`);
  if (iryoKikanCode) identifiers.iryoKikanCode = iryoKikanCode;
  if (corporateNo) identifiers.corporateNo = corporateNo;
  if (Object.keys(identifiers).length) data.identifiers = identifiers;
}

/** The schema has the last word: anything it refuses is reported, never written. */
function checkedRow({ values, data, notes }: RowDraft, fillOnly: string[]): ConvertedRow | RejectedRow {
  const checked = resourceSchema.safeParse(data);
  if (!checked.success) {
    const [report] = reportIssues(resourceSchema, data, checked.error.issues);
    return rejected(`内容の検証で誤り（${report?.message ?? checked.error.issues[0].message}）`);
  }
  const ordered: Record<string, unknown> = {};
  for (const key of SCHEMA_KEYS) if (data[key] !== undefined) ordered[key] = data[key];

  const suggestedId = values.recordId && /^[a-z][a-z0-9-]*$/.test(values.recordId) ? values.recordId : undefined;
  const body = values.description ? textToMarkdown(values.description) : undefined;
  return { ok: true, data: ordered, body, suggestedId, notes, fillOnly };
}

/** The row's よみがな; proposed by the analyzer when the list has none that reads as kana. */
function kanaOf(values: RowValues, name: string, context: ConvertContext, notes: string[]) {
  const given = readingOf(values, notes);
  if (given) return { kana: given };
  const missing = `よみがな（名称_カナ）がないか、かなで読めません（「${values.kana ?? ''}」）`;
  if (!context.proposeKana) return rejected(missing);
  const proposal = context.proposeKana(name);
  if (!proposal.ok) return rejected(`よみがながなく、推定もできません: ${proposal.reason}`);
  if (values.kana) notes.push(`よみがなの列「${values.kana}」がかなで読めないため、名称から推定しました`);
  return { kana: proposal.kana, proposed: true as const };
}

/** Values the clerk named in the mapping file: cells of fields without a rule here, then defaults. */
function addMapped({ values, context, data, notes }: RowDraft): void {
  const known = {
    categories: context.categories,
    topics: context.topics,
    areas: context.areas,
    organizations: context.organizations,
  } as Record<string, readonly { id: string }[] | undefined>;
  const knows = (collection: string, id: string) => !!known[collection]?.some((entry) => entry.id === id);
  setOtherPaths(data, values.other, { notes, knows });
  applyDefaults(data, context.defaults ?? []);
}

export function convertRow(input: RowValues, context: ConvertContext): ConvertedRow | RejectedRow {
  const notes: string[] = [];
  const values = withTextDefaults(input, context.defaults ?? []);
  const name = values.name?.trim();
  if (!name) return rejected('名称がありません');
  const category = categoryOf(values, name, context);
  if ('ok' in category) return category;
  const kana = kanaOf(values, name, context, notes);
  if ('ok' in kana) return kana;

  const draft: RowDraft = { values, context, data: { name, kana: kana.kana, category: category.id }, notes };
  const online =
    values.online === 'はい' ||
    values.online === 'true' ||
    context.defaults?.some((entry) => entry.target === 'online' && entry.value === true) === true;
  const refused = addOwnExportFields(draft) ?? addWhere(draft, online);
  if (refused) return refused;
  addContact(draft);
  const fillOnly = addTime(draft);
  addTerms(draft);
  if (online) draft.data.online = true;
  addRecordFacts(draft);
  addMapped(draft);
  const problem = windowProblem(draft, category);
  if (problem) return problem;
  const row = checkedRow(draft, kana.proposed ? [...fillOnly, 'kana'] : fillOnly);
  return row.ok && kana.proposed ? { ...row, proposedKana: true } : row;
}
