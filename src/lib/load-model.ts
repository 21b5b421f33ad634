/**
 * For tests and scripts: the site model of a content folder without Astro, bodies rendered
 * through the same remark → rehype → sanitize steps the site uses.
 */
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { hasErrors, loadContent, type LoadedContent } from './content/load.ts';
import { formatText } from './content/report.ts';
import { sanitizeSchema } from './content/sanitize.ts';
import { buildModel, type SiteModel } from './model.ts';

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeSanitize, sanitizeSchema).use(rehypeStringify);

export function renderMarkdown(body: string): string {
  return String(processor.processSync(body));
}

/** What a model is made from: the loaded content, without the data as written (`raw`). */
export type ModelSource = Pick<LoadedContent, 'site' | 'categories' | 'topics'> & {
  [K in 'areas' | 'organizations' | 'resources' | 'networks']: Omit<LoadedContent[K][number], 'raw'>[];
};

export function modelFromLoaded(loaded: ModelSource): SiteModel {
  const withHtml = <T,>(entry: { id: string; data: T; body?: string; file: string }) => ({
    id: entry.id,
    data: entry.data,
    file: entry.file,
    html: entry.body?.trim() ? renderMarkdown(entry.body) : undefined,
  });
  return buildModel({
    site: loaded.site!,
    categories: loaded.categories,
    topics: loaded.topics,
    areas: loaded.areas.map(withHtml),
    organizations: loaded.organizations.map(withHtml),
    resources: loaded.resources.map(withHtml),
    networks: loaded.networks.map(withHtml),
  });
}

/** Loads, refuses a folder with errors (so a test never exports half a town), and builds the model. */
export async function loadModel(dir: string, today?: string): Promise<{ loaded: LoadedContent; model: SiteModel }> {
  const loaded = await loadContent(dir, { today });
  if (hasErrors(loaded.diagnostics)) throw new Error(`content in ${dir} has errors:\n${formatText(loaded.diagnostics)}`);
  return { loaded, model: modelFromLoaded(loaded) };
}
