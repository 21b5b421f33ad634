import { describe, expect, test } from 'vitest';
import { neutralPath, pageVersions } from './versions.ts';
import { isInEveryLanguage, languageOfPrefix, languagePrefix, localizedPath } from './languages.ts';
import { inEveryLanguage, languageRoutes, translatedResourceRoutes } from './routes.ts';
import { contentText, NO_TRANSLATIONS, type ContentTranslations } from './content-text.ts';

const languages = ['ja-x-easy', 'en', 'zh-Hans'];

describe('language paths', () => {
  test('each language lives under its tag in lower case; Japanese at the root', () => {
    expect(languagePrefix('zh-Hans')).toBe('zh-hans');
    expect(languagePrefix('ja')).toBe('');
    expect(localizedPath('ja-x-easy', '/windows/')).toBe('/ja-x-easy/windows/');
    expect(localizedPath('ja', '/windows/')).toBe('/windows/');
    expect(languageOfPrefix('zh-hans', languages)).toBe('zh-Hans');
  });

  test('home, finder, areas and 404 are in every language; lists and maps are not', () => {
    for (const path of [
      '/',
      '/windows/',
      '/windows/ninchisho/',
      '/windows/ninchisho/midoricho/',
      '/areas/',
      '/areas/x/',
      '/404/',
    ])
      expect(isInEveryLanguage(path), path).toBe(true);
    for (const path of ['/resources/', '/map/', '/resources/x/', '/networks/', '/windows/a/b/c/'])
      expect(isInEveryLanguage(path), path).toBe(false);
  });
});

describe('page versions', () => {
  const input = { base: '/care/', pageLanguage: 'en', siteLanguages: languages };

  test('an English page under a base path lists every version and x-default', () => {
    const versions = pageVersions({ ...input, pathname: '/care/en/windows/ninchisho/' });
    expect(versions.map((v) => [v.hreflang, v.href, v.current])).toEqual([
      ['ja', '/care/windows/ninchisho/', false],
      ['ja-x-easy', '/care/ja-x-easy/windows/ninchisho/', false],
      ['en', '/care/en/windows/ninchisho/', true],
      ['zh-Hans', '/care/zh-hans/windows/ninchisho/', false],
      ['x-default', '/care/windows/ninchisho/', false],
    ]);
  });

  test('a page only in Japanese, or a site with no languages, has no versions', () => {
    expect(pageVersions({ ...input, pageLanguage: 'ja', pathname: '/care/map/' })).toEqual([]);
    expect(pageVersions({ ...input, siteLanguages: [], pathname: '/care/windows/' })).toEqual([]);
  });

  test('a translated resource lists only the languages it is translated into', () => {
    const versions = pageVersions({ ...input, pathname: '/care/en/resources/x/', versions: ['en'] });
    expect(versions.map((v) => v.hreflang)).toEqual(['ja', 'en', 'x-default']);
  });

  test('the 404 page as Astro names it, and it lists no versions (hosts answer /404/ with a 404)', () => {
    expect(neutralPath({ ...input, pageLanguage: 'ja', pathname: '/care/404.html' })).toBe('/404/');
    expect(pageVersions({ ...input, pathname: '/care/en/404/' })).toEqual([]);
  });
});

describe('routes and content text', () => {
  test('one route per language of the site, each page times each language', () => {
    expect(languageRoutes(['en', 'ja', 'en', 'xx'])).toEqual([{ params: { lang: 'en' }, props: { tag: 'en' } }]);
    expect(inEveryLanguage(['en'], [{ id: 'a' }, { id: 'b' }]).map((route) => route.params)).toEqual([
      { id: 'a', lang: 'en' },
      { id: 'b', lang: 'en' },
    ]);
    expect(languageRoutes(undefined)).toEqual([]);
  });

  test('resource pages exist only for translated resources that exist', () => {
    const translations: ContentTranslations = { text: () => undefined, resourceIds: new Set(['a', 'gone']) };
    const routes = translatedResourceRoutes(['en'], () => translations, new Set(['a', 'b']));
    expect(routes.map((route) => route.params)).toEqual([{ lang: 'en', id: 'a' }]);
    expect(translatedResourceRoutes(['en'], () => NO_TRANSLATIONS, new Set(['a']))).toEqual([]);
  });

  test('untranslated content shows in Japanese marked lang="ja"; translated content does not', () => {
    const translations: ContentTranslations = {
      text: (collection, id, field) =>
        collection === 'areas' && id === 'yoga' && field === 'name' ? 'Yoga' : undefined,
      resourceIds: new Set(),
    };
    expect(contentText('en', translations, { collection: 'areas', id: 'yoga', field: 'name' }, '用賀')).toEqual({
      text: 'Yoga',
    });
    expect(contentText('en', translations, { collection: 'areas', id: 'x', field: 'name' }, '池尻')).toEqual({
      text: '池尻',
      lang: 'ja',
    });
    expect(contentText('ja', translations, { collection: 'areas', id: 'yoga', field: 'name' }, '用賀')).toEqual({
      text: '用賀',
    });
  });
});
