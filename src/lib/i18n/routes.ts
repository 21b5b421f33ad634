/**
 * The pages each of the site's languages gets, for the getStaticPaths of src/pages/[lang]/: the
 * language's URL segment as the route's parameter, the tag as a prop. Japanese is at the root and
 * not among them.
 */
import { SOURCE_LANGUAGE, hasCatalogue } from './catalogues.ts';
import { languagePrefix } from './languages.ts';
import type { ContentTranslations } from './content-text.ts';

export interface LanguageRoute {
  params: { lang: string };
  props: { tag: string };
}

/** One route per language of the site (a tag without a catalogue is a validation error and is left out). */
export function languageRoutes(siteLanguages: readonly string[] | undefined): LanguageRoute[] {
  const tags = [...new Set(siteLanguages ?? [])].filter((tag) => tag !== SOURCE_LANGUAGE && hasCatalogue(tag));
  return tags.map((tag) => ({ params: { lang: languagePrefix(tag) }, props: { tag } }));
}

/** The routes of one kind of page in every language: each language's routes times the page's own parameters. */
export function inEveryLanguage<P extends Record<string, string>>(
  siteLanguages: readonly string[] | undefined,
  pages: readonly P[],
): { params: P & { lang: string }; props: { tag: string } }[] {
  return languageRoutes(siteLanguages).flatMap((route) =>
    pages.map((params) => ({ params: { ...params, lang: route.params.lang }, props: route.props })),
  );
}

/** The resource pages of each language: only the resources its translations cover. */
export function translatedResourceRoutes(
  siteLanguages: readonly string[] | undefined,
  translationsOf: (tag: string) => ContentTranslations,
  existing: ReadonlySet<string>,
): { params: { lang: string; id: string }; props: { tag: string } }[] {
  return languageRoutes(siteLanguages).flatMap((route) =>
    [...translationsOf(route.props.tag).resourceIds]
      .filter((id) => existing.has(id))
      .map((id) => ({ params: { lang: route.params.lang, id }, props: route.props })),
  );
}
