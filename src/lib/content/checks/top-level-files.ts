/**
 * The files at the top of the content folder: site.yaml (the site's name, municipality, map and
 * contacts), and the two lists categories.yaml and topics.yaml, whose ids must each be used once.
 * A list that fails its schema as a whole still gives the entries that are valid on their own.
 */
import path from 'node:path';
import type { z } from 'astro/zod';
import {
  categoriesSchema,
  categorySchema,
  siteSchema,
  topicsSchema,
  topicSchema,
  type Category,
  type Site,
  type Topic,
} from '../../../schemas/index.ts';
import type { Reporter } from '../diagnostics.ts';
import { problem, RULES } from '../rules.ts';
import type { ParsedSource } from '../source.ts';
import { checkFile } from './file.ts';
import type { ContentFolder } from './folder.ts';

export interface SiteFile {
  file: string;
  /** Undefined when site.yaml is missing or has errors. */
  site?: Site;
  source?: ParsedSource;
}

export function checkSiteFile(contentDir: string, folder: ContentFolder, report: Reporter): SiteFile {
  const file = path.join(contentDir, 'site.yaml');
  // A link in its place has been reported already (checks/folder.ts) and is not read.
  if (folder.refused.has(file)) return { file };
  if (!folder.files.has(file)) {
    report.inFile(file, problem(RULES.missingSiteFile));
    return { file };
  }
  const checked = checkFile(file, siteSchema, false);
  report.fileProblems(file, checked.problems);
  return { file, site: checked.data, source: checked.source };
}

export interface ListFile<T> {
  file: string;
  source?: ParsedSource;
  items: T;
  /** Every id written, valid entry or not. */
  ids: string[];
}

/** categories.yaml and topics.yaml, each checked against its schema and for ids used twice. */
export function checkListFiles(contentDir: string, folder: ContentFolder, report: Reporter) {
  const categories: ListFile<Category[]> = checkListFile(
    { file: path.join(contentDir, 'categories.yaml'), list: categoriesSchema, item: categorySchema },
    folder,
    report,
  );
  const topics: ListFile<Topic[]> = checkListFile(
    { file: path.join(contentDir, 'topics.yaml'), list: topicsSchema, item: topicSchema },
    folder,
    report,
  );
  checkListIds(categories, report);
  checkListIds(topics, report);
  return { categories, topics };
}

/** A list file checked against its schema, and its ids. */
function checkListFile<S extends z.ZodType, I extends z.ZodType>(
  { file, list, item }: { file: string; list: S; item: I },
  folder: ContentFolder,
  report: Reporter,
): ListFile<z.output<S>> {
  const name = path.basename(file);
  if (!folder.files.has(file)) {
    // A link in its place has been reported already (checks/folder.ts) and is not read.
    if (!folder.refused.has(file)) report.inFile(file, problem(RULES.missingListFile, { name }));
    return { file, source: undefined, items: [] as z.output<S>, ids: [] };
  }
  const checked = checkFile(file, list, false);
  report.fileProblems(file, checked.problems);
  const raw = Array.isArray(checked.source.data) ? (checked.source.data as unknown[]) : [];
  // Every id written, valid entry or not, so that one bad entry is reported once, not again as
  // a dangling reference in every file that names it.
  const ids = raw.flatMap((value) => {
    const id = value && typeof value === 'object' ? (value as { id?: unknown }).id : undefined;
    return typeof id === 'string' ? [id] : [];
  });
  // When the list as a whole fails, keep the entries that are valid on their own.
  const items = checked.data ?? raw.flatMap((value) => {
    const result = item.safeParse(value);
    return result.success ? [result.data] : [];
  });
  return { file, source: checked.source, items: items as z.output<S>, ids };
}

/** Each id once per list. */
function checkListIds(list: ListFile<readonly { id: string }[]>, report: Reporter): void {
  const seen = new Map<string, number>();
  list.items.forEach((item, index) => {
    const firstIndex = seen.get(item.id);
    if (firstIndex === undefined) seen.set(item.id, index);
    else {
      const found = problem(RULES.duplicateListId, { id: item.id, firstIndex });
      report.inFile(list.file, found, list.source!.locate([index, 'id']), `[${index}].id`);
    }
  });
}
