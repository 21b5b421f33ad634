/**
 * One validation per process: the build's integration, the pages' model (src/lib/site-model.ts)
 * and the search index all ask for the same folder, and at tens of thousands of entries reading
 * it twice would be waste. Astro loads the integration and the pages through different module
 * graphs, so the cache lives on globalThis.
 */
import { loadContent, type LoadedContent } from './load.ts';

const CACHE = Symbol.for('chiiki-care-map.loaded-content');
type Cache = Map<string, Promise<LoadedContent>>;

function cache(): Cache {
  const holder = globalThis as unknown as Record<symbol, Cache | undefined>;
  return (holder[CACHE] ??= new Map());
}

export function loadContentOnce(dir: string): Promise<LoadedContent> {
  let pending = cache().get(dir);
  if (!pending) {
    pending = loadContent(dir);
    cache().set(dir, pending);
  }
  return pending;
}

/** Forget a folder's result (after an edit in dev mode). */
export function invalidateContent(dir: string): void {
  cache().delete(dir);
}

/** Thrown when the content has errors; the message is the full list, one line each. */
export class ContentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ContentError';
  }
}
