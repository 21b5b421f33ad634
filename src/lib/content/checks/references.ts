/**
 * References between files: every id a file names (a category, an area, another resource …) must
 * exist in the collection the schema says it points to. Checked on every entry, valid or not, and
 * against every id written, so that one bad entry is reported once, not again in each file that
 * names it. A near spelling is offered as "did you mean".
 */
import type { CollectionName } from '../../../schemas/index.ts';
import type { Reporter } from '../diagnostics.ts';
import { FILE_COLLECTIONS, FILE_COLLECTION_NAMES } from '../file-collections.ts';
import type { Entry, LoadedContent } from '../load.ts';
import { problem, RULES } from '../rules.ts';
import { editDistance, findReferences, formatPath } from '../schema-walk.ts';

export const COLLECTION_LABELS: Record<CollectionName, string> = {
  areas: '地域（areas）',
  organizations: '組織（organizations）',
  resources: '資源（resources）',
  networks: '会議体（networks）',
  categories: '種別（categories.yaml）',
  topics: '相談内容（topics.yaml）',
};

export type KnownIds = Record<CollectionName, Set<string>>;

/** The ids of every collection: the entries loaded (invalid ones included) and the ids written in the lists. */
export function knownIds(loaded: LoadedContent, lists: { categories: string[]; topics: string[] }): KnownIds {
  return {
    areas: new Set(loaded.areas.map((entry) => entry.id)),
    organizations: new Set(loaded.organizations.map((entry) => entry.id)),
    resources: new Set(loaded.resources.map((entry) => entry.id)),
    networks: new Set(loaded.networks.map((entry) => entry.id)),
    categories: new Set(lists.categories),
    topics: new Set(lists.topics),
  };
}

export function checkReferences(loaded: LoadedContent, ids: KnownIds, report: Reporter): void {
  for (const collection of FILE_COLLECTION_NAMES) {
    for (const entry of loaded[collection] as Entry<unknown>[]) {
      for (const site of findReferences(FILE_COLLECTIONS[collection].schema, entry.raw)) {
        const targets = Array.isArray(site.target) ? site.target : [site.target];
        if (targets.some((target) => ids[target].has(site.value))) continue;
        const meant = closestId(site.value, targets.flatMap((target) => [...ids[target]]));
        const places = targets.map((target) => COLLECTION_LABELS[target]);
        const { path, title, value } = site;
        const found = problem(RULES.danglingReference, { field: formatPath(path), title, value, places, meant });
        report.inEntry(collection, entry.id, path, found);
      }
    }
  }
}

/**
 * The id a dangling reference most likely meant: a near spelling (two edits at most) or the
 * id it begins or ends (「minami」 for minamidai). Ids are short, so anything looser guesses wrong.
 */
export function closestId(value: string, candidates: readonly string[]): string | undefined {
  let best: { id: string; distance: number } | undefined;
  for (const id of candidates) {
    const distance = editDistance(value, id);
    const related = distance <= 2 || id.startsWith(value) || value.startsWith(id);
    if (related && (!best || distance < best.distance)) best = { id, distance };
  }
  return best?.id;
}
