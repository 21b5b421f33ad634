/**
 * Which files under content/i18n/ are translations, and of what: i18n/<language>/resources/**\/<id>.md
 * (one resource each) and the names files i18n/<language>/{categories,topics,areas,networks}.yaml.
 * The language must be one site.yaml lists; anything else there is reported and not read.
 * The folder listing is the one checks/folder.ts made, so links were refused before we get here.
 */
import path from 'node:path';
import { ID_PATTERN } from '../../../schemas/index.ts';
import { NAMES_FILES, type TranslatedCollectionName } from '../../../schemas/translation.ts';
import { displayPath, type Reporter } from '../diagnostics.ts';
import { relativePath } from '../file-paths.ts';
import { problem, RULES } from '../rules.ts';
import type { ContentFolder } from './folder.ts';

/** The folder of the content folder that holds the translations. */
export const TRANSLATIONS_FOLDER = 'i18n';

export interface TranslationFile {
  /** Absolute path. */
  file: string;
  language: string;
  collection: TranslatedCollectionName;
  /** The resource's id, for a resource overlay (names files hold many ids). */
  id?: string;
}

/** The translation files of the site's languages, in path order; everything else there reported. */
export function findTranslationFiles(
  contentDir: string,
  folder: ContentFolder,
  languages: readonly string[] | undefined,
  report: Reporter,
): TranslationFile[] {
  const root = path.join(contentDir, TRANSLATIONS_FOLDER);
  const found: TranslationFile[] = [];
  const refusedLanguages = new Set<string>();
  const firstFileOfId = new Map<string, string>();
  for (const file of folder.files) {
    if (!file.startsWith(root + path.sep)) continue;
    const parts = relativePath(root, file).split('/');
    if (parts.some((part) => part.startsWith('.'))) continue;
    const [language, ...rest] = parts;
    if (rest.length === 0) {
      report.inFile(file, problem(RULES.translationPlace, { file: relativePath(contentDir, file) }));
      continue;
    }
    if (languages && !languages.includes(language)) {
      if (!refusedLanguages.has(language)) reportLanguage({ file, language, languages, contentDir }, report);
      refusedLanguages.add(language);
      continue;
    }
    const translation = translationOf(file, language, rest, { contentDir, report, firstFileOfId });
    if (translation) found.push(translation);
  }
  return found;
}

function reportLanguage(
  { file, language, languages, contentDir }: { file: string; language: string; languages: readonly string[]; contentDir: string },
  report: Reporter,
): void {
  const folderName = `${relativePath(contentDir, path.join(contentDir, TRANSLATIONS_FOLDER, language))}/`;
  // Only a difference of case is offered as a likely meaning: language tags are too short to guess from.
  const meant = languages.find((tag) => tag.toLowerCase() === language.toLowerCase());
  report.inFile(file, problem(RULES.translationLanguage, { folder: folderName, language, languages: [...languages], meant }));
}

/** What a file inside a language folder translates, or undefined (reported) when it is no translation. */
function translationOf(
  file: string,
  language: string,
  rest: readonly string[],
  context: { contentDir: string; report: Reporter; firstFileOfId: Map<string, string> },
): TranslationFile | undefined {
  const { contentDir, report, firstFileOfId } = context;
  if (rest.length === 1) {
    const names = Object.entries(NAMES_FILES).find(([, spec]) => spec.file === rest[0]);
    if (names) return { file, language, collection: names[0] as TranslatedCollectionName };
  } else if (rest[0] === 'resources') {
    if (path.extname(file).toLowerCase() !== '.md') {
      report.inFile(file, problem(RULES.fileType, { collection: `${TRANSLATIONS_FOLDER}/${language}/resources`, extensions: ['.md'] }));
      return undefined;
    }
    const id = path.basename(file, path.extname(file));
    if (!ID_PATTERN.test(id)) {
      report.inFile(file, problem(RULES.idFormat, { id }));
      return undefined;
    }
    const firstFile = firstFileOfId.get(`${language}/${id}`);
    if (firstFile !== undefined) {
      report.inFile(file, problem(RULES.duplicateFileId, { id, firstFile: displayPath(firstFile) }));
      return undefined;
    }
    firstFileOfId.set(`${language}/${id}`, file);
    return { file, language, collection: 'resources', id };
  }
  report.inFile(file, problem(RULES.translationPlace, { file: relativePath(contentDir, file) }));
  return undefined;
}
