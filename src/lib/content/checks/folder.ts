/**
 * The content folder itself: that it is there, and which of its files hold entries — each in the
 * file type its collection takes, named by a valid id, and that id used once per collection
 * (subfolders included). Only the files that pass are read and checked.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { ID_PATTERN } from '../../../schemas/index.ts';
import { displayPath, type Reporter } from '../diagnostics.ts';
import type { FileToCheck } from '../file-checker.ts';
import { FILE_COLLECTIONS, FILE_COLLECTION_NAMES, type FileCollection } from '../file-collections.ts';
import { problem, RULES } from '../rules.ts';

export async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}

/** Reports a missing content folder; true when it is there. */
export async function checkFolderExists(contentDir: string, report: Reporter): Promise<boolean> {
  if (await exists(contentDir)) return true;
  report.inFile(contentDir, problem(RULES.missingFolder, { folder: displayPath(contentDir) }));
  return false;
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

export interface EntryFile extends FileToCheck {
  /** The entry's id: its file name without the extension. */
  id: string;
}

/** The files of every collection that can hold an entry, in collection order; the others reported. */
export async function findEntryFiles(contentDir: string, report: Reporter): Promise<EntryFile[]> {
  const found: EntryFile[] = [];
  for (const collection of FILE_COLLECTION_NAMES) {
    found.push(...(await entryFilesOf(contentDir, collection, report)));
  }
  return found;
}

async function entryFilesOf(contentDir: string, collection: FileCollection, report: Reporter): Promise<EntryFile[]> {
  const spec = FILE_COLLECTIONS[collection];
  const files = await listFiles(path.join(contentDir, collection), spec.nested);
  const firstFileOfId = new Map<string, string>();
  const found: EntryFile[] = [];
  for (const file of files) {
    const extension = path.extname(file).toLowerCase();
    if (!(spec.extension as readonly string[]).includes(extension)) {
      report.inFile(file, problem(RULES.fileType, { collection, extensions: spec.extension }));
      continue;
    }
    const id = path.basename(file, path.extname(file));
    if (!ID_PATTERN.test(id)) {
      report.inFile(file, problem(RULES.idFormat, { id }));
      continue;
    }
    const firstFile = firstFileOfId.get(id);
    if (firstFile !== undefined) {
      report.inFile(file, problem(RULES.duplicateFileId, { id, firstFile: displayPath(firstFile) }));
      continue;
    }
    firstFileOfId.set(id, file);
    found.push({ file, collection, id });
  }
  return found;
}
