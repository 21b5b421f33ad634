/**
 * `npm run translations`: records in each translation overlay which Japanese it was made from
 * (`basedOn`: a digest per field, content/translation-texts.ts), so that the validator can tell,
 * from the folder alone, when the Japanese changed afterwards. A field with no record gets one;
 * a field that has one keeps it unless the translator names the file (or `file:id`) with
 * `--refresh` after reviewing it: stamping everything would hide every stale translation.
 * The files are edited in place with their comments and layout kept.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { isMap, parseDocument } from 'yaml';
import { hasErrors, loadContent, type Diagnostic } from '../content/load.ts';
import { readWithoutFollowing } from '../content/no-follow.ts';
import { splitFrontMatter } from '../content/source.ts';
import {
  digestOf,
  japaneseLookup,
  type LoadedTranslations,
  type TranslatableField,
} from '../content/translation-texts.ts';
import type { LoadedContent } from '../content/load.ts';

/** One entry of an overlay file to stamp: where it sits, and the digests of its Japanese today. */
export interface EntryStamp {
  id: string;
  /** [] for a resource overlay (the whole front matter), [id] in a names file. */
  at: string[];
  digests: Partial<Record<TranslatableField, string>>;
  /** Replace the digests already recorded (the translator has reviewed this entry). */
  refresh: boolean;
}

/** The stamps of every translated entry, by overlay file (relative to the content folder). */
export function stampsByFile(
  loaded: Pick<LoadedContent, 'categories' | 'topics' | 'areas' | 'networks' | 'resources'> & {
    translations: LoadedTranslations;
  },
  refresh: ReadonlySet<string>,
): Map<string, EntryStamp[]> {
  const japanese = japaneseLookup(loaded);
  const byFile = new Map<string, EntryStamp[]>();
  for (const language of loaded.translations.values()) {
    for (const [collection, entries] of Object.entries(language) as [
      keyof typeof language,
      Map<string, { file: string; texts: object }>,
    ][]) {
      for (const [id, { file, texts }] of entries) {
        const original = japanese(collection, id);
        if (!original) continue;
        const digests: Partial<Record<TranslatableField, string>> = {};
        for (const field of Object.keys(texts) as TranslatableField[]) digests[field] = digestOf(original.texts[field]);
        const at = collection === 'resources' ? [] : [id];
        const stamp = { id, at, digests, refresh: refresh.has(file) || refresh.has(`${file}:${id}`) };
        byFile.set(file, [...(byFile.get(file) ?? []), stamp]);
      }
    }
  }
  return byFile;
}

/** A YAML text with the entries' `basedOn` written; the text as it was when nothing changes. */
export function stampYaml(text: string, stamps: readonly EntryStamp[]): { text: string; fields: number } {
  const doc = parseDocument(text);
  let fields = 0;
  for (const stamp of stamps) {
    const entry = stamp.at.length ? doc.getIn(stamp.at) : doc.contents;
    if (!isMap(entry)) continue;
    for (const [field, digest] of Object.entries(stamp.digests)) {
      const path = [...stamp.at, 'basedOn', field];
      const recorded = doc.getIn(path);
      if (recorded === digest || (recorded !== undefined && !stamp.refresh)) continue;
      doc.setIn(path, digest);
      fields++;
    }
  }
  return { text: fields ? doc.toString({ lineWidth: 0 }) : text, fields };
}

/** An overlay file's text with its `basedOn` written (front matter for Markdown, the file for YAML). */
export function stampFile(
  text: string,
  markdown: boolean,
  stamps: readonly EntryStamp[],
): { text: string; fields: number } {
  if (!markdown) return stampYaml(text, stamps);
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  const split = splitFrontMatter(text.slice(bom.length));
  if (!split) return { text, fields: 0 };
  const stamped = stampYaml(split.yaml ? `${split.yaml}\n` : '', stamps);
  if (!stamped.fields) return { text, fields: 0 };
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  const yaml = stamped.text.replace(/\r?\n/g, newline);
  return { text: `${bom}---${newline}${yaml}---${newline}${split.body}`, fields: stamped.fields };
}

/** What one run wrote: each file (relative to the content folder) with its count of fields. */
export type StampResult = { written: [file: string, fields: number][] } | { errors: Diagnostic[] };

/**
 * Loads the folder and writes the records into its overlays. Nothing is written while the folder
 * has errors (a broken overlay's entries would be left out without a word).
 * `refresh`: overlay files (i18n/en/…md) or names-file entries (i18n/en/topics.yaml:ninchisho),
 * written with or without a leading content/.
 */
export async function stampTranslations(dir: string, refresh: readonly string[]): Promise<StampResult> {
  const loaded = await loadContent(dir);
  if (hasErrors(loaded.diagnostics))
    return { errors: loaded.diagnostics.filter((found) => found.severity === 'error') };
  const named = new Set(refresh.map((name) => name.replaceAll('\\', '/').replace(/^(\.\/)?content\//, '')));
  const written: [string, number][] = [];
  for (const [file, stamps] of stampsByFile(loaded, named)) {
    const absolute = path.join(loaded.dir, file);
    const stamped = stampFile(readWithoutFollowing(absolute).toString('utf8'), file.endsWith('.md'), stamps);
    if (!stamped.fields) continue;
    writeFileSync(absolute, stamped.text);
    written.push([file, stamped.fields]);
  }
  return { written };
}
