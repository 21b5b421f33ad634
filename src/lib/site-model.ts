/**
 * The model for the pages, built once per build from the validated content folder.
 *
 * The pages read the content the validator has already loaded (src/lib/content/shared-load.ts:
 * one read per process, shared with the content-validation integration and the search index),
 * not through Astro's content collections: copying tens of thousands of entries into Astro's data
 * store and reading them back cost about as much as rendering the pages. Bodies are rendered by
 * Astro's own Markdown pipeline with the processor astro.config.mjs installs
 * (src/lib/content/markdown-processor.ts), so the HTML is what a collection would have given.
 *
 * In `astro dev`, an edit in the content folder makes the next request build a new model
 * (src/integrations/content-validation.ts forgets the loaded folder and reloads the page).
 */
import { contentDir } from './content/content-dir.ts';
import { hasErrors, type LoadedContent } from './content/load.ts';
import { renderMarkdownBody } from './content/markdown-processor.ts';
import { formatText, summary } from './content/report.ts';
import { ContentError, loadContentOnce } from './content/shared-load.ts';
import { validationMode } from './content/validation-mode.ts';
import { buildModel, type SiteModel } from './model.ts';
import { stripBidiControls } from './normalize/text.ts';

let built: { from: Promise<LoadedContent>; model: Promise<SiteModel> } | undefined;

/** Direction overrides never reach a page, even when validation was bypassed. */
function withoutBidiControls<T>(value: T): T {
  if (typeof value === 'string') return stripBidiControls(value) as T;
  if (Array.isArray(value)) return value.map(withoutBidiControls) as T;
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withoutBidiControls(item)])) as T;
  }
  return value;
}

async function modelOf(loaded: LoadedContent): Promise<SiteModel> {
  // report-only: the integration has printed the errors; build what passed its schema.
  if (hasErrors(loaded.diagnostics) && validationMode() !== 'report-only') {
    throw new ContentError(`コンテンツに誤りがあります。\n${formatText(loaded.diagnostics)}\n${summary(loaded.diagnostics)}`);
  }
  const withHtml = async <T,>(entry: { id: string; data: T; body?: string; file: string }) => {
    const body = entry.body?.trim() ? stripBidiControls(entry.body) : undefined;
    return { id: entry.id, data: withoutBidiControls(entry.data), file: entry.file, html: body ? await renderMarkdownBody(body) : undefined };
  };
  const all = <T,>(entries: { id: string; data: T; body?: string; file: string }[]) => Promise.all(entries.map(withHtml));
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

export function getModel(): Promise<SiteModel> {
  const from = loadContentOnce(contentDir());
  if (built?.from !== from) built = { from, model: from.then(modelOf) };
  return built.model;
}
