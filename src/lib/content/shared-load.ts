/**
 * One validation per process: the build's integration, the pages' model (src/lib/model/site-model.ts)
 * and the search index all ask for the same folder, and at tens of thousands of entries reading
 * it twice would be waste. Astro loads the integration and the pages through different module
 * graphs, so the cache lives on globalThis.
 */
import { forgetRenderedBodies } from '../model/rendered-bodies.ts';
import { loadContent, type LoadedContent, type LoadOptions } from './load.ts';

/** The loads by content folder, on globalThis so that both module graphs see them. */
function cache(): Map<string, Promise<LoadedContent>> {
  const holder = globalThis as unknown as Record<symbol, Map<string, Promise<LoadedContent>> | undefined>;
  return (holder[Symbol.for('chiiki-care-map.loaded-content')] ??= new Map());
}

/** `options` apply to the first load of the folder (the build's integration gives the two-thread checker). */
export function loadContentOnce(dir: string, options?: LoadOptions): Promise<LoadedContent> {
  let pending = cache().get(dir);
  if (!pending) {
    pending = loadContent(dir, options);
    cache().set(dir, pending);
  }
  return pending;
}

/** Forget a folder's result and the bodies rendered from it (after an edit in dev mode). */
export function invalidateContent(dir: string): void {
  cache().delete(dir);
  forgetRenderedBodies(dir);
}

/** Thrown when the content has errors; the message is the full list, one line each. */
export class ContentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ContentError';
  }
}
