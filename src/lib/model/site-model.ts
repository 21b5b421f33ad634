/**
 * The model for the pages, built once per build from the validated content folder.
 *
 * The pages read the content the validator has already loaded (src/lib/content/shared-load.ts:
 * one read per process, shared with the content-validation integration and the search index),
 * not through Astro's content collections: copying tens of thousands of entries into Astro's data
 * store and reading them back cost about as much as rendering the pages. The model is made by
 * modelFromLoaded (src/lib/model/load-model.ts), bodies through Astro's own Markdown pipeline with the
 * processor astro.config.mjs installs, so the HTML is what a collection would have given.
 *
 * In `astro dev`, an edit in the content folder makes the next request build a new model
 * (src/integrations/content-validation.ts forgets the loaded folder and reloads the page).
 */
import { contentDir } from '../content/content-dir.ts';
import { hasErrors, type LoadedContent } from '../content/load.ts';
import { formatText, summary } from '../content/report.ts';
import { ContentError, loadContentOnce } from '../content/shared-load.ts';
import { validationMode } from '../content/validation-mode.ts';
import { modelFromLoaded } from './load-model.ts';
import { renderedBodiesFor } from './rendered-bodies.ts';
import type { SiteModel } from './model.ts';
import { NO_TRANSLATIONS, type ContentTranslations } from '../i18n/content-text.ts';
import { pageLanguage, type PageLanguage } from '../i18n/page-language.ts';
import { pageTranslations } from '../i18n/site-translations.ts';

let built: { from: Promise<LoadedContent>; model: Promise<SiteModel> } | undefined;
/** The content's translations of the model built last, by language (filled before the model resolves). */
let translations = new Map<string, ContentTranslations>();

async function modelOf(dir: string, loaded: LoadedContent): Promise<SiteModel> {
  // report-only: the integration has printed the errors; build what passed its schema.
  if (hasErrors(loaded.diagnostics) && validationMode() !== 'report-only') {
    throw new ContentError(
      `コンテンツに誤りがあります。\n${formatText(loaded.diagnostics)}\n${summary(loaded.diagnostics)}`,
    );
  }
  // In a build, the search worker has rendered the bodies already (rendered-bodies.ts).
  const model = await modelFromLoaded(loaded, await renderedBodiesFor(dir));
  translations = await pageTranslations(loaded.translations);
  return model;
}

export function getModel(): Promise<SiteModel> {
  const dir = contentDir();
  const from = loadContentOnce(dir);
  if (built?.from !== from) built = { from, model: from.then((loaded) => modelOf(dir, loaded)) };
  return built.model;
}

/**
 * The content's translations into a language (content/i18n/<language>/, checked by the validator),
 * for pages that have awaited getModel() (every getStaticPaths does): none for a language without a folder.
 */
export function getTranslations(tag: string): ContentTranslations {
  return translations.get(tag) ?? NO_TRANSLATIONS;
}

/** A page's language with the content's translations into it. */
export function getPageLanguage(tag: string): PageLanguage {
  return pageLanguage(tag, getTranslations(tag));
}
