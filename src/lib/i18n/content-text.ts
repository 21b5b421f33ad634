/**
 * The one place where a page chooses, for each piece of content text (a name, a description …),
 * the text in the page's language or the Japanese original. Translations come in through
 * `ContentTranslations` (overlay files beside the Japanese content); where there is none, the
 * Japanese shows and says so with `lang="ja"`, so screen readers and fonts read it as Japanese.
 */

/** The fields of content that may be translated. */
export type TranslatedField = 'name' | 'description' | 'hoursNote' | 'costNote' | 'question';

/** The collections whose entries may carry translated text. */
export type TranslatedCollection = 'resources' | 'categories' | 'topics' | 'areas' | 'networks' | 'organizations';

/** What one language's translation files give. */
export interface ContentTranslations {
  /** The translated text of a field of an entry, if written. */
  text(collection: TranslatedCollection, id: string, field: TranslatedField): string | undefined;
  /** Resources with a translation: each gets a page in this language. */
  readonly resourceIds: ReadonlySet<string>;
  /** A translated resource's description as HTML, through the site's Markdown pipeline (sanitized). */
  descriptionHtml?(resourceId: string): string | undefined;
}

/** A site (or a language) with no translation files. */
export const NO_TRANSLATIONS: ContentTranslations = {
  text: () => undefined,
  resourceIds: new Set(),
};

/** A text as a page shows it: `lang` is set when it is not in the page's language. */
export interface ShownText {
  text: string;
  lang?: string;
}

/** One content text for a page in `pageLanguage`: the translation when there is one, else the Japanese marked as such. */
export function contentText(
  pageLanguage: string,
  translations: ContentTranslations,
  entry: { collection: TranslatedCollection; id: string; field: TranslatedField },
  japanese: string,
): ShownText {
  if (pageLanguage === 'ja') return { text: japanese };
  const translated = translations.text(entry.collection, entry.id, entry.field);
  return translated ? { text: translated } : { text: japanese, lang: 'ja' };
}
