/**
 * The versions of one page in the site's languages: what its <link rel="alternate" hreflang> tags
 * and its language switch list. Japanese is also the `x-default`, the page for anyone whose
 * language the site does not have.
 */
import { SOURCE_LANGUAGE } from './catalogues.ts';
import { isInEveryLanguage, languagePrefix, localizedPath } from './languages.ts';

const NOT_FOUND = '/404/';

export interface PageVersion {
  /** The BCP 47 tag, or 'x-default'. */
  hreflang: string;
  /** The language whose page it is. */
  tag: string;
  href: string;
  /** The page being shown. */
  current: boolean;
}

export interface VersionsInput {
  /** The page's URL path as served, e.g. '/care-map/en/windows/'. */
  pathname: string;
  /** The site's base path ('/' or '/care-map/'). */
  base: string;
  pageLanguage: string;
  /** site.yaml's `languages:`. */
  siteLanguages: readonly string[];
  /** The languages this page exists in, when not every one of the site's (a translated resource's page). */
  versions?: readonly string[];
}

/** The page's path below the base and without its language prefix: '/care-map/en/areas/x/' → '/areas/x/'. */
export function neutralPath({ pathname, base, pageLanguage }: VersionsInput): string {
  const root = base.replace(/\/?$/, '/');
  let path = `/${pathname.startsWith(root) ? pathname.slice(root.length) : pathname.replace(/^\//, '')}`;
  path = path.replace(/\.html$/, '').replace(/\/?$/, '/');
  const prefix = languagePrefix(pageLanguage);
  if (prefix && path.startsWith(`/${prefix}/`)) path = path.slice(prefix.length + 1);
  return path;
}

/** Every version of the page, Japanese first, then the site's order, then x-default; none when there is only one. */
export function pageVersions(input: VersionsInput): PageVersion[] {
  if (input.siteLanguages.length === 0) return [];
  const path = neutralPath(input);
  // A not-found page stands for no address: hosts answer /404/ with a 404, so it lists no versions.
  if (path === NOT_FOUND) return [];
  const tags = input.versions
    ? [SOURCE_LANGUAGE, ...input.siteLanguages.filter((tag) => input.versions!.includes(tag))]
    : isInEveryLanguage(path)
      ? [SOURCE_LANGUAGE, ...input.siteLanguages]
      : [];
  const unique = [...new Set(tags)];
  if (unique.length < 2) return [];
  const root = input.base.replace(/\/?$/, '/');
  const hrefOf = (tag: string) => `${root}${localizedPath(tag, path).replace(/^\//, '')}`;
  const versions = unique.map((tag) => ({
    hreflang: tag,
    tag,
    href: hrefOf(tag),
    current: tag === input.pageLanguage,
  }));
  return [...versions, { hreflang: 'x-default', tag: SOURCE_LANGUAGE, href: hrefOf(SOURCE_LANGUAGE), current: false }];
}
