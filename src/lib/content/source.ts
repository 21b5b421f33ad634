/**
 * Reading one content file: YAML (or Markdown front matter) with positions kept, so that every
 * later message can point at a line and column. Nothing here knows the schemas.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import { problem, RULES, type Problem } from './rules.ts';

export interface Position {
  line: number;
  column: number;
}

export interface SourceProblem extends Problem {
  position: Position;
  field?: string;
}

export interface ParsedSource {
  /** The data as plain JavaScript, or undefined when the YAML could not be read at all. */
  data: unknown;
  /** Markdown body (for .md files), with its first line number in the file. */
  body?: string;
  bodyLine?: number;
  problems: SourceProblem[];
  /** Position of the node at a data path (or of its key), for messages. */
  locate(path: readonly PropertyKey[], options?: { key?: boolean }): Position;
}

/** Keys whose values are digit strings that YAML would otherwise read as numbers. */
const DIGIT_TEXT_KEYS = new Set(['phone', 'fax', 'postalCode', 'code']);

const FRONT_MATTER = /^---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/;

/** Splits a Markdown file into front matter and body. BOM and CRLF are accepted. */
export function splitFrontMatter(text: string): { yaml: string; body: string; bodyLine: number } | null {
  const match = FRONT_MATTER.exec(text);
  if (!match) return null;
  const yaml = match[1] ?? '';
  const bodyLine = match[0].split('\n').length + (match[0].endsWith('\n') ? 0 : 1);
  return { yaml, body: text.slice(match[0].length), bodyLine };
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Parses YAML text. `lineOffset` is the number of lines before the YAML in its file
 * (1 for front matter, after the opening ---).
 */
export function parseYamlSource(rawText: string, lineOffset = 0): ParsedSource {
  const text = stripBom(rawText);
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, keepSourceTokens: false });
  const problems: SourceProblem[] = [];
  const toPosition = (offset: number): Position => {
    const pos = lineCounter.linePos(Math.max(0, Math.min(offset, text.length)));
    return { line: pos.line + lineOffset, column: pos.col };
  };

  for (const error of doc.errors) {
    const key =
      error.code === 'DUPLICATE_KEY' ? /^(["']?)([^"':\n]+)\1[ \t]*:/.exec(text.slice(error.pos[0]))?.[2].trim() : undefined;
    problems.push({ position: toPosition(error.pos[0]), ...yamlError(error.code, error.message, key), field: key });
  }
  for (const warning of doc.warnings) {
    problems.push({ position: toPosition(warning.pos[0]), ...problem(RULES.yamlWarning, { detail: warning.message }) });
  }

  if (doc.errors.length === 0) restoreNumericText(doc, text, (offset, key, raw) => {
    problems.push({ position: toPosition(offset), ...problem(RULES.numericText, { key, raw }), field: key });
  });

  let data: unknown;
  if (doc.errors.length === 0) {
    try {
      data = withoutPrototypes(doc.toJS({ maxAliasCount: 100 }));
    } catch (error) {
      const detail = (error as Error).message;
      problems.push({ position: toPosition(0), ...problem(RULES.yamlUnreadable, { detail }) });
    }
  }

  return {
    data,
    problems,
    locate(path, options) {
      return toPosition(offsetOf(doc, path, options?.key ?? false));
    },
  };
}

/**
 * The data with every mapping as an object without a prototype: a key written in the content
 * (`__proto__`, `constructor`, `toString` …) is only ever an own property, and a lookup of a key
 * that is not written finds nothing inherited. (The YAML reader already keeps `__proto__` an own
 * property; this also covers data that crossed between threads, see file-checker.ts.) Shared
 * values (YAML aliases) stay shared.
 */
export function withoutPrototypes(value: unknown, seen = new Map<object, unknown>()): unknown {
  if (value === null || typeof value !== 'object') return value;
  const done = seen.get(value);
  if (done !== undefined) return done;
  if (Array.isArray(value)) {
    const list: unknown[] = [];
    seen.set(value, list);
    for (const item of value) list.push(withoutPrototypes(item, seen));
    return list;
  }
  if (!isPlainObject(value)) return value;
  const map = Object.create(null) as Record<string, unknown>;
  seen.set(value, map);
  // On an object without a prototype, `map['__proto__'] = …` only sets an own property.
  for (const [key, item] of Object.entries(value)) map[key] = withoutPrototypes(item, seen);
  return map;
}

function isPlainObject(value: object): boolean {
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** Reads a .md file: front matter YAML plus body. */
export function parseMarkdownSource(rawText: string): ParsedSource {
  const text = stripBom(rawText);
  const split = splitFrontMatter(text);
  if (!split) {
    return {
      data: undefined,
      body: text,
      bodyLine: 1,
      problems: [{ position: { line: 1, column: 1 }, ...problem(RULES.frontMatterMissing) }],
      locate: () => ({ line: 1, column: 1 }),
    };
  }
  const parsed = parseYamlSource(split.yaml, 1);
  return { ...parsed, body: split.body, bodyLine: split.bodyLine };
}

/** The rule a YAML reader's error code belongs to. */
function yamlError(code: string, message: string, key?: string): Problem {
  const detail = firstLine(message);
  switch (code) {
    case 'DUPLICATE_KEY':
      return problem(RULES.yamlDuplicateKey, { key, detail });
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
    case 'UNEXPECTED_TOKEN':
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return problem(RULES.yamlSyntax, { detail });
    case 'TAB_AS_INDENT':
      return problem(RULES.yamlTab);
    default:
      return problem(RULES.yamlUnreadable, { detail });
  }
}

function firstLine(message: string): string {
  return message.split('\n')[0];
}

/**
 * YAML reads an unquoted 0312345678 as the number 312345678. For the keys that hold digit
 * strings we put back the text as written, and report it, so nothing is lost silently.
 */
function restoreNumericText(doc: Document, text: string, report: (offset: number, key: string, raw: string) => void) {
  visit(doc, {
    Pair(_, pair) {
      if (!isScalar(pair.key) || !isScalar(pair.value)) return;
      const key = String(pair.key.value);
      const value = pair.value;
      if (!DIGIT_TEXT_KEYS.has(key) || typeof value.value !== 'number' || !value.range) return;
      const raw = text.slice(value.range[0], value.range[1]).trim();
      value.value = raw;
      report(value.range[0], key, raw);
    },
  });
}

function offsetOf(doc: Document, path: readonly PropertyKey[], wantKey: boolean): number {
  let node: Node | null = doc.contents as Node | null;
  let best = node?.range?.[0] ?? 0;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    if (!node) break;
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment));
      if (!pair) break;
      const keyNode = pair.key as Node;
      const last = i === path.length - 1;
      if (last && (wantKey || !pair.value)) return keyNode.range?.[0] ?? best;
      best = keyNode.range?.[0] ?? best;
      node = pair.value as Node | null;
      if (node?.range) best = node.range[0];
    } else if (isSeq(node)) {
      const item = node.items[Number(segment)] as Node | undefined;
      if (!item) break;
      node = item;
      if (node.range) best = node.range[0];
    } else {
      break;
    }
  }
  return best;
}
