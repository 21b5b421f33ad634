/**
 * Where each language's pages live: Japanese at the root, every other language under its tag in
 * lower case (/en/, /ja-x-easy/, /zh-hans/). Which pages a language has is decided here too, so a
 * link on an English page goes to the English page where there is one, and to the Japanese page
 * otherwise.
 */
import { SOURCE_LANGUAGE } from './catalogues.ts';

/** The URL segment of a language: 'zh-Hans' → 'zh-hans'; '' for Japanese. */
export function languagePrefix(tag: string): string {
  return tag === SOURCE_LANGUAGE ? '' : tag.toLowerCase();
}

/** The tag of a URL segment among the site's languages: 'zh-hans' → 'zh-Hans'. */
export function languageOfPrefix(prefix: string, siteLanguages: readonly string[]): string | undefined {
  return siteLanguages.find((tag) => tag.toLowerCase() === prefix);
}

/**
 * The site's pages that every language has (paths below the base, without the language prefix).
 * Resource pages are in a language only when the entry is translated (ContentTranslations).
 */
const PAGES_IN_EVERY_LANGUAGE = [/^\/$/, /^\/windows\/([^/]+\/){0,2}$/, /^\/areas\/([^/]+\/)?$/, /^\/404\/$/];

/** Whether `path` (e.g. '/windows/ninchisho/') has a version in each of the site's languages. */
export function isInEveryLanguage(path: string): boolean {
  return PAGES_IN_EVERY_LANGUAGE.some((pattern) => pattern.test(path));
}

/** '/windows/' in 'en' → '/en/windows/'; Japanese paths stay as they are. */
export function localizedPath(tag: string, path: string): string {
  const prefix = languagePrefix(tag);
  return prefix ? `/${prefix}${path}` : path;
}
