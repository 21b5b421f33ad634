/**
 * The site model from loaded content: what the pages use (src/lib/model/site-model.ts), the search
 * index worker, and tests and scripts (loadModel). Bodies go through the site's own Markdown
 * pipeline (src/lib/content/markdown-processor.ts), so every user sees the same HTML.
 */
import { hasErrors, loadContent, type LoadedContent } from '../content/load.ts';
import { renderMarkdownBody } from '../content/markdown-processor.ts';
import { formatText } from '../content/report.ts';
import { buildModel, type SiteModel } from './model.ts';
import { stripBidiControls } from '../text/normalize.ts';

/** What a model is made from: the loaded content, without the data as written (`raw`). */
export type ModelSource = Pick<LoadedContent, 'site' | 'categories' | 'topics'> & {
  [K in 'areas' | 'organizations' | 'resources' | 'networks']: Omit<LoadedContent[K][number], 'raw'>[];
};

/**
 * Direction overrides never reach a page. The validator refuses them; this matters when a build
 * goes on despite errors (CONTENT_VALIDATION=report-only).
 */
function withoutBidiControls<T>(value: T): T {
  if (typeof value === 'string') return stripBidiControls(value) as T;
  if (Array.isArray(value)) return value.map(withoutBidiControls) as T;
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withoutBidiControls(item)])) as T;
  }
  return value;
}

/** Every body's HTML, keyed by the body as written (what modelFromLoaded renders). */
export type RenderedBodies = Map<string, string>;

/**
 * `rendered`: bodies already turned into HTML by this same pipeline; a body not in it is rendered
 * and added to it. The build's search worker renders the bodies first and hands the map to the
 * pages (src/integrations/pagefind.ts), so a build renders each body once.
 */
export async function modelFromLoaded(loaded: ModelSource, rendered?: RenderedBodies): Promise<SiteModel> {
  const withHtml = async <T>(entry: { id: string; data: T; body?: string; file: string }) => {
    const body = entry.body?.trim() ? stripBidiControls(entry.body) : undefined;
    let html = body === undefined ? undefined : rendered?.get(body);
    if (body !== undefined && html === undefined) {
      html = await renderMarkdownBody(body);
      rendered?.set(body, html);
    }
    return { id: entry.id, data: withoutBidiControls(entry.data), file: entry.file, html };
  };
  const all = <T>(entries: { id: string; data: T; body?: string; file: string }[]) =>
    Promise.all(entries.map(withHtml));
  const [areas, organizations, resources, networks] = await Promise.all([
    all(loaded.areas),
    all(loaded.organizations),
    all(loaded.resources),
    all(loaded.networks),
  ]);
  return buildModel({
    site: withoutBidiControls(loaded.site!),
    categories: withoutBidiControls(loaded.categories),
    topics: withoutBidiControls(loaded.topics),
    areas,
    organizations,
    resources,
    networks,
  });
}

/** Loads, refuses a folder with errors (so a test never exports half a town), and builds the model. */
export async function loadModel(dir: string, today?: string): Promise<{ loaded: LoadedContent; model: SiteModel }> {
  const loaded = await loadContent(dir, { today });
  if (hasErrors(loaded.diagnostics))
    throw new Error(`content in ${dir} has errors:\n${formatText(loaded.diagnostics)}`);
  return { loaded, model: await modelFromLoaded(loaded) };
}
