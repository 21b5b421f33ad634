/**
 * The localized view: a translated text, else the Japanese marked lang="ja"; names with their
 * romaji reading from `kana`; phone numbers in +81 form; which resources have a page per
 * language; and translated descriptions through the same safe Markdown path as the Japanese.
 */
import { describe, expect, test } from 'vitest';
import { emptyLanguageTranslations, type LoadedTranslations } from '../content/translation-texts.ts';
import { contentText } from './content-text.ts';
import { contentTranslations, internationalPhone, translatedResourceIds } from './localized-content.ts';
import { pageTranslations } from './site-translations.ts';

function translations(): LoadedTranslations {
  const en = emptyLanguageTranslations();
  en.resources.set('houkatsu-hokubu', {
    file: 'i18n/en/resources/houkatsu-hokubu.md',
    texts: {
      name: 'Northern Support Center',
      description: 'Open **weekdays**. <script>alert(1)</script> [x](javascript:alert(1))',
    },
  });
  en.areas.set('izumi', { file: 'i18n/en/areas.yaml', texts: { name: 'Izumi district' } });
  const vi = emptyLanguageTranslations();
  vi.topics.set('ninchisho', { file: 'i18n/vi/topics.yaml', texts: { name: 'Hay quên' } });
  return new Map([
    ['en', en],
    ['vi', vi],
  ]);
}

describe('a content text in the page language, or the Japanese marked as such', () => {
  const en = contentTranslations(translations(), 'en');

  test('translated text has no lang; untranslated text is the Japanese with lang ja', () => {
    expect(contentText('en', en, { collection: 'areas', id: 'izumi', field: 'name' }, '泉地区')).toEqual({
      text: 'Izumi district',
    });
    expect(contentText('en', en, { collection: 'areas', id: 'sakae', field: 'name' }, '栄地区')).toEqual({
      text: '栄地区',
      lang: 'ja',
    });
    expect(contentText('en', en, { collection: 'topics', id: 'ninchisho', field: 'name' }, '認知症')).toEqual({
      text: '認知症',
      lang: 'ja',
    });
    // Organizations are never translated; a language with no folder shows all Japanese.
    expect(contentText('en', en, { collection: 'organizations', id: 'x', field: 'name' }, '福祉課')).toEqual({
      text: '福祉課',
      lang: 'ja',
    });
    const ko = contentTranslations(translations(), 'ko');
    expect(contentText('ko', ko, { collection: 'areas', id: 'izumi', field: 'name' }, '泉地区').lang).toBe('ja');
  });
});

describe('phone numbers in the +81 form', () => {
  test.each([
    ['042-335-8840', '+81 42 335 8840'],
    ['0120-294-365', '+81 120 294 365'],
    ['090-1234-5678', '+81 90 1234 5678'],
    ['03-1234-5678', '+81 3 1234 5678'],
  ])('%s → %s', (phone, international) => {
    expect(internationalPhone(phone)).toBe(international);
  });

  test('what is not a Japanese number gives nothing', () => {
    expect(internationalPhone('12')).toBeUndefined();
    expect(internationalPhone('not a number')).toBeUndefined();
  });
});

describe('which resources have a page in each language', () => {
  test('those with an overlay, per language', () => {
    expect(translatedResourceIds(translations())).toEqual(
      new Map([
        ['en', new Set(['houkatsu-hokubu'])],
        ['vi', new Set()],
      ]),
    );
    expect([...contentTranslations(translations(), 'en').resourceIds]).toEqual(['houkatsu-hokubu']);
  });
});

describe('translated descriptions go through the site Markdown pipeline', () => {
  test('Markdown is rendered; script and javascript: links never reach the HTML', async () => {
    const pages = await pageTranslations(translations());
    const html = pages.get('en')!.descriptionHtml!('houkatsu-hokubu')!;
    expect(html).toContain('<strong>weekdays</strong>');
    expect(html).not.toMatch(/<script|javascript:/i);
    expect(pages.get('en')!.descriptionHtml!('houkatsu-chuo')).toBeUndefined();
    expect(pages.get('vi')!.text('topics', 'ninchisho', 'name')).toBe('Hay quên');
  });
});
