import path from 'node:path';

/** The content folder: $CONTENT_DIR, or ./content of the project. */
export function contentDir(): string {
  return path.resolve(process.env.CONTENT_DIR || 'content');
}
