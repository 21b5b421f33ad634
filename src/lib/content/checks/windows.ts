/**
 * Support windows (資源 whose category is of kind `window`): each says which areas it serves and
 * what one can consult it about, because the finder and the area pages are built from these.
 */
import type { Reporter } from '../diagnostics.ts';
import type { LoadedContent } from '../load.ts';
import { problem, RULES } from '../rules.ts';

export function checkWindows(loaded: LoadedContent, report: Reporter): void {
  const categoryById = new Map(loaded.categories.map((category) => [category.id, category]));
  for (const { id, data: resource } of loaded.resources) {
    const category = categoryById.get(resource.category);
    if (category?.kind !== 'window') continue;
    if (!resource.servesAreas?.length) {
      const field = resource.servesAreas ? ['servesAreas'] : [];
      report.inEntry('resources', id, field, problem(RULES.windowServesAreas, { category: category.name }));
    }
    if (!resource.topics?.length) {
      const field = resource.topics ? ['topics'] : [];
      report.inEntry('resources', id, field, problem(RULES.windowTopics, { category: category.name }));
    }
  }
}
