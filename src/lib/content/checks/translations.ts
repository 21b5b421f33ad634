/**
 * The translation overlays (content/i18n/<language>/), checked like every other file — UTF-8,
 * YAML, Markdown safety and links of the body, markup in the texts, the schema with its unknown
 * keys — and then against the Japanese: each id must name a Japanese entry, and a translation
 * whose Japanese changed after it was made (its `basedOn` digest no longer matches) is reported
 * as stale, naming both files. What passes becomes the translations the pages read.
 */
import path from 'node:path';
import type { z } from 'astro/zod';
import {
  BODY_FIELD,
  NAMES_FILES,
  resourceOverlaySchema,
  type NamesCollection,
  type TranslatedCollectionName,
} from '../../../schemas/translation.ts';
import { displayPath, FILE_START, type Reporter } from '../diagnostics.ts';
import { relativePath } from '../file-paths.ts';
import type { LoadedContent } from '../load.ts';
import { problem, RULES } from '../rules.ts';
import { metaOf } from '../schema-walk.ts';
import type { ParsedSource } from '../source.ts';
import {
  digestOf,
  emptyLanguageTranslations,
  japaneseLookup,
  type JapaneseEntry,
  type LoadedTranslations,
  type TranslatableField,
} from '../translation-texts.ts';
import { checkFile } from './file.ts';
import { closestId, COLLECTION_LABELS, type KnownIds } from './references.ts';
import type { TranslationFile } from './translation-files.ts';

/** The command that records the Japanese a translation was made from. */
export const STAMP_COMMAND = 'npm run translations';

/** One entry of an overlay file, as written and as its schema gives it. */
interface OverlayEntry {
  id: string;
  /** Where the entry sits in its file ([] for a resource overlay, [id] in a names file). */
  at: string[];
  /** The schema's output, or undefined when the entry has errors (already reported). */
  data: Record<string, unknown> | undefined;
  body?: string;
}

interface CheckedOverlay {
  item: TranslationFile;
  source: ParsedSource;
  entries: OverlayEntry[];
}

/** Every translation file checked on its own and against the Japanese; the translations that pass. */
export function checkTranslations(
  loaded: LoadedContent,
  files: readonly TranslationFile[],
  ids: KnownIds,
  report: Reporter,
): LoadedTranslations {
  const translations: LoadedTranslations = new Map();
  const japanese = japaneseLookup(loaded);
  for (const item of files) {
    const overlay = checkOverlayFile(item, report);
    let language = translations.get(item.language);
    if (!language) translations.set(item.language, (language = emptyLanguageTranslations()));
    for (const entry of overlay.entries) {
      if (!isKnownId(overlay, entry, ids, report)) continue;
      const original = japanese(item.collection, entry.id);
      if (!entry.data || !original) continue;
      const texts = translatedTexts(entry);
      checkStaleness({ overlay, entry, texts, original, contentDir: loaded.dir }, report);
      language[item.collection].set(entry.id, { file: relativePath(loaded.dir, item.file), texts });
    }
  }
  return translations;
}

/** One overlay file read and checked against its schema; its entries, each valid or not. */
function checkOverlayFile(item: TranslationFile, report: Reporter): CheckedOverlay {
  const resource = item.collection === 'resources';
  const schema = resource ? resourceOverlaySchema : NAMES_FILES[item.collection as NamesCollection].schema;
  const checked = checkFile(item.file, schema as z.ZodType, resource);
  report.fileProblems(item.file, checked.problems);
  const { source } = checked;
  if (resource) {
    const data = checked.data as Record<string, unknown> | undefined;
    return { item, source, entries: [{ id: item.id!, at: [], data, body: source.body }] };
  }
  // A names file with one bad entry still gives the others (each checked on its own).
  const raw = source.data && typeof source.data === 'object' && !Array.isArray(source.data) ? source.data : {};
  const whole = checked.data as Record<string, Record<string, unknown>> | undefined;
  const entrySchema: z.ZodType = NAMES_FILES[item.collection as NamesCollection].entry;
  const entries = Object.entries(raw as Record<string, unknown>).map(([id, value]): OverlayEntry => {
    const parsed = whole ? { success: Object.hasOwn(whole, id), data: whole[id] } : entrySchema.safeParse(value);
    const data = parsed.success ? (parsed.data as Record<string, unknown>) : undefined;
    return { id, at: [id], data };
  });
  return { item, source, entries };
}

/** The id names a Japanese entry (an id of the wrong form was reported by the schema). */
function isKnownId(overlay: CheckedOverlay, entry: OverlayEntry, ids: KnownIds, report: Reporter): boolean {
  const { collection, file } = overlay.item;
  if (ids[collection].has(entry.id)) return true;
  const meant = closestId(entry.id, [...ids[collection]]);
  const found = problem(RULES.translationUnknownId, { id: entry.id, place: COLLECTION_LABELS[collection], meant });
  // A resource overlay's id is its file name: the finding is about the whole file.
  const position = entry.at.length ? overlay.source.locate(entry.at, { key: true }) : FILE_START;
  report.inFile(file, found, position, entry.at.join('.'));
  return false;
}

/** The texts an entry translates; a resource's description is its body. */
function translatedTexts(entry: OverlayEntry): Partial<Record<TranslatableField, string>> {
  const texts: Partial<Record<TranslatableField, string>> = {};
  for (const [field, value] of Object.entries(entry.data ?? {})) {
    if (field !== 'basedOn' && typeof value === 'string') texts[field as TranslatableField] = value;
  }
  if (entry.body?.trim()) texts[BODY_FIELD] = entry.body.trim();
  return texts;
}

/** Each translated field against the digest of the Japanese it was made from. */
function checkStaleness(
  found: { overlay: CheckedOverlay; entry: OverlayEntry; texts: Partial<Record<TranslatableField, string>>; original: JapaneseEntry; contentDir: string },
  report: Reporter,
): void {
  const { overlay, entry, texts, original, contentDir } = found;
  const basedOn = (entry.data?.basedOn ?? {}) as Record<string, string | undefined>;
  const unstamped: string[] = [];
  for (const field of Object.keys(texts) as TranslatableField[]) {
    const recorded = basedOn[field];
    if (recorded === undefined) {
      unstamped.push(field);
      continue;
    }
    if (recorded === digestOf(original.texts[field])) continue;
    const at = [...entry.at, 'basedOn', field];
    const stale = problem(RULES.translationStale, {
      field: fieldLabel(overlay.item.collection, field),
      japaneseFile: displayPath(path.join(contentDir, original.file)),
      removed: original.texts[field] === undefined,
      command: `${STAMP_COMMAND} -- --refresh ${relativePath(contentDir, overlay.item.file)}${entry.at.length ? `:${entry.id}` : ''}`,
    });
    report.inFile(overlay.item.file, stale, overlay.source.locate(at), at.join('.'));
  }
  if (unstamped.length > 0) {
    const fields = unstamped.map((field) => fieldLabel(overlay.item.collection, field));
    const position = overlay.source.locate(entry.at, { key: true });
    report.inFile(overlay.item.file, problem(RULES.translationUnstamped, { fields }), position, [...entry.at, 'basedOn'].join('.'));
  }
}

/** A field as the clerk knows it: `hoursNote（時間についての補足）`; a resource's description is its body. */
export function fieldLabel(collection: TranslatedCollectionName, field: string): string {
  if (collection === 'resources' && field === BODY_FIELD) return `${field}（本文）`;
  const shape: Record<string, z.ZodType> = (collection === 'resources' ? resourceOverlaySchema : NAMES_FILES[collection].entry).shape;
  const title = metaOf(shape[field]).title;
  return title ? `${field}（${title}）` : field;
}

