/**
 * The translations for the pages, made once per build with the model (src/lib/model/site-model.ts)
 * from the folder the validator loaded. Translated
 * descriptions go through the site's own Markdown pipeline (remark → sanitize), the same path
 * as the Japanese bodies, so an overlay can put on a page nothing the Japanese could not.
 */
import type { LoadedTranslations } from '../content/translation-texts.ts';
import { renderMarkdownBody } from '../content/markdown-processor.ts';
import { stripBidiControls } from '../text/normalize.ts';
import type { ContentTranslations } from './content-text.ts';
import { contentTranslations } from './localized-content.ts';

/** Every language's translations, translated descriptions rendered once. */
export async function pageTranslations(translations: LoadedTranslations): Promise<Map<string, ContentTranslations>> {
  const byLanguage = new Map<string, ContentTranslations>();
  for (const [language, loaded] of translations) {
    const html = new Map<string, string>();
    for (const [id, entry] of loaded.resources) {
      const body = entry.texts.description;
      if (body) html.set(id, await renderMarkdownBody(stripBidiControls(body)));
    }
    byLanguage.set(
      language,
      contentTranslations(translations, language, (id) => html.get(id)),
    );
  }
  return byLanguage;
}
