/**
 * The content folder itself: that it is there, what it holds, and which of its files hold
 * entries — each in the file type its collection takes, named by a valid id, and that id used
 * once per collection (subfolders included). Only the files that pass are read and checked.
 *
 * The folder is listed once, without following links: content comes from anyone who can open a
 * pull request, so a symbolic link (to /etc/passwd, to a file elsewhere in the repository, or to
 * a folder) is an error naming the link, and what it points to is never read or shown. Anything
 * else that is neither a file nor a folder (a named pipe …) is refused the same way.
 */
import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { ID_PATTERN } from '../../../schemas/index.ts';
import { displayPath, type Reporter } from '../diagnostics.ts';
import type { FileToCheck } from '../file-checker.ts';
import { relativePath } from '../file-paths.ts';
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

/** What the content folder holds, as listed once (absolute paths). */
export interface ContentFolder {
  /** Every plain file, in path order. */
  files: Set<string>;
  /** Links and other entries that are neither files nor folders: reported once, never read. */
  refused: Set<string>;
}

/** Lists the whole folder without following links, and reports every entry that is refused. */
export async function readContentFolder(contentDir: string, report: Reporter): Promise<ContentFolder> {
  let entries: Dirent[];
  try {
    // A recursive listing reports a linked folder as a link and does not go into it.
    entries = await readdir(contentDir, { withFileTypes: true, recursive: true });
  } catch {
    entries = [];
  }
  const folder: ContentFolder = { files: new Set(), refused: new Set() };
  const byPath = entries.map((entry) => [path.join(entry.parentPath, entry.name), entry] as const);
  byPath.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [file, entry] of byPath) {
    if (entry.isFile()) folder.files.add(file);
    else if (entry.isDirectory()) continue;
    else {
      folder.refused.add(file);
      const link = relativePath(contentDir, file);
      report.inFile(file, problem(entry.isSymbolicLink() ? RULES.symlink : RULES.notAFile, { link }));
    }
  }
  return folder;
}

export interface EntryFile extends FileToCheck {
  /** The entry's id: its file name without the extension. */
  id: string;
}

/** The files of every collection that can hold an entry, in collection order; the others reported. */
export function findEntryFiles(contentDir: string, folder: ContentFolder, report: Reporter): EntryFile[] {
  return FILE_COLLECTION_NAMES.flatMap((collection) => entryFilesOf(contentDir, folder, collection, report));
}

/** The plain files of a collection's folder (and its subfolders, where the collection allows them). */
function filesOf(contentDir: string, folder: ContentFolder, collection: FileCollection): string[] {
  const collectionDir = path.join(contentDir, collection);
  const inside = FILE_COLLECTIONS[collection].nested
    ? (file: string) => file.startsWith(collectionDir + path.sep)
    : (file: string) => path.dirname(file) === collectionDir;
  return [...folder.files].filter((file) => inside(file) && !path.basename(file).startsWith('.'));
}

function entryFilesOf(
  contentDir: string,
  folder: ContentFolder,
  collection: FileCollection,
  report: Reporter,
): EntryFile[] {
  const spec = FILE_COLLECTIONS[collection];
  const firstFileOfId = new Map<string, string>();
  const found: EntryFile[] = [];
  for (const file of filesOf(contentDir, folder, collection)) {
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
