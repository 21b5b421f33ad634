/**
 * What a translation overlay is made from and what it gives: the Japanese text of each
 * translatable field of an entry, its digest (what `basedOn` records, so a stale translation is
 * known from the folder alone, without git), and the loaded translations the pages read.
 * The validator (checks/translations.ts) and `npm run translations` use the same digests.
 */
import { createHash } from 'node:crypto';
import { BODY_FIELD, type TranslatedCollectionName } from '../../schemas/translation.ts';
import type { LoadedContent } from './load.ts';

export type { TranslatedCollectionName } from '../../schemas/translation.ts';

/** The fields a translation may give: the schemas' translatable fields and the description. */
export type TranslatableField = 'name' | 'description' | 'hoursNote' | 'costNote' | 'question';

/** One entry's translation in one language. */
export interface TranslatedEntry {
  /** The overlay file, relative to the content folder. */
  file: string;
  /** The translated texts (a resource's description is its Markdown body). */
  texts: Partial<Record<TranslatableField, string>>;
}

/** One language's translations, by collection and id. */
export type LanguageTranslations = Record<TranslatedCollectionName, Map<string, TranslatedEntry>>;

/** Every language's translations, by BCP 47 tag as site.yaml writes it. */
export type LoadedTranslations = Map<string, LanguageTranslations>;

export function emptyLanguageTranslations(): LanguageTranslations {
  return { resources: new Map(), categories: new Map(), topics: new Map(), areas: new Map(), networks: new Map() };
}

/**
 * The digest `basedOn` records: 8 hex digits of SHA-256 over the text as the pages show it. Line
 * endings count as LF, so a file saved with CRLF (Windows editors) is not a change.
 */
export function digestOf(japanese: string | undefined): string {
  const text = (japanese ?? '').replace(/\r\n?/g, '\n').normalize('NFC').trim();
  return createHash('sha256').update(text).digest('hex').slice(0, 8);
}

/** A Japanese entry as a translation sees it: its file and its translatable texts. */
export interface JapaneseEntry {
  /** The file that holds it, relative to the content folder. */
  file: string;
  texts: Partial<Record<TranslatableField, string>>;
}

type Content = Pick<LoadedContent, 'categories' | 'topics' | 'areas' | 'networks' | 'resources'>;

/** Finds the Japanese entry a translation overlays (when it is there and valid). */
export type JapaneseLookup = (collection: TranslatedCollectionName, id: string) => JapaneseEntry | undefined;

/** The Japanese entries by collection and id, indexed once for a whole folder of translations. */
export function japaneseLookup(loaded: Content): JapaneseLookup {
  const index = new Map<TranslatedCollectionName, Map<string, JapaneseEntry>>();
  const build = (collection: TranslatedCollectionName): Map<string, JapaneseEntry> => {
    const byId = new Map<string, JapaneseEntry>();
    if (collection === 'categories' || collection === 'topics') {
      for (const item of loaded[collection]) byId.set(item.id, { file: `${collection}.yaml`, texts: textsOf(item) });
      return byId;
    }
    for (const entry of loaded[collection]) {
      if (entry.data === undefined) continue;
      const texts = textsOf(entry.data as unknown as Record<string, unknown>);
      if (collection === 'resources' && entry.body?.trim()) texts[BODY_FIELD] = entry.body.trim();
      byId.set(entry.id, { file: entry.file, texts });
    }
    return byId;
  };
  return (collection, id) => {
    let byId = index.get(collection);
    if (!byId) index.set(collection, (byId = build(collection)));
    return byId.get(id);
  };
}

const TEXT_FIELDS: readonly TranslatableField[] = ['name', 'description', 'hoursNote', 'costNote', 'question'];

function textsOf(data: object): Partial<Record<TranslatableField, string>> {
  const texts: Partial<Record<TranslatableField, string>> = {};
  for (const field of TEXT_FIELDS) {
    const value = (data as Record<string, unknown>)[field];
    if (typeof value === 'string') texts[field] = value;
  }
  return texts;
}
