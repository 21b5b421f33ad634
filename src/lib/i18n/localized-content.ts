/**
 * The content as a page in another language shows it, from the overlay files (content/i18n/
 * <language>/): a language's `ContentTranslations` (content-text.ts chooses, for each text, the
 * translation or the Japanese marked lang="ja") and phone numbers in the international +81 form.
 * How to say a name is in spoken-name.ts.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import type { LoadedTranslations } from '../content/translation-texts.ts';
import type { ContentTranslations } from './content-text.ts';

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

/** 「042-335-8840」 → 「+81 42 335 8840」; undefined when it is not a Japanese number. */
export function internationalPhone(phone: string): string | undefined {
  const parsed = parsePhoneNumberFromString(phone, 'JP');
  return parsed?.isValid() ? parsed.formatInternational() : undefined;
}
