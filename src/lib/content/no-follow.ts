/**
 * Reading a file of the content folder without following a symbolic link in its place. The folder
 * listing (checks/folder.ts) already refuses links; this keeps every reader of a content file
 * (the validator, astro.config.mjs's look at site.yaml) from ever opening what a link points to,
 * even if a link appears after the listing.
 */
import { closeSync, constants, openSync, readFileSync } from 'node:fs';

/** The file's bytes; throws (code ELOOP) when the file is a symbolic link. */
export function readWithoutFollowing(file: string): Buffer {
  // O_NOFOLLOW does not exist on Windows, where a checkout has no links unless asked for.
  const descriptor = openSync(file, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
  try {
    return readFileSync(descriptor);
  } finally {
    closeSync(descriptor);
  }
}

/** True when `error` is what readWithoutFollowing throws for a link. */
export function isLinkRefused(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === 'ELOOP';
}
