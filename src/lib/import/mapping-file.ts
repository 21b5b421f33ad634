/**
 * The municipality's mapping file (`npm run import -- list.csv --mapping mapping.yaml`): which
 * column is which field (`columns:`), values every row shares (`defaults:`), 種別 rules on the
 * type text (`rules:`) and readings of words the dictionary gets wrong (`readings:`).
 *
 * ```yaml
 * columns:
 *   name: name
 *   telephoneNumber: phone
 *   latitude: location.lat
 * defaults:
 *   category: houkatsu
 * rules:
 *   - { match: 訪問入浴介護, category: houmon-nyuyoku }
 * readings:
 *   仏生山: ぶっしょうざん
 * ```
 * The YAML is read with positions (as the validator reads content), so every mistake — a field
 * that does not exist, a column the list does not have, a default the schema refuses — is told
 * with the mapping file's line.
 */
import type { LoadedContent } from '../content/load.ts';
import { closestKey, findReferences } from '../content/schema-walk.ts';
import { parseYamlSource, type Position } from '../content/source.ts';
import { normalizeKana } from '../text/normalize.ts';
import { DEFAULT_MAPPING, type MappingRule } from './default-mapping.ts';
import { parseClockText, parseDaysText } from './hours-text.ts';
import { normalizeHeader } from './layouts.ts';
import { IMPORT_TARGETS, schemaOfTarget, targetOf, targetValueProblem } from './targets.ts';

export interface ColumnMapping {
  /** The column's name as the list writes it in its header. */
  header: string;
  /** The field it fills (a path of IMPORT_TARGETS). */
  target: string;
  position: Position;
}

export interface DefaultValue {
  target: string;
  /** Checked against the schema (or, for hoursDays/hoursStart/hoursEnd, readable as such). */
  value: unknown;
  position: Position;
}

export interface ImportMapping {
  /** The file name used in messages. */
  file: string;
  /** The file's own rules first, then the built-in ones (unless replaceDefaults: true). */
  rules: MappingRule[];
  /** Positions of the file's own rules (same order as the first rules). */
  rulePositions: Position[];
  columns: ColumnMapping[];
  defaults: DefaultValue[];
  /** Word → よみがな, used before the dictionary when proposing readings. */
  readings: Map<string, string>;
}

export type MappingResult = { ok: true; mapping: ImportMapping } | { ok: false; errors: string[] };

const TOP_KEYS = ['columns', 'defaults', 'rules', 'readings', 'replaceDefaults'];
const RULE_KEYS = ['match', 'in', 'category', 'skip', 'reason'];
const TARGET_PATHS = IMPORT_TARGETS.map((target) => target.path);

/** The mapping used when no file is given: the built-in rules only. */
export function builtInMapping(): ImportMapping {
  return { file: '', rules: DEFAULT_MAPPING, rulePositions: [], columns: [], defaults: [], readings: new Map() };
}

const isMap = (value: unknown): value is Record<string, unknown> =>
  !!value && typeof value === 'object' && !Array.isArray(value);

/** Reads one part of the file; `say` records a message at a data path. */
interface Reader {
  data: Record<string, unknown>;
  say(path: PropertyKey[], message: string, options?: { key?: boolean }): void;
  at(path: PropertyKey[], options?: { key?: boolean }): Position;
}

function unknownTarget(target: string): string {
  const meant = closestKey(target, TARGET_PATHS);
  return `「${target}」という項目はありません${meant ? `（${meant} のことですか？）` : ''}。使える項目: ${TARGET_PATHS.join(', ')}`;
}

function readColumns(reader: Reader): ColumnMapping[] {
  const columns: ColumnMapping[] = [];
  const raw = reader.data.columns;
  if (raw === undefined || raw === null) return columns;
  if (!isMap(raw)) {
    reader.say(['columns'], 'columns: には「列の名前: 項目」を1行に1つずつ書いてください');
    return columns;
  }
  const byTarget = new Map<string, ColumnMapping>();
  for (const [header, target] of Object.entries(raw)) {
    const where = ['columns', header];
    if (typeof target !== 'string' || !targetOf(target.trim())) {
      reader.say(
        where,
        `columns の列「${header}」: ${typeof target === 'string' ? unknownTarget(target) : '項目の名前を書いてください'}`,
      );
      continue;
    }
    const mapped = { header, target: target.trim(), position: reader.at(where, { key: true }) };
    const earlier = byTarget.get(mapped.target);
    if (earlier)
      reader.say(
        where,
        `columns: 「${mapped.target}」に列「${earlier.header}」（${earlier.position.line}行目）と「${header}」の2つが対応しています。1つにしてください`,
      );
    byTarget.set(mapped.target, mapped);
    columns.push(mapped);
  }
  return columns;
}

/** A value every row shares, as the schema would take it in a resource file. */
function checkDefault(target: string, value: unknown): string | undefined {
  if (target === 'hoursDays')
    return typeof value === 'string' && parseDaysText(value)
      ? undefined
      : '曜日を「月～金」「月火水木金」のように書いてください';
  if (target === 'hoursStart' || target === 'hoursEnd')
    return typeof value === 'string' && parseClockText(value)
      ? undefined
      : '時刻を "08:30" のように引用符で囲んで書いてください';
  if (target === 'body') return typeof value === 'string' && value.trim() ? undefined : '説明の文を書いてください';
  return targetValueProblem(target, value);
}

function readDefaults(reader: Reader): DefaultValue[] {
  const defaults: DefaultValue[] = [];
  const raw = reader.data.defaults;
  if (raw === undefined || raw === null) return defaults;
  if (!isMap(raw)) {
    reader.say(['defaults'], 'defaults: には「項目: 値」を1行に1つずつ書いてください');
    return defaults;
  }
  for (const [target, value] of Object.entries(raw)) {
    const where = ['defaults', target];
    if (!targetOf(target)) {
      reader.say(where, `defaults: ${unknownTarget(target)}`, { key: true });
      continue;
    }
    const problem = checkDefault(target, value);
    // Schema sentences already begin with the field (「closed[0]（休み）: …」).
    if (problem) reader.say(where, `defaults の ${problem.startsWith(target) ? '' : `${target}: `}${problem}`);
    else defaults.push({ target, value, position: reader.at(where) });
  }
  return defaults;
}

function readRules(reader: Reader): { rules: MappingRule[]; positions: Position[] } {
  const rules: MappingRule[] = [];
  const positions: Position[] = [];
  const raw = reader.data.rules;
  if (raw === undefined || raw === null) return { rules, positions };
  if (!Array.isArray(raw)) {
    reader.say(['rules'], 'rules: には「- { match: 言葉, category: 種別の id }」の一覧を書いてください');
    return { rules, positions };
  }
  raw.forEach((item: unknown, index) => {
    const where = ['rules', index];
    if (!isMap(item)) return reader.say(where, 'rules: { match: 言葉, category: 種別の id } の形で書いてください');
    const unknown = Object.keys(item).filter((key) => !RULE_KEYS.includes(key));
    for (const key of unknown) {
      const meant = closestKey(key, RULE_KEYS);
      reader.say(
        [...where, key],
        `rules: 知らない項目「${key}」${meant ? `（${meant} のことですか？）` : ''}。使えるのは ${RULE_KEYS.join(', ')}`,
        { key: true },
      );
    }
    if (typeof item.match !== 'string' || item.match.trim() === '')
      reader.say(where, 'rules: match に探す言葉を書いてください');
    if (item.in !== undefined && item.in !== 'type' && item.in !== 'name')
      reader.say([...where, 'in'], 'rules: in は type か name で書いてください');
    if (item.skip !== true && typeof item.category !== 'string')
      reader.say(where, 'rules: category（種別の id）か skip: true を書いてください');
    rules.push({
      match: String(item.match ?? ''),
      in: item.in as MappingRule['in'],
      category: typeof item.category === 'string' ? item.category : undefined,
      skip: item.skip === true,
      reason: typeof item.reason === 'string' ? item.reason : undefined,
    });
    positions.push(reader.at(where));
  });
  return { rules, positions };
}

function readReadings(reader: Reader): Map<string, string> {
  const readings = new Map<string, string>();
  const raw = reader.data.readings;
  if (raw === undefined || raw === null) return readings;
  if (!isMap(raw)) {
    reader.say(['readings'], 'readings: には「言葉: よみがな」を1行に1つずつ書いてください');
    return readings;
  }
  for (const [word, kana] of Object.entries(raw)) {
    const normalized = typeof kana === 'string' ? normalizeKana(kana) : undefined;
    if (normalized?.ok) readings.set(word, normalized.value);
    else
      reader.say(
        ['readings', word],
        `readings の「${word}」: ${normalized ? normalized.reason : 'よみがなをひらがなで書いてください'}`,
      );
  }
  return readings;
}

export function parseMappingFile(text: string, file = 'mapping.yaml'): MappingResult {
  const source = parseYamlSource(text);
  const errors: string[] = [];
  const where = (position: Position) => `${file}:${position.line}:${position.column}`;
  for (const problem of source.problems)
    if (problem.severity === 'error') errors.push(`${where(problem.position)}: ${problem.message}`);
  if (errors.length) return { ok: false, errors };
  const root = Array.isArray(source.data) ? { rules: source.data } : source.data;
  if (!isMap(root))
    return {
      ok: false,
      errors: [`${file}: 対応表には columns:, defaults:, rules: のどれかを「項目: 値」の形で書いてください`],
    };
  const reader: Reader = {
    data: root,
    at: (path, options) => source.locate(path, options),
    say: (path, message, options) => errors.push(`${where(source.locate(path, options))}: ${message}`),
  };
  for (const key of Object.keys(root).filter((key) => !TOP_KEYS.includes(key))) {
    const meant = closestKey(key, TOP_KEYS);
    reader.say(
      [key],
      `知らない項目「${key}」${meant ? `（${meant} のことですか？）` : ''}。使えるのは ${TOP_KEYS.join(', ')}`,
      { key: true },
    );
  }
  const columns = readColumns(reader);
  const defaults = readDefaults(reader);
  const { rules, positions } = readRules(reader);
  const readings = readReadings(reader);
  if (root.replaceDefaults !== undefined && typeof root.replaceDefaults !== 'boolean')
    reader.say(['replaceDefaults'], 'replaceDefaults は true か false で書いてください');
  if (errors.length) return { ok: false, errors };
  const all = root.replaceDefaults === true ? rules : [...rules, ...DEFAULT_MAPPING];
  return { ok: true, mapping: { file, rules: all, rulePositions: positions, columns, defaults, readings } };
}

/** Columns of the mapping that the list's header does not have, each with the mapping file's line. */
export function checkColumnsAgainstHeader(mapping: ImportMapping, header: readonly string[]): string[] {
  const names = header.map(normalizeHeader);
  const shown = header.filter((name) => name.trim() !== '');
  return mapping.columns
    .filter((column) => !names.includes(normalizeHeader(column.header)))
    .map((column) => {
      const meant = closestKey(column.header, shown);
      return `${mapping.file}:${column.position.line}:${column.position.column}: 列「${column.header}」はこのファイルの見出しにありません${meant ? `（「${meant}」のことですか？）` : ''}。ファイルの列: ${shown.join(', ')}`;
    });
}

/** Ids named by defaults and rules that the content folder does not have. */
export function checkMappingAgainstContent(mapping: ImportMapping, content: LoadedContent): string[] {
  const ids: Record<string, Set<string>> = {
    categories: new Set(content.categories.map((entry) => entry.id)),
    topics: new Set(content.topics.map((entry) => entry.id)),
    areas: new Set(content.areas.map((entry) => entry.id)),
    organizations: new Set(content.organizations.map((entry) => entry.id)),
    resources: new Set(content.resources.map((entry) => entry.id)),
  };
  const places: Record<string, string> = {
    categories: 'categories.yaml',
    topics: 'topics.yaml',
    areas: 'areas/',
    organizations: 'organizations/',
    resources: 'resources/',
  };
  const errors: string[] = [];
  const at = (position: Position) => `${mapping.file}:${position.line}:${position.column}`;
  for (const { target, value, position } of mapping.defaults) {
    const schema = schemaOfTarget(target);
    if (!schema) continue;
    for (const site of findReferences(schema, value)) {
      const targets = [site.target].flat();
      if (targets.some((collection) => ids[collection]?.has(site.value))) continue;
      errors.push(
        `${at(position)}: defaults の ${target}: 「${site.value}」は ${targets.map((t) => places[t]).join('・')} にありません`,
      );
    }
  }
  mapping.rulePositions.forEach((position, index) => {
    const category = mapping.rules[index].category;
    if (category && !ids.categories.has(category))
      errors.push(`${at(position)}: rules の category「${category}」は categories.yaml にありません`);
  });
  return errors;
}
