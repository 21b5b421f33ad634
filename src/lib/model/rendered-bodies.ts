/**
 * The hand-over of rendered Markdown bodies during a build. The search index's worker
 * (src/integrations/pagefind.ts) renders every body of a content folder anyway, so it offers them
 * here; the pages' model (src/lib/model/site-model.ts) takes them instead of rendering each body
 * a second time. The offer is a promise, made before the pages ask for it.
 *
 * Kept on globalThis because Astro loads the integrations and the pages through different module
 * graphs: each gets its own copy of this module, and only globalThis is seen by both.
 *
 * No offer, or a promise that settles to undefined (dev mode, a failed worker), means "render them
 * yourself". invalidateContent (src/lib/content/shared-load.ts) forgets the offer with the content.
 */
import type { RenderedBodies } from './load-model.ts';

/** The offers by content folder, on globalThis (see above). */
function offers(): Map<string, Promise<RenderedBodies | undefined>> {
  const holder = globalThis as unknown as Record<symbol, Map<string, Promise<RenderedBodies | undefined>> | undefined>;
  return (holder[Symbol.for('chiiki-care-map.rendered-bodies')] ??= new Map());
}

/** Offers a folder's bodies, rendered (or being rendered) by the build's search worker. */
export function offerRenderedBodies(dir: string, rendered: Promise<RenderedBodies | undefined>): void {
  offers().set(dir, rendered);
}

/** Bodies rendered ahead for a folder, if any were offered (undefined: render them yourself). */
export function renderedBodiesFor(dir: string): Promise<RenderedBodies | undefined> {
  return offers().get(dir) ?? Promise.resolve(undefined);
}

/** Forgets a folder's offer (its content changed). */
export function forgetRenderedBodies(dir: string): void {
  offers().delete(dir);
}
