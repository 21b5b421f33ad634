/**
 * Fills Astro's content collections from the validated folder. Astro parses each entry again
 * with the same Zod schema (the collection's `schema`), so the types of the pages come from it.
 */
import type { Loader } from 'astro/loaders';
import { contentDir } from './content-dir.ts';
import { hasErrors, type LoadedContent } from './load.ts';
import { formatText, summary } from './report.ts';
import { ContentError, invalidateContent, loadContentOnce } from './shared-load.ts';
import { validationMode } from './validation-mode.ts';
import { stripBidiControls } from '../normalize/text.ts';

type Collection = 'site' | 'categories' | 'topics' | 'areas' | 'organizations' | 'resources' | 'networks';

function entriesOf(loaded: LoadedContent, collection: Collection) {
  switch (collection) {
    case 'site':
      return loaded.siteRaw ? [{ id: 'site', raw: loaded.siteRaw, body: undefined, file: 'site.yaml' }] : [];
    case 'categories':
    case 'topics':
      return loaded[collection].map((item) => ({ id: item.id, raw: { ...item } as Record<string, unknown>, body: undefined, file: `${collection}.yaml` }));
    default:
      return loaded[collection];
  }
}

function withoutBidiControls<T>(value: T): T {
  if (typeof value === 'string') return stripBidiControls(value) as T;
  if (Array.isArray(value)) return value.map(withoutBidiControls) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withoutBidiControls(item)])) as T;
  }
  return value;
}

async function withOrder<T extends { html: string; metadata?: Record<string, unknown> }>(rendered: T, order: number): Promise<T> {
  return { ...rendered, metadata: { ...rendered.metadata, order } };
}

export function careContentLoader(collection: Collection): Loader {
  return {
    name: `care-content:${collection}`,
    load: async ({ store, parseData, renderMarkdown, watcher, generateDigest }) => {
      const dir = contentDir();
      const sync = async () => {
        const loaded = await loadContentOnce(dir);
        // report-only: the integration has printed the errors; build what passed its schema.
        if (hasErrors(loaded.diagnostics) && validationMode() !== 'report-only') {
          throw new ContentError(`コンテンツに誤りがあります。\n${formatText(loaded.diagnostics)}\n${summary(loaded.diagnostics)}`);
        }
        store.clear();
        for (const [order, entry] of entriesOf(loaded, collection).entries()) {
          // Direction overrides never reach a page, even when validation was bypassed.
          const data = await parseData({ id: entry.id, data: withoutBidiControls(entry.raw) });
          const body = entry.body?.trim() ? stripBidiControls(entry.body) : undefined;
          store.set({
            id: entry.id,
            data,
            // Relative to the content folder: the edit link ("この情報の修正を提案する") is built from it.
            filePath: entry.file,
            body,
            digest: generateDigest({ data: entry.raw, body: body ?? '' }),
            // The store keeps entries by id; `order` keeps the order staff wrote lists in
            // (categories.yaml, topics.yaml), which is the display order.
            rendered: body ? await withOrder(await renderMarkdown(body), order) : { html: '', metadata: { order } },
          });
        }
      };
      await sync();
      if (watcher) {
        watcher.add(dir);
        watcher.on('all', async (_event, changed) => {
          if (!changed.startsWith(dir)) return;
          invalidateContent(dir);
          try {
            await sync();
          } catch (error) {
            console.error((error as Error).message);
          }
        });
      }
    },
  };
}
