/**
 * The one place where schema problems meet the rules: each Zod issue is matched to its rule in
 * rules.ts (which writes the sentence), with the field as written in the file (`hours[0].time`)
 * and its Japanese title, so a clerk knows what to fix.
 */
import type { z } from 'astro/zod';
import { problem, RULES, type Problem } from './rules.ts';
import { closestKey, formatPath, metaOf, objectKeys, schemaAt } from './schema-walk.ts';

export interface IssueReport extends Problem {
  /** Where the problem is in the data. */
  path: PropertyKey[];
  /** Point at the key itself rather than its value (unknown keys). */
  atKey: boolean;
  /** Field as written, e.g. hours[0].time */
  field: string;
}

type Issue = z.core.$ZodIssue & { input?: unknown };

const TYPE_WORDS: Record<string, string> = {
  string: '文字列',
  number: '数値',
  boolean: 'true か false',
  array: '一覧（- で始まる行）',
  object: '「項目: 値」の組',
};

function label(schema: z.core.$ZodType, path: readonly PropertyKey[], data: unknown): string {
  const field = formatPath(path);
  const title = metaOf(schemaAt(schema, path, data)).title;
  if (!field) return title ?? 'ファイル全体';
  return title ? `${field}（${title}）` : field;
}

function show(value: unknown): string {
  if (typeof value === 'string') return `「${value.length > 40 ? `${value.slice(0, 40)}…` : value}」`;
  return `「${JSON.stringify(value)}」`;
}

/** The schema's own sentence, unless Zod's English default (beginning with `fallback`) stands in for it. */
function ownMessage(issue: Issue, fallback: string): string | undefined {
  return issue.message && !issue.message.startsWith(fallback) ? issue.message : undefined;
}

/** One report per unknown key, pointing at the key, with the closest allowed key when one is near. */
function unknownKeys(
  schema: z.core.$ZodType,
  data: unknown,
  path: PropertyKey[],
  keys: readonly string[],
): IssueReport[] {
  const allowed = objectKeys(schemaAt(schema, path, data)) ?? [];
  // Prefer a key that is not written yet: 「lon」 next to an existing lat means lng.
  let here: unknown = data;
  for (const segment of path) {
    here = here && typeof here === 'object' ? (here as Record<PropertyKey, unknown>)[segment] : undefined;
  }
  const written = new Set(here && typeof here === 'object' ? Object.keys(here) : []);
  const unwritten = allowed.filter((candidate) => !written.has(candidate));
  return keys.map((key) => {
    const suggestion = closestKey(key, unwritten) ?? closestKey(key, allowed);
    const keyPath = [...path, key];
    const field = formatPath(keyPath);
    return { path: keyPath, atKey: true, field, ...problem(RULES.unknownKey, { field, key, suggestion, allowed }) };
  });
}

/** The rule and sentence of any issue but an unknown key; `name` is the field with its title. */
function issueProblem(issue: Exclude<Issue, { code: 'unrecognized_keys' }>, name: string): Problem {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return problem(RULES.required, { name });
      return problem(RULES.wrongType, {
        name,
        shown: show(issue.input),
        expected: TYPE_WORDS[issue.expected] ?? issue.expected,
        own: ownMessage(issue, 'Invalid input'),
      });
    case 'invalid_value':
      return problem(RULES.notAllowedValue, {
        name,
        shown: show(issue.input),
        values: issue.values.map(String),
        own: ownMessage(issue, 'Invalid'),
      });
    case 'invalid_union':
      return problem(RULES.wrongShape, { name, own: ownMessage(issue, 'Invalid') });
    case 'too_small':
      return problem(RULES.tooSmall, {
        name,
        origin: issue.origin,
        minimum: issue.minimum,
        own: ownMessage(issue, 'Too small'),
      });
    case 'too_big':
      return problem(RULES.tooBig, { name, maximum: issue.maximum, own: ownMessage(issue, 'Too big') });
    case 'custom':
      return problem(RULES.format, { name, detail: issue.message });
    case 'invalid_format':
      return problem(RULES.invalidFormat, { name, detail: issue.message });
    case 'not_multiple_of':
      return problem(RULES.notMultipleOf, { name, detail: issue.message });
    case 'invalid_key':
      return problem(RULES.invalidKey, { name, detail: issue.message });
    case 'invalid_element':
      return problem(RULES.invalidElement, { name, detail: issue.message });
  }
}

/** Turns the issues of one failed parse into reports. */
export function reportIssues(schema: z.core.$ZodType, data: unknown, issues: readonly Issue[]): IssueReport[] {
  const reports: IssueReport[] = [];
  for (const issue of issues) {
    const path = [...issue.path] as PropertyKey[];
    if (issue.code === 'unrecognized_keys') {
      reports.push(...unknownKeys(schema, data, path, issue.keys));
      continue;
    }
    // A missing field is pointed at by its key (its parent's, as it has none of its own).
    const atKey = issue.code === 'invalid_type' && issue.input === undefined;
    reports.push({ path, atKey, field: formatPath(path), ...issueProblem(issue, label(schema, path, data)) });
  }
  return reports;
}
