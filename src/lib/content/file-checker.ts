/**
 * How the validator gets its entry files checked each on its own (checks/file.ts): a FileChecker
 * takes the list and gives back, in the same order, each file's data, problems and parsed source.
 * loadContent uses one thread unless its caller passes another checker (the two-thread one in
 * parallel-check.ts); the checks across files stay with loadContent either way.
 *
 * Also here: the pieces both threads share — the counter from which each takes its next file, and
 * the form in which a checked file crosses between threads.
 */
import type { FileProblem } from './diagnostics.ts';
import { checkFile } from './checks/file.ts';
import { FILE_COLLECTIONS, type FileCollection } from './file-collections.ts';
import { withoutPrototypes, type ParsedSource } from './source.ts';

export interface FileToCheck {
  file: string;
  collection: FileCollection;
}

/** One entry file read and checked on its own, as loadContent goes on with it. */
export interface CheckedEntryFile {
  /** The data as the schema gives it; undefined when the file has errors. */
  data: unknown;
  problems: FileProblem[];
  /** The data as written and where each field is, for the checks across files. */
  source: ParsedSource;
}

export interface FileChecker {
  /** Each file checked on its own, in the order given. */
  checkFiles(files: readonly FileToCheck[]): Promise<CheckedEntryFile[]>;
}

/** One entry file of a collection, checked on its own. */
export function checkEntryFile({ file, collection }: FileToCheck): CheckedEntryFile {
  return checkFile(file, FILE_COLLECTIONS[collection].schema, FILE_COLLECTIONS[collection].markdown);
}

/** Every file on this thread, one after the other. */
export const oneThreadChecker: FileChecker = {
  checkFiles: async (files) => files.map(checkEntryFile),
};

/** A checked file as it crosses between threads: the same checks, without the parsed YAML tree. */
export interface CheckedFile {
  /** The data as written (undefined when the file cannot be read as YAML). */
  raw: unknown;
  /** The data as the schema gives it; undefined when the file has errors. */
  data: unknown;
  body?: string;
  problems: FileProblem[];
}

/** One file checked, in the form that crosses between threads. */
function checkContentFile(item: FileToCheck): CheckedFile {
  const { source, data, problems } = checkEntryFile(item);
  return { raw: source.data, data, body: source.body, problems };
}

/**
 * Calls `each` with the place of every file this thread takes: the next one from the counter it
 * shares with the other thread, until none is left (used on both sides, see parallel-check.ts).
 */
export function forEachTaken(next: Int32Array, count: number, each: (n: number) => void): void {
  for (let n = Atomics.add(next, 0, 1); n < count; n = Atomics.add(next, 0, 1)) each(n);
}

/** A helper's work: the files it takes, checked, by their place in `files`. */
export function checkTaken(files: readonly FileToCheck[], next: Int32Array): Map<number, CheckedFile> {
  const checked = new Map<number, CheckedFile>();
  forEachTaken(next, files.length, (n) => checked.set(n, checkContentFile(files[n]!)));
  return checked;
}

/**
 * A file checked by a helper: its positions are found again, by reading it here, only when a
 * check across files has something to say about it (which is seldom).
 */
export function sourceOfChecked(item: FileToCheck, checked: CheckedFile): ParsedSource {
  let again: ParsedSource | undefined;
  return {
    // Copying between threads gives objects back their prototype; take it away again.
    data: withoutPrototypes(checked.raw),
    body: checked.body,
    problems: [],
    locate: (fieldPath, options) => {
      again ??= checkEntryFile(item).source;
      return again.locate(fieldPath, options);
    },
  };
}
