/**
 * The one place where schema problems become sentences. Every message names the field as
 * written in the file (`hours[0].time`) and its Japanese title, so a clerk knows what to fix.
 */
import type { z } from 'astro/zod';
import { closestKey, formatPath, metaOf, objectKeys, schemaAt } from './schema-walk.ts';

export interface IssueReport {
  /** Where the problem is in the data. */
  path: PropertyKey[];
  /** Point at the key itself rather than its value (unknown keys). */
  atKey: boolean;
  /** Field as written, e.g. hours[0].time */
  field: string;
  message: string;
  rule: string;
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

/** Turns the issues of one failed parse into reports. */
export function reportIssues(schema: z.core.$ZodType, data: unknown, issues: readonly Issue[]): IssueReport[] {
  const reports: IssueReport[] = [];
  for (const issue of issues) {
    const path = [...issue.path] as PropertyKey[];
    const field = formatPath(path);
    const name = label(schema, path, data);
    switch (issue.code) {
      case 'unrecognized_keys': {
        const allowed = objectKeys(schemaAt(schema, path, data)) ?? [];
        // Prefer a key that is not written yet: 「lon」 next to an existing lat means lng.
        let here: unknown = data;
        for (const segment of path) here = here && typeof here === 'object' ? (here as Record<PropertyKey, unknown>)[segment] : undefined;
        const written = new Set(here && typeof here === 'object' ? Object.keys(here) : []);
        const unwritten = allowed.filter((candidate) => !written.has(candidate));
        for (const key of issue.keys) {
          const suggestion = closestKey(key, unwritten) ?? closestKey(key, allowed);
          const keyPath = [...path, key];
          reports.push({
            path: keyPath,
            atKey: true,
            field: formatPath(keyPath),
            rule: 'unknown-key',
            message: suggestion
              ? `${formatPath(keyPath)}: 「${key}」という項目はありません。「${suggestion}」の書き間違いではありませんか？`
              : `${formatPath(keyPath)}: 「${key}」という項目はありません（書ける項目: ${allowed.join(', ')}）`,
          });
        }
        break;
      }
      case 'invalid_type': {
        if (issue.input === undefined) {
          reports.push({ path, atKey: true, field, rule: 'required', message: `${name}: 必須の項目がありません` });
        } else {
          const expected = TYPE_WORDS[issue.expected] ?? issue.expected;
          const custom = issue.message && !issue.message.startsWith('Invalid input') ? issue.message : `${expected}で書いてください`;
          reports.push({ path, atKey: false, field, rule: 'type', message: `${name}: ${show(issue.input)} は使えません。${custom}` });
        }
        break;
      }
      case 'invalid_value':
        reports.push({
          path,
          atKey: false,
          field,
          rule: 'enum',
          message: `${name}: ${show(issue.input)} は使えない値です。${
            issue.message && !issue.message.startsWith('Invalid') ? issue.message : `${issue.values.map(String).join(', ')} のどれかで書いてください`
          }`,
        });
        break;
      case 'invalid_union':
        reports.push({
          path,
          atKey: false,
          field,
          rule: 'type',
          message: `${name}: ${issue.message && !issue.message.startsWith('Invalid') ? issue.message : '書き方が正しくありません'}`,
        });
        break;
      case 'too_small':
        reports.push({
          path,
          atKey: false,
          field,
          rule: 'too-small',
          message: `${name}: ${
            issue.message && !issue.message.startsWith('Too small')
              ? issue.message
              : issue.origin === 'array'
                ? `${issue.minimum} つ以上書いてください`
                : issue.origin === 'string'
                  ? '空になっています'
                  : `${issue.minimum} 以上にしてください`
          }`,
        });
        break;
      case 'too_big':
        reports.push({
          path,
          atKey: false,
          field,
          rule: 'too-big',
          message: `${name}: ${issue.message && !issue.message.startsWith('Too big') ? issue.message : `${issue.maximum} 以下にしてください`}`,
        });
        break;
      default:
        reports.push({ path, atKey: false, field, rule: issue.code === 'custom' ? 'format' : issue.code, message: `${name}: ${issue.message}` });
    }
  }
  return reports;
}
