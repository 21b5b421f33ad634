/**
 * The content as a page in another language shows it, from the overlay files (content/i18n/
 * <language>/): a language's `ContentTranslations` (content-text.ts chooses, for each text, the
 * translation or the Japanese marked lang="ja"), names with their reading in romaji from the
 * content's own staff-checked `kana` so a caller can say the name on the phone, and phone numbers
 * in the international +81 form.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import type { LoadedTranslations } from '../content/translation-texts.ts';
import { kanaToRomaji } from '../text/romaji.ts';
import { contentText, type ContentTranslations, type ShownText, type TranslatedCollection } from './content-text.ts';

/** A name as a page shows it, with the romaji of its よみがな (when the entry has one). */
export interface ShownName extends ShownText {
  reading?: string;
}

/**
 * A language's translations from the loaded overlays (none when the language has no folder);
 * `descriptionHtml` gives the translated descriptions already rendered (site-translations.ts).
 */
export function contentTranslations(
  translations: LoadedTranslations,
  language: string,
  descriptionHtml: (resourceId: string) => string | undefined = () => undefined,
): ContentTranslations {
  const loaded = translations.get(language);
  return {
    text: (collection, id, field) =>
      collection === 'organizations' ? undefined : loaded?.[collection].get(id)?.texts[field],
    resourceIds: new Set(loaded?.resources.keys() ?? []),
    descriptionHtml,
  };
}

/** Which resources have a page in each language: those with a translation overlay. */
export function translatedResourceIds(translations: LoadedTranslations): Map<string, Set<string>> {
  return new Map([...translations].map(([language, loaded]) => [language, new Set(loaded.resources.keys())]));
}

/** An entry's name in the page's language (or the Japanese marked as such), with its reading. */
export function shownName(
  pageLanguage: string,
  translations: ContentTranslations,
  entry: { collection: TranslatedCollection; id: string; name: string; kana?: string },
): ShownName {
  const shown = contentText(pageLanguage, translations, { ...entry, field: 'name' }, entry.name);
  return entry.kana ? { ...shown, reading: romajiReading(entry.kana) } : shown;
}

/** 「みどりし にんちしょうそうだんしつ」 → 「Midorishi Ninchishosodanshitsu」: Hepburn, each word capitalized. */
export function romajiReading(kana: string): string {
  return kanaToRomaji(kana)
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
}

/** 「042-335-8840」 → 「+81 42 335 8840」; undefined when it is not a Japanese number. */
export function internationalPhone(phone: string): string | undefined {
  const parsed = parsePhoneNumberFromString(phone, 'JP');
  return parsed?.isValid() ? parsed.formatInternational() : undefined;
}
