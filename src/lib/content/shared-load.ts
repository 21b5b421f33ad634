/**
 * One validation per process: the build's integration, the pages' model (src/lib/model/site-model.ts)
 * and the search index all ask for the same folder, and at tens of thousands of entries reading
 * it twice would be waste. Astro loads the integration and the pages through different module
 * graphs, so the cache lives on globalThis.
 */
import type { RenderedBodies } from '../model/load-model.ts';
import { loadContent, type LoadedContent, type LoadOptions } from './load.ts';

/** A map per content folder that both module graphs see (kept on globalThis under `name`). */
function sharedMap<T>(name: string): Map<string, T> {
  const holder = globalThis as unknown as Record<symbol, Map<string, T> | undefined>;
  return (holder[Symbol.for(`chiiki-care-map.${name}`)] ??= new Map());
}

const cache = () => sharedMap<Promise<LoadedContent>>('loaded-content');

/** `options` apply to the first load of the folder (the build's integration gives a helper thread). */
export function loadContentOnce(dir: string, options?: LoadOptions): Promise<LoadedContent> {
  let pending = cache().get(dir);
  if (!pending) {
    pending = loadContent(dir, options);
    cache().set(dir, pending);
  }
  return pending;
}

const bodies = () => sharedMap<Promise<RenderedBodies | undefined>>('rendered-bodies');

/** The build's search worker renders a folder's bodies before the pages need them (src/integrations/pagefind.ts). */
export function offerRenderedBodies(dir: string, rendered: Promise<RenderedBodies | undefined>): void {
  bodies().set(dir, rendered);
}

/** Bodies rendered ahead for a folder, if any were offered (undefined: render them yourself). */
export function renderedBodiesFor(dir: string): Promise<RenderedBodies | undefined> {
  return bodies().get(dir) ?? Promise.resolve(undefined);
}

/** Forget a folder's result (after an edit in dev mode). */
export function invalidateContent(dir: string): void {
  cache().delete(dir);
  bodies().delete(dir);
}

/** Thrown when the content has errors; the message is the full list, one line each. */
export class ContentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ContentError';
  }
}
