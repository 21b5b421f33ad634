/**
 * Where the validator's findings are collected: each rule's problem (rules.ts) gets the file, line,
 * column and field it is about. The checks across files name an entry and a field; the reporter
 * knows which file holds the entry and finds the field's position in it.
 */
import type { FileCollection } from './file-collections.ts';
import type { Problem, Severity } from './rules.ts';
import type { ParsedSource, Position } from './source.ts';
import { formatPath } from './schema-walk.ts';
import { relativePath } from './file-paths.ts';

export type { Severity } from './rules.ts';

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

/** A problem found in one file, before it is given the file's display path. */
export interface FileProblem extends Problem {
  position: Position;
  field: string;
}

/** The top of a file: where problems about the whole file point. */
export const FILE_START: Position = { line: 1, column: 1 };

/** A file's path as diagnostics show it: relative to the working directory, with / separators. */
export function displayPath(file: string): string {
  return relativePath(process.cwd(), file) || file;
}

/** Collects the diagnostics of one load. */
export class Reporter {
  readonly diagnostics: Diagnostic[] = [];
  /** The file and parsed source of each entry, by `collection/id`, for the checks across files. */
  private readonly sources = new Map<string, { file: string; source: ParsedSource }>();

  /** A problem in a file, at a position (the top of the file unless given). */
  inFile(file: string, found: Problem, position: Position = FILE_START, field = ''): void {
    const { line, column } = position;
    const { severity, rule, message } = found;
    this.diagnostics.push({ file: displayPath(file), line, column, severity, rule, field, message });
  }

  /** The problems one file's own checks found. */
  fileProblems(file: string, problems: readonly FileProblem[]): void {
    for (const found of problems) this.inFile(file, found, found.position, found.field);
  }

  /** Remembers which file holds an entry, so later checks can point into it. */
  remember(collection: FileCollection, id: string, file: string, source: ParsedSource): void {
    this.sources.set(`${collection}/${id}`, { file, source });
  }

  /** A problem in an entry's file, at a field. */
  inEntry(collection: FileCollection, id: string, fieldPath: readonly PropertyKey[], found: Problem): void {
    const origin = this.sources.get(`${collection}/${id}`)!;
    this.inFile(origin.file, found, origin.source.locate(fieldPath), formatPath(fieldPath));
  }

  /** The diagnostics by file, line and column (in the order found where those are equal). */
  sort(): void {
    this.diagnostics.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
  }
}
