/**
 * site.yaml's `languages:`: each tag must have a built-in catalogue of the interface text
 * (src/lib/i18n/catalogues.ts), or its pages would show untranslated words.
 */
import { BUILT_IN_LANGUAGES, hasCatalogue, SOURCE_LANGUAGE } from '../../i18n/catalogues.ts';
import type { Reporter } from '../diagnostics.ts';
import { problem, RULES } from '../rules.ts';
import type { SiteFile } from './top-level-files.ts';

export function checkSiteLanguages({ file, site, source }: SiteFile, report: Reporter): void {
  if (!site?.languages || !source) return;
  const seen = new Set<string>();
  site.languages.forEach((tag, index) => {
    const at = source.locate(['languages', index]);
    const field = `languages[${index}]`;
    if (tag.toLowerCase() === SOURCE_LANGUAGE) {
      report.inFile(file, problem(RULES.japaneseInLanguages, { tag }), at, field);
    } else if (!hasCatalogue(tag)) {
      report.inFile(file, problem(RULES.unknownLanguage, { tag, supported: BUILT_IN_LANGUAGES }), at, field);
    } else if (seen.has(tag)) {
      report.inFile(file, problem(RULES.duplicateLanguage, { tag }), at, field);
    }
    seen.add(tag);
  });
}
