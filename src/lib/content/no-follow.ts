/**
 * Reading a file of the content folder without following a symbolic link in its place. The folder
 * listing (checks/folder.ts) already refuses links; this keeps every reader of a content file
 * (the validator, astro.config.mjs's look at site.yaml) from ever opening what a link points to,
 * even if a link appears after the listing, and the dev server from naming files a linked folder
 * leads to.
 */
import { closeSync, constants, lstatSync, openSync, readFileSync } from 'node:fs';
import { lstat, open } from 'node:fs/promises';
import path from 'node:path';

/** The file's bytes; throws (code ELOOP) when the file is a symbolic link. */
export function readWithoutFollowing(file: string): Buffer {
  // Windows has no O_NOFOLLOW: there the look at the link itself is the guard; elsewhere
  // O_NOFOLLOW also covers a link put in its place between the look and the opening.
  if (lstatSync(file).isSymbolicLink()) throw Object.assign(new Error(`${file}: symbolic link`), { code: 'ELOOP' });
  const descriptor = openSync(file, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
  try {
    return readFileSync(descriptor);
  } finally {
    closeSync(descriptor);
  }
}

/** readWithoutFollowing without blocking: for many files read side by side (the portal's search router). */
export async function readWithoutFollowingAsync(file: string): Promise<Buffer> {
  // where O_NOFOLLOW exists the opening refuses a link by itself (ELOOP): no look first
  if (constants.O_NOFOLLOW === undefined && (await lstat(file)).isSymbolicLink()) throw Object.assign(new Error(`${file}: symbolic link`), { code: 'ELOOP' });
  const handle = await open(file, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
  try {
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

/** True when `error` is what readWithoutFollowing throws for a link. */
export function isLinkRefused(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === 'ELOOP';
}

/**
 * True when `file` lies inside a linked folder of `contentDir` (a folder reached through a link),
 * so that the dev server's watcher, which follows links, does not name files from elsewhere.
 * Only the link metadata is read, never a file.
 */
export function isUnderLink(contentDir: string, file: string): boolean {
  const parts = path.relative(contentDir, path.dirname(file)).split(path.sep).filter(Boolean);
  if (parts[0] === '..' || path.isAbsolute(parts[0] ?? '')) return true;
  let current = contentDir;
  for (const part of parts) {
    current = path.join(current, part);
    try {
      if (lstatSync(current).isSymbolicLink()) return true;
    } catch {
      return false;
    }
  }
  return false;
}
