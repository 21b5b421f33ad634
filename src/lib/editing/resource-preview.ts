/**
 * What the CMS's preview shows for a resource being edited: the same sections, words and order as
 * its page on the site (src/pages/resources/[id].astro), from the form's data as typed. The data is
 * not validated yet (a half-typed time, a number in a text box), so every value is read
 * defensively; anything odd is left out rather than shown wrongly. Everything here is text: the
 * renderer (src/scripts/editing/resource-preview.ts) puts it into text nodes, never into HTML.
 *
 * Pure and browser-safe: the names of categories, areas … and the schemas' Japanese labels come
 * in as `lookups` (written into /admin/ at build time), so the browser bundle imports no schema.
 * For the same reason the weekly table is drawn here rather than with hours/hours.ts (which reads
 * the schemas); resource-preview.test.ts checks that both draw the same table.
 */
import { formatDate } from '../text/format.ts';

type Names = Record<string, string>;

export interface PreviewLookups {
  categories: Names;
  areas: Names;
  organizations: Names;
  resources: Names;
  topics: Names;
  labels: {
    status: Names;
    audience: Names;
    targets: Names;
    cost: Names;
    accessibility: Names;
    /** mon … sun → 月 … 日, in the week's order (DAY_LABELS). */
    days: Names;
    /** holiday, newyear, obon → their words (CLOSURE_LABELS). */
    closures: Names;
  };
}

export interface PreviewView {
  name: string;
  kana?: string;
  /** 「種別・地域」 under the name. */
  placeLine: string;
  notice?: string;
  phone?: string;
  facts: { label: string; value: string }[];
  hours: { label: string; value: string }[];
  closures?: string;
  hoursNote?: string;
  topics: string[];
  servesAreas: string[];
  /** The description, as paragraphs of plain text. */
  paragraphs: string[];
  referrals: string[];
  about: { label: string; value: string }[];
}

type Data = Record<string, unknown>;

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? value.trim() : typeof value === 'number' ? String(value) : undefined;
const texts = (value: unknown): string[] =>
  Array.isArray(value) ? value.map(text).filter((item): item is string => item !== undefined) : [];
const nameOf = (names: Names, id: unknown) => (text(id) ? (names[text(id)!] ?? text(id)) : undefined);
const isDate = (value: unknown): value is string => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);

export function resourcePreview(data: Data, lookups: PreviewLookups): PreviewView {
  const { labels } = lookups;
  const status = text(data.status) ?? 'active';
  return {
    name: text(data.name) ?? '（名称）',
    kana: text(data.kana),
    placeLine: [nameOf(lookups.categories, data.category), nameOf(lookups.areas, data.area)].filter(Boolean).join('・'),
    notice:
      status === 'suspended'
        ? `${labels.status.suspended}：現在、休止しています。再開の予定は運営者にお問い合わせください。`
        : status === 'closed'
          ? `${labels.status.closed}：この事業は廃止されました。記録のために掲載しています。`
          : undefined,
    phone: text(data.phone),
    facts: facts(data, lookups),
    hours: hoursRows(data.hours, labels.days),
    closures: closureWords(texts(data.closed), labels.closures),
    hoursNote: text(data.hoursNote),
    topics: texts(data.topics).map((id) => lookups.topics[id] ?? id),
    servesAreas: texts(data.servesAreas).map((id) => lookups.areas[id] ?? id),
    paragraphs: (typeof data.body === 'string' ? data.body : '')
      .split(/\n\s*\n/)
      .map((paragraph) => paragraph.trim())
      .filter(Boolean),
    referrals: Array.isArray(data.refersTo)
      ? data.refersTo.map((item) => nameOf(lookups.resources, (item as Data)?.resource)).filter((n) => n !== undefined)
      : [],
    about: [
      ...(isDate(data.verifiedAt) ? [{ label: '情報確認日', value: formatDate(data.verifiedAt) }] : []),
      ...(text(data.source) ? [{ label: '出典', value: text(data.source)! }] : []),
    ],
  };
}

/** 基本情報, in the page's order; rows without a value are left out, as on the page. */
function facts(data: Data, lookups: PreviewLookups): { label: string; value: string }[] {
  const { labels } = lookups;
  const listed = (values: unknown, names: Names) =>
    texts(values)
      .map((value) => names[value] ?? value)
      .join('・') || undefined;
  const postal = text(data.postalCode);
  const address = text(data.address);
  const capacity = (data.capacity ?? {}) as Data;
  const rows: [string, string | undefined][] = [
    ['住所', address && `${postal ? `〒${postal} ` : ''}${address}`],
    ['利用の方法', data.online === true ? '電話・オンラインで利用できます（訪ねる場所はありません）' : undefined],
    ['電話', text(data.phone)],
    ['FAX', text(data.fax)],
    ['メール', text(data.email)],
    ['ホームページ', text(data.url)],
    ['利用できる人', listed(data.audience ?? ['resident'], labels.audience)],
    ['対象者', listed(data.targets, labels.targets)],
    [
      '予約',
      typeof data.appointment === 'boolean' ? (data.appointment ? '予約が必要です' : '予約は不要です') : undefined,
    ],
    ['費用', [nameOf(labels.cost, data.cost), text(data.costNote)].filter(Boolean).join('・') || undefined],
    ['定員・空き', capacityText(capacity)],
    ['バリアフリー', listed(data.accessibility, labels.accessibility)],
    ['運営', nameOf(lookups.organizations, data.operator)],
  ];
  return rows
    .filter((row): row is [string, string] => row[1] !== undefined)
    .map(([label, value]) => ({ label, value }));
}

function capacityText(capacity: Data): string | undefined {
  const parts = [
    typeof capacity.total === 'number' ? `定員 ${capacity.total}人` : undefined,
    typeof capacity.available === 'number' ? `空き ${capacity.available}人` : undefined,
  ].filter(Boolean);
  if (parts.length === 0) return undefined;
  return `${parts.join(' ')}${isDate(capacity.asOf) ? `（${formatDate(capacity.asOf)}時点）` : ''}`;
}

interface Rule {
  days: string[];
  time: string;
  weeks: number[];
}

/** One row per day 月〜日 (「休み」 for days without hours), like the page's table; half-typed rules wait. */
function hoursRows(hours: unknown, dayLabels: Names): { label: string; value: string }[] {
  const rules: Rule[] = (Array.isArray(hours) ? hours : []).flatMap((rule: Data) => {
    const days = texts(rule?.days).filter((day) => day in dayLabels);
    const time = text(rule?.time);
    if (days.length === 0 || !time || !/^\d{2}:\d{2}-\d{2}:\d{2}$/.test(time)) return [];
    const weeks = Array.isArray(rule.weeks)
      ? rule.weeks.filter((week): week is number => typeof week === 'number')
      : [];
    return [{ days, time, weeks }];
  });
  if (rules.length === 0) return [];
  return Object.entries(dayLabels).map(([day, label]) => {
    const ranges = rules
      .filter((rule) => rule.days.includes(day))
      .sort((a, b) => a.time.localeCompare(b.time))
      .map((rule) =>
        rule.weeks.length > 0
          ? `${rule.weeks.map((week) => `第${week}`).join('・')}${label}曜 ${timeRange(rule.time)}`
          : timeRange(rule.time),
      );
    return { label: `${label}曜日`, value: ranges.join('、') || '休み' };
  });
}

/** "08:30-17:15" → "8:30〜17:15"; all day → "24時間". */
function timeRange(range: string): string {
  if (range === '00:00-24:00') return '24時間';
  const [start, end] = range.split('-').map((clock) => clock.replace(/^0(\d)/, '$1'));
  return `${start}〜${end}`;
}

/** 「祝日・振替休日、年末年始は休み」 */
function closureWords(closed: string[], labels: Names): string | undefined {
  const known = closed.filter((closure) => closure in labels);
  return known.length > 0 ? `${known.map((closure) => labels[closure]).join('、')}は休み` : undefined;
}
