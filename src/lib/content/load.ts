/**
 * Loads and validates a whole content folder. Every problem in every file is collected (not
 * just the first), each with its file, line, column and field. The result is also what the
 * pages are built from (src/lib/model/site-model.ts), so the site and `npm run validate` cannot disagree.
 */
import { readFileSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'astro/zod';
import {
  areaSchema,
  categoriesSchema,
  categorySchema,
  ID_PATTERN,
  networkSchema,
  organizationSchema,
  resourceSchema,
  siteSchema,
  topicsSchema,
  topicSchema,
  type Area,
  type Category,
  type CollectionName,
  type Network,
  type Organization,
  type Resource,
  type Site,
  type Topic,
} from '../../schemas/index.ts';
import { reportIssues } from './error-map.ts';
import { editDistance, findReferences, formatPath } from './schema-walk.ts';
import { parseMarkdownSource, parseYamlSource, type ParsedSource, type Position } from './source.ts';
import { checkMarkdown } from './markdown-check.ts';
import { checkBodyText, checkTextValues } from './untrusted-text.ts';
import { contains, isInJapan, type Boundary } from '../map/geo.ts';

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  /** Path of the file, relative to the working directory (as GitHub annotations want it). */
  file: string;
  line: number;
  column: number;
  severity: Severity;
  /** The field as written in the file, e.g. hours[0].time; empty for the whole file. */
  field: string;
  /** A short stable name of the rule, for tests and tooling. */
  rule: string;
  message: string;
}

export interface Entry<T> {
  id: string;
  /** Path relative to the content folder, with / separators. */
  file: string;
  /** The data as written (after YAML reading), for Astro's own schema parse. */
  raw: Record<string, unknown>;
  data: T;
  body?: string;
}

export interface LoadedContent {
  dir: string;
  site?: Site;
  siteRaw?: Record<string, unknown>;
  categories: Category[];
  topics: Topic[];
  areas: Entry<Area>[];
  organizations: Entry<Organization>[];
  resources: Entry<Resource>[];
  networks: Entry<Network>[];
  diagnostics: Diagnostic[];
}

export interface LoadOptions {
  /** Today's date in Japan, YYYY-MM-DD (for 情報確認日 checks); defaults to the real date. */
  today?: string;
  /**
   * Checks entry files elsewhere (another thread, src/lib/content/parallel-check.ts) while this
   * thread checks others. Both take the next unchecked file from the shared counter `next`
   * (Atomics.add), so each checks as many as it can; the helper returns what checkContentFile
   * gave for the files it took, by their place in `files`. The cross-file checks stay here.
   */
  helper?: (files: FileToCheck[], next: Int32Array) => Promise<Map<number, CheckedFile>>;
}

/** A problem found in one file, before it is given the file's display path. */
export interface FileProblem {
  position: Position;
  severity: Severity;
  rule: string;
  field: string;
  message: string;
}

export interface FileToCheck {
  file: string;
  collection: FileCollection;
}

/** One entry file read and checked on its own: everything but the checks across files. */
export interface CheckedFile {
  /** The data as written (undefined when the file cannot be read as YAML). */
  raw: unknown;
  /** The data as the schema gives it; undefined when the file has errors. */
  data: unknown;
  body?: string;
  problems: FileProblem[];
}

/** The collections stored one file per entry, and the file type each takes. */
const FILE_COLLECTIONS = {
  areas: { extension: ['.yaml', '.yml'], schema: areaSchema, markdown: false, nested: false },
  organizations: { extension: ['.yaml', '.yml'], schema: organizationSchema, markdown: false, nested: false },
  resources: { extension: ['.md'], schema: resourceSchema, markdown: true, nested: true },
  networks: { extension: ['.md'], schema: networkSchema, markdown: true, nested: true },
} as const;
export type FileCollection = keyof typeof FILE_COLLECTIONS;

/** Refuses bytes that are not UTF-8 (a file saved as Shift_JIS) instead of replacing them. */
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** A file's text: UTF-8 only (a file saved as Shift_JIS is refused, not garbled). */
function readText(file: string): string | undefined {
  try {
    return utf8.decode(readFileSync(file));
  } catch {
    return undefined;
  }
}

/**
 * Reads a file and checks it against a schema (YAML, Markdown, text safety, schema), without
 * anything that needs the other files. Also the unit of work of the helper thread.
 */
function checkFile<S extends z.ZodType>(file: string, schema: S, markdown: boolean): { source: ParsedSource; data: z.output<S> | undefined; problems: FileProblem[] } {
  const problems: FileProblem[] = [];
  const push = (position: Position, severity: Severity, rule: string, field: string, message: string) => problems.push({ position, severity, rule, field, message });
  // Read synchronously: the files are small, and awaiting each read through the thread pool left
  // the thread idle for about half of the validation.
  const text = readText(file);
  if (text === undefined) {
    push({ line: 1, column: 1 }, 'error', 'encoding', '', 'ファイルが UTF-8 で保存されていません（Shift_JIS など）。UTF-8 で保存し直してください');
    return { source: { data: undefined, problems: [], locate: () => ({ line: 1, column: 1 }) }, data: undefined, problems };
  }
  const source: ParsedSource = markdown ? parseMarkdownSource(text) : parseYamlSource(text);
  for (const problem of source.problems) push(problem.position, problem.severity, problem.rule ?? 'yaml', problem.field ?? '', problem.message);
  if (markdown && source.body !== undefined) {
    for (const problem of checkMarkdown(source.body, source.bodyLine ?? 1)) push({ line: problem.line, column: problem.column }, 'error', problem.rule, '本文', problem.message);
    // Markup, script URLs, direction/invisible characters, overlong strings (untrusted-text.ts).
    for (const problem of checkBodyText(source.body, source.bodyLine ?? 1)) push({ line: problem.line, column: problem.column }, 'error', problem.rule, '本文', problem.message);
  }
  for (const problem of checkTextValues(source.data)) {
    const field = formatPath(problem.path);
    push(source.locate(problem.path), 'error', problem.rule, field, `${field}: ${problem.message}`);
  }
  if (source.data === undefined) return { source, data: undefined, problems };
  if (source.data === null || (typeof source.data !== 'object' && !Array.isArray(source.data))) {
    push({ line: 1, column: 1 }, 'error', 'yaml', '', 'ファイルの中身が「項目: 値」の形になっていません');
    return { source, data: undefined, problems };
  }
  const result = schema.safeParse(source.data, { reportInput: true });
  if (!result.success) {
    for (const report of reportIssues(schema, source.data, result.error.issues)) push(source.locate(report.path, { key: report.atKey }), 'error', report.rule, report.field, report.message);
    return { source, data: undefined, problems };
  }
  return { source, data: result.data as z.output<S>, problems };
}

/** One entry file of a collection, checked on its own. */
function checkEntryFile({ file, collection }: FileToCheck) {
  return checkFile(file, FILE_COLLECTIONS[collection].schema, FILE_COLLECTIONS[collection].markdown);
}

/** What a helper thread returns for a file: the same checks, without the parsed YAML tree. */
function checkContentFile(item: FileToCheck): CheckedFile {
  const { source, data, problems } = checkEntryFile(item);
  return { raw: source.data, data, body: source.body, problems };
}

/**
 * Calls `each` with the place of every file this thread takes: the next one from the counter it
 * shares with the other thread, until none is left (used on both sides, see LoadOptions.helper).
 */
export function forEachTaken(next: Int32Array, count: number, each: (n: number) => void): void {
  for (let n = Atomics.add(next, 0, 1); n < count; n = Atomics.add(next, 0, 1)) each(n);
}

/** A helper's work: the files it takes, checked, by their place in `files`. */
export function checkTaken(files: FileToCheck[], next: Int32Array): Map<number, CheckedFile> {
  const checked = new Map<number, CheckedFile>();
  forEachTaken(next, files.length, (n) => checked.set(n, checkContentFile(files[n]!)));
  return checked;
}

/**
 * A file checked by a helper: its positions are found again, by reading it here, only when a
 * check across files has something to say about it (which is seldom).
 */
function sourceOfChecked(item: FileToCheck, checked: CheckedFile): ParsedSource {
  let again: ParsedSource | undefined;
  return {
    data: checked.raw,
    body: checked.body,
    problems: [],
    locate: (fieldPath, options) => {
      again ??= checkEntryFile(item).source;
      return again.locate(fieldPath, options);
    },
  };
}

/** Below this many entry files, a helper thread costs more than it saves. */
export const HELPER_MIN_FILES = 2_000;

const COLLECTION_LABELS: Record<CollectionName, string> = {
  areas: '地域（areas）',
  organizations: '組織（organizations）',
  resources: '資源（resources）',
  networks: '会議体（networks）',
  categories: '種別（categories.yaml）',
  topics: '相談内容（topics.yaml）',
};

let japanDate: Intl.DateTimeFormat | undefined;

/** Today in Asia/Tokyo as YYYY-MM-DD. */
export function todayInJapan(now = new Date()): string {
  // Made once: pages ask for every resource, and a new formatter costs about 0.2 ms.
  japanDate ??= new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Tokyo' });
  return japanDate.format(now);
}

async function listFiles(dir: string, nested: boolean): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true, recursive: nested });
  } catch {
    return [];
  }
  return entries
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}

export async function loadContent(dir: string, options: LoadOptions = {}): Promise<LoadedContent> {
  const contentDir = path.resolve(dir);
  const today = options.today ?? todayInJapan();
  const diagnostics: Diagnostic[] = [];
  const display = (file: string) => path.relative(process.cwd(), file).split(path.sep).join('/') || file;

  const push = (file: string, position: Position, severity: Severity, rule: string, field: string, message: string) =>
    diagnostics.push({ file: display(file), line: position.line, column: position.column, severity, rule, field, message });
  const pushAll = (file: string, problems: FileProblem[]) => {
    for (const problem of problems) push(file, problem.position, problem.severity, problem.rule, problem.field, problem.message);
  };

  /** Reads a file and checks it against a schema; returns undefined data when it is invalid. */
  const parseFile = <S extends z.ZodType>(file: string, schema: S, markdown: boolean) => {
    const checked = checkFile(file, schema, markdown);
    pushAll(file, checked.problems);
    return checked;
  };

  // --- site.yaml, categories.yaml, topics.yaml -------------------------------------------
  const loaded: LoadedContent = {
    dir: contentDir,
    categories: [],
    topics: [],
    areas: [],
    organizations: [],
    resources: [],
    networks: [],
    diagnostics,
  };

  if (!(await exists(contentDir))) {
    push(contentDir, { line: 1, column: 1 }, 'error', 'missing-folder', '', `コンテンツのフォルダ ${display(contentDir)} が見つかりません`);
    return loaded;
  }

  const siteFile = path.join(contentDir, 'site.yaml');
  let site: Site | undefined;
  let siteSource: ParsedSource | undefined;
  if (await exists(siteFile)) {
    const parsed = parseFile(siteFile, siteSchema, false);
    site = parsed.data;
    siteSource = parsed.source;
    loaded.site = site;
    loaded.siteRaw = parsed.source.data as Record<string, unknown>;
  } else {
    push(siteFile, { line: 1, column: 1 }, 'error', 'missing-file', '', 'site.yaml がありません（サイト名・市区町村・地図・問い合わせ先を書くファイルです）');
  }

  const listFile = async <S extends z.ZodType, I extends z.ZodType>(name: string, schema: S, itemSchema: I) => {
    const file = path.join(contentDir, name);
    if (!(await exists(file))) {
      push(file, { line: 1, column: 1 }, 'error', 'missing-file', '', `${name} がありません`);
      return { file, source: undefined, items: [] as z.output<S>, ids: [] as string[] };
    }
    const parsed = parseFile(file, schema, false);
    const raw = Array.isArray(parsed.source.data) ? (parsed.source.data as unknown[]) : [];
    // Every id written, valid entry or not, so that one bad entry is reported once, not again as
    // a dangling reference in every file that names it.
    const ids = raw.flatMap((item) => (item && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string' ? [(item as { id: string }).id] : []));
    // When the list as a whole fails, keep the entries that are valid on their own.
    const items = parsed.data ?? raw.flatMap((item) => {
      const result = itemSchema.safeParse(item);
      return result.success ? [result.data] : [];
    });
    return { file, source: parsed.source, items: items as z.output<S>, ids };
  };
  const categoriesFile = await listFile('categories.yaml', categoriesSchema, categorySchema);
  const topicsFile = await listFile('topics.yaml', topicsSchema, topicSchema);
  loaded.categories = categoriesFile.items;
  loaded.topics = topicsFile.items;

  for (const list of [categoriesFile, topicsFile]) {
    const seen = new Map<string, number>();
    (list.items as { id: string }[]).forEach((item, index) => {
      if (seen.has(item.id)) {
        push(list.file, list.source!.locate([index, 'id']), 'error', 'duplicate-id', `[${index}].id`, `id「${item.id}」が ${seen.get(item.id)! + 1} 番目と重複しています`);
      } else seen.set(item.id, index);
    });
  }

  // --- one file per entry ----------------------------------------------------------------
  const sources = new Map<string, { file: string; source: ParsedSource; collection: FileCollection }>();
  const key = (collection: string, id: string) => `${collection}/${id}`;

  // Which files hold entries (cheap checks first), then each file checked on its own — shared with
  // a helper thread when one is given and the folder is large.
  const toCheck: (FileToCheck & { id: string })[] = [];
  for (const [collection, spec] of Object.entries(FILE_COLLECTIONS) as [FileCollection, (typeof FILE_COLLECTIONS)[FileCollection]][]) {
    const folder = path.join(contentDir, collection);
    const files = await listFiles(folder, spec.nested);
    const firstFileOfId = new Map<string, string>();
    for (const file of files) {
      const extension = path.extname(file).toLowerCase();
      if (!(spec.extension as readonly string[]).includes(extension)) {
        push(file, { line: 1, column: 1 }, 'error', 'file-type', '', `${collection}/ には ${spec.extension.join(' または ')} のファイルを置いてください（このファイルは読み込まれません）`);
        continue;
      }
      const id = path.basename(file, path.extname(file));
      if (!ID_PATTERN.test(id)) {
        push(file, { line: 1, column: 1 }, 'error', 'id-format', '', `ファイル名「${id}」は id に使えません。半角英小文字・数字・ハイフンだけにしてください（例: midori-houkatsu）`);
        continue;
      }
      if (firstFileOfId.has(id)) {
        push(file, { line: 1, column: 1 }, 'error', 'duplicate-id', '', `id「${id}」は ${display(firstFileOfId.get(id)!)} と重複しています（サブフォルダが違っても id は同じになります）`);
        continue;
      }
      firstFileOfId.set(id, file);
      toCheck.push({ file, collection, id });
    }
  }
  const next = new Int32Array(new SharedArrayBuffer(4));
  const helped = options.helper && toCheck.length >= HELPER_MIN_FILES ? options.helper(toCheck.map(({ file, collection }) => ({ file, collection })), next) : undefined;
  // If this thread fails first, the helper's answer is no longer awaited: keep it from being reported as unhandled.
  helped?.catch(() => {});
  const checked: { data: unknown; problems: FileProblem[]; source: ParsedSource }[] = new Array(toCheck.length);
  forEachTaken(next, toCheck.length, (n) => (checked[n] = checkEntryFile(toCheck[n]!)));
  for (const [n, there] of (await helped) ?? []) checked[n] = { data: there.data, problems: there.problems, source: sourceOfChecked(toCheck[n]!, there) };
  checked.forEach(({ data, problems, source }, n) => {
    const { file, collection, id } = toCheck[n]!;
    pushAll(file, problems);
    sources.set(key(collection, id), { file, source, collection });
    if (data === undefined) {
      // Keep the id known so references to it are not reported a second time as dangling.
      const raw = source.data;
      (loaded[collection] as Entry<unknown>[]).push({ id, file: '', raw: raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {}, data: undefined });
      return;
    }
    (loaded[collection] as Entry<unknown>[]).push({
      id,
      file: path.relative(contentDir, file).split(path.sep).join('/'),
      raw: source.data as Record<string, unknown>,
      data,
      body: source.body,
    });
  });

  // Ids of every collection (invalid entries included, see above).
  const ids: Record<CollectionName, Set<string>> = {
    areas: new Set(loaded.areas.map((entry) => entry.id)),
    organizations: new Set(loaded.organizations.map((entry) => entry.id)),
    resources: new Set(loaded.resources.map((entry) => entry.id)),
    networks: new Set(loaded.networks.map((entry) => entry.id)),
    categories: new Set(categoriesFile.ids),
    topics: new Set(topicsFile.ids),
  };

  const at = (collection: FileCollection, id: string, fieldPath: PropertyKey[], severity: Severity, rule: string, message: string, atKey = false) => {
    const origin = sources.get(key(collection, id))!;
    push(origin.file, origin.source.locate(fieldPath, { key: atKey }), severity, rule, formatPath(fieldPath), message);
  };

  // --- references ------------------------------------------------------------------------
  for (const collection of Object.keys(FILE_COLLECTIONS) as FileCollection[]) {
    for (const entry of loaded[collection] as Entry<unknown>[]) {
      for (const site of findReferences(FILE_COLLECTIONS[collection].schema, entry.raw)) {
        const targets = Array.isArray(site.target) ? site.target : [site.target];
        if (targets.some((target) => ids[target].has(site.value))) continue;
        const where = targets.map((target) => COLLECTION_LABELS[target]).join(' または ');
        const meant = closestId(site.value, targets.flatMap((target) => [...ids[target]]));
        const hint = meant ? `。「${meant}」の書き間違いではありませんか？` : '';
        at(collection, entry.id, site.path, 'error', 'dangling-reference', `${formatPath(site.path)}${site.title ? `（${site.title}）` : ''}: 「${site.value}」は ${where} にありません${hint}`);
      }
    }
  }

  // From here on only entries that passed their schema (references were checked on all).
  for (const collection of Object.keys(FILE_COLLECTIONS) as FileCollection[]) {
    (loaded[collection] as Entry<unknown>[]) = (loaded[collection] as Entry<unknown>[]).filter((entry) => entry.data !== undefined);
  }

  // --- parent cycles ---------------------------------------------------------------------
  for (const collection of ['areas', 'organizations', 'networks'] as const) {
    const parentOf = new Map((loaded[collection] as Entry<{ parent?: string }>[]).map((entry) => [entry.id, entry.data.parent]));
    const reported = new Set<string>();
    for (const start of parentOf.keys()) {
      const chain: string[] = [];
      let current: string | undefined = start;
      while (current !== undefined && parentOf.has(current) && !chain.includes(current)) {
        chain.push(current);
        current = parentOf.get(current);
      }
      if (current !== undefined && chain.includes(current) && current === start && !reported.has(start)) {
        const cycle = chain.slice(chain.indexOf(current));
        cycle.forEach((id) => reported.add(id));
        at(collection, start, ['parent'], 'error', 'parent-cycle', `parent（上位）: ${[...cycle, current].join(' → ')} と親子関係が輪になっています`);
      }
    }
  }

  // --- areas: one municipality, levels in order ------------------------------------------
  const areaById = new Map(loaded.areas.map((entry) => [entry.id, entry]));
  const municipalities = loaded.areas.filter((entry) => entry.data.level === 'municipality');
  if (loaded.areas.length > 0 && municipalities.length === 0) {
    push(path.join(contentDir, 'areas'), { line: 1, column: 1 }, 'error', 'area-levels', '', 'areas/ に level: municipality（市区町村）の地域が1つもありません');
  }
  for (const extra of municipalities.slice(1)) {
    at('areas', extra.id, ['level'], 'error', 'area-levels', `level: municipality（市区町村）は1つだけにしてください（${municipalities[0].id} と重複）`);
  }
  const LEVEL_ORDER = { municipality: 0, region: 1, district: 2 } as const;
  for (const entry of loaded.areas) {
    const { level, parent } = entry.data;
    if (level === 'municipality') {
      if (parent !== undefined) at('areas', entry.id, ['parent'], 'error', 'area-levels', 'parent: 市区町村（municipality）には上位の地域を書きません');
      continue;
    }
    if (parent === undefined) {
      at('areas', entry.id, ['level'], 'error', 'required', 'parent（上位の地域）: 必須の項目がありません（地域・地区には上位の地域を書いてください）');
      continue;
    }
    const parentArea = areaById.get(parent);
    if (parentArea && LEVEL_ORDER[parentArea.data.level] >= LEVEL_ORDER[level]) {
      at('areas', entry.id, ['parent'], 'error', 'area-levels', `parent（上位の地域）: 「${parent}」は ${parentArea.data.level} なので、${level} の上位にはできません`);
    }
  }

  // --- resources: windows, locations, dates ----------------------------------------------
  const categoryById = new Map(loaded.categories.map((category) => [category.id, category]));
  const municipalityBoundary = municipalities[0]?.data.boundary as Boundary | undefined;
  const staleMonths = site?.staleAfterMonths ?? 12;
  const staleBefore = shiftMonths(today, -staleMonths);

  const checkVerified = (collection: FileCollection, id: string, verifiedAt: string) => {
    if (verifiedAt > today) {
      at(collection, id, ['verifiedAt'], 'error', 'verified-future', `verifiedAt（情報確認日）: ${verifiedAt} は未来の日付です（今日は ${today}）`);
    } else if (verifiedAt < staleBefore) {
      at(collection, id, ['verifiedAt'], 'warning', 'stale', `verifiedAt（情報確認日）: ${verifiedAt} から ${staleMonths} か月以上たっています。内容を確認して日付を更新してください`);
    }
  };

  for (const entry of loaded.resources) {
    const resource = entry.data;
    const category = categoryById.get(resource.category);
    if (category?.kind === 'window') {
      if (!resource.servesAreas?.length) {
        at('resources', entry.id, resource.servesAreas ? ['servesAreas'] : [], 'error', 'window-serves-areas', `servesAreas（担当地区）: 相談窓口（${category.name}）には担当する地域の id を書いてください`);
      }
      if (!resource.topics?.length) {
        at('resources', entry.id, resource.topics ? ['topics'] : [], 'error', 'window-topics', `topics（相談できること）: 相談窓口（${category.name}）には相談できることを topics.yaml の id で書いてください`);
      }
    }
    if (resource.location) {
      const { lat, lng } = resource.location;
      if (!isInJapan(lat, lng)) {
        const swapped = isInJapan(lng, lat);
        at(
          'resources',
          entry.id,
          ['location'],
          'error',
          'location-japan',
          swapped
            ? `location（位置）: 緯度 ${lat}・経度 ${lng} は日本の外です。lat と lng が逆になっていませんか？（lat は 35 前後、lng は 139 前後のような値です）`
            : `location（位置）: 緯度 ${lat}・経度 ${lng} は日本の外です`,
        );
      } else if (municipalityBoundary && !contains(municipalityBoundary, [lng, lat])) {
        at('resources', entry.id, ['location'], 'warning', 'location-municipality', `location（位置）: 緯度 ${lat}・経度 ${lng} は ${municipalities[0].data.name} の区域の外です。市外の資源でなければ位置を確かめてください`);
      }
    }
    for (const [index, referral] of (resource.refersTo ?? []).entries()) {
      if (referral.resource === entry.id) {
        at('resources', entry.id, ['refersTo', index, 'resource'], 'error', 'self-reference', 'refersTo（つなぎ先）: 自分自身をつなぎ先にはできません');
      }
    }
    checkVerified('resources', entry.id, resource.verifiedAt);
  }
  for (const entry of loaded.networks) {
    for (const [index, link] of (entry.data.linksTo ?? []).entries()) {
      if (link.network === entry.id) at('networks', entry.id, ['linksTo', index, 'network'], 'error', 'self-reference', 'linksTo（つながり）: 自分自身とはつなげません');
    }
    checkVerified('networks', entry.id, entry.data.verifiedAt);
  }

  if (site && siteSource) {
    const [lng, lat] = site.map.center;
    if (!isInJapan(lat, lng)) {
      push(siteFile, siteSource.locate(['map', 'center']), 'error', 'location-japan', 'map.center', `map.center（地図の中心）: [${lng}, ${lat}] は日本の外です。[経度, 緯度] の順（例: [139.52, 35.72]）で書いてください`);
    }
  }

  diagnostics.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
  return loaded;
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

/**
 * The id a dangling reference most likely meant: a near spelling (two edits at most) or the
 * id it begins or ends (「minami」 for minamidai). Ids are short, so anything looser guesses wrong.
 */
function closestId(value: string, candidates: readonly string[]): string | undefined {
  let best: { id: string; distance: number } | undefined;
  for (const id of candidates) {
    const distance = editDistance(value, id);
    const related = distance <= 2 || id.startsWith(value) || value.startsWith(id);
    if (related && (!best || distance < best.distance)) best = { id, distance };
  }
  return best?.id;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((diagnostic) => diagnostic.severity === 'error');
}
