/**
 * The checks of one file on its own: it is UTF-8, its YAML (or Markdown front matter) can be
 * read, its Markdown body is safe, its texts carry no markup or hidden characters, and it fits its
 * schema. Nothing here needs the other files, so these checks can run on any thread
 * (file-checker.ts); the checks across files come after, in load.ts.
 */
import path from 'node:path';
import type { z } from 'astro/zod';
import type { FileProblem } from '../diagnostics.ts';
import { FILE_START } from '../diagnostics.ts';
import { reportIssues } from '../error-map.ts';
import { checkMarkdown } from '../markdown-check.ts';
import { isLinkRefused, readWithoutFollowing } from '../no-follow.ts';
import { problem, RULES, type Problem } from '../rules.ts';
import { formatPath } from '../schema-walk.ts';
import { parseMarkdownSource, parseYamlSource, type ParsedSource } from '../source.ts';
import { checkBodyText, checkTextValues } from '../untrusted-text.ts';

export interface CheckedSource<T> {
  source: ParsedSource;
  /** The data as the schema gives it; undefined when the file has errors. */
  data: T | undefined;
  problems: FileProblem[];
}

/** Refuses bytes that are not UTF-8 (a file saved as Shift_JIS) instead of replacing them. */
const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * A file's text: UTF-8 only (a file saved as Shift_JIS is refused, not garbled), and never what a
 * symbolic link in its place points to.
 */
function readText(file: string): { text: string } | { refused: Problem } {
  try {
    return { text: utf8.decode(readWithoutFollowing(file)) };
  } catch (error) {
    if (isLinkRefused(error)) return { refused: problem(RULES.symlink, { link: path.basename(file) }) };
    return { refused: problem(RULES.encoding) };
  }
}

/** Reads a file and checks it against a schema, without anything that needs the other files. */
export function checkFile<S extends z.ZodType>(file: string, schema: S, markdown: boolean): CheckedSource<z.output<S>> {
  // Read synchronously: the files are small, and awaiting each read through the thread pool left
  // the thread idle for about half of the validation.
  const read = readText(file);
  if ('refused' in read) {
    const problems = [{ position: FILE_START, ...read.refused, field: '' }];
    return { source: { data: undefined, problems: [], locate: () => FILE_START }, data: undefined, problems };
  }
  const text = read.text;
  const source: ParsedSource = markdown ? parseMarkdownSource(text) : parseYamlSource(text);
  const problems: FileProblem[] = [];
  for (const found of source.problems) problems.push({ ...found, field: found.field ?? '' });
  if (markdown && source.body !== undefined) checkBody(source.body, source.bodyLine ?? 1, problems);
  checkTexts(source, problems);
  return { source, data: checkSchema(schema, source, problems), problems };
}

/** Markdown safety (markdown-check.ts), then markup, script URLs and hidden characters (untrusted-text.ts). */
function checkBody(body: string, firstLine: number, problems: FileProblem[]): void {
  for (const { line, column, ...found } of [...checkMarkdown(body, firstLine), ...checkBodyText(body, firstLine)]) {
    problems.push({ position: { line, column }, ...found, field: '本文' });
  }
}

/** Every string of the front matter or YAML file, each reported at its own field. */
function checkTexts(source: ParsedSource, problems: FileProblem[]): void {
  for (const found of checkTextValues(source.data)) {
    const field = formatPath(found.path);
    const { severity, rule, message } = found;
    problems.push({ position: source.locate(found.path), severity, rule, field, message: `${field}: ${message}` });
  }
}

/** The data as the schema gives it, or undefined with a problem for each issue. */
function checkSchema<S extends z.ZodType>(
  schema: S,
  source: ParsedSource,
  problems: FileProblem[],
): z.output<S> | undefined {
  if (source.data === undefined) return undefined;
  if (source.data === null || (typeof source.data !== 'object' && !Array.isArray(source.data))) {
    problems.push({ position: FILE_START, ...problem(RULES.notAMapping), field: '' });
    return undefined;
  }
  const result = schema.safeParse(source.data, { reportInput: true });
  if (result.success) return result.data as z.output<S>;
  for (const report of reportIssues(schema, source.data, result.error.issues)) {
    const { severity, rule, field, message } = report;
    problems.push({ position: source.locate(report.path, { key: report.atKey }), severity, rule, field, message });
  }
  return undefined;
}
