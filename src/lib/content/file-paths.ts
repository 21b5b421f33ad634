/**
 * File paths as the project shows and compares them: relative, with `/` between folders on every
 * system (Windows writes `\`), so that diagnostics, entry files, the CMS's content path and the
 * page paths of the security headers read the same on a clerk's Windows PC and on Linux CI.
 * `paths` is node:path's own module for this system; tests pass `path.win32` or `path.posix`.
 */
import path from 'node:path';

type Paths = typeof path.posix;

/** `to` relative to `from`, `/`-separated ('' when they are the same folder). */
export function relativePath(from: string, to: string, paths: Paths = path): string {
  return paths.relative(from, to).split(paths.sep).join('/');
}

/** Whether `file` lies inside `dir` (not `dir` itself, not a sibling whose name starts the same). */
export function isInside(dir: string, file: string, paths: Paths = path): boolean {
  const relative = paths.relative(paths.resolve(dir), paths.resolve(file));
  return relative !== '' && !relative.startsWith('..') && !paths.isAbsolute(relative);
}
