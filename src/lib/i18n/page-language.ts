/**
 * Everything a page needs to speak its language: the tag, the interface text, the content's
 * translations, and links that stay in the language where a page exists in it. Made once per
 * language and handed to the page's components.
 */
import { href } from '../site/paths.ts';
import { messages } from './catalogues.ts';
import type { Messages } from './messages/ja.ts';
import {
  contentText,
  NO_TRANSLATIONS,
  type ContentTranslations,
  type ShownText,
  type TranslatedCollection,
  type TranslatedField,
} from './content-text.ts';
import { isInEveryLanguage, localizedPath } from './languages.ts';

export interface PageLanguage {
  /** The BCP 47 tag: 'ja', 'en', 'ja-x-easy' … */
  tag: string;
  m: Messages;
  translations: ContentTranslations;
  /** A page's link: in this language where the page exists in it, else the Japanese page. */
  link(path: string): string;
  resourceLink(id: string): string;
  /** A content text in this language, or the Japanese marked lang="ja". */
  text(collection: TranslatedCollection, id: string, field: TranslatedField, japanese: string): ShownText;
}

const made = new Map<string, PageLanguage>();

export function pageLanguage(tag: string, translations: ContentTranslations = NO_TRANSLATIONS): PageLanguage {
  const key = tag;
  const known = made.get(key);
  if (known && known.translations === translations) return known;
  const language: PageLanguage = {
    tag,
    m: messages(tag),
    translations,
    link: (path) => href(isInEveryLanguage(path) ? localizedPath(tag, path) : path),
    resourceLink: (id) =>
      href(translations.resourceIds.has(id) ? localizedPath(tag, `/resources/${id}/`) : `/resources/${id}/`),
    text: (collection, id, field, japanese) => contentText(tag, translations, { collection, id, field }, japanese),
  };
  made.set(key, language);
  return language;
}

/** The Japanese pages' language. */
export const JAPANESE: PageLanguage = pageLanguage('ja');
