/**
 * Loads and validates a whole content folder. Every problem in every file is collected (not
 * just the first), each with its file, line, column and field. The result is also what the
 * pages are built from (src/lib/model/site-model.ts), so the site and `npm run validate` cannot disagree.
 *
 * loadContent reads as the list of rule families, in the order they run: the folder and its
 * top-level files, each entry file on its own (checks/file.ts, on one thread or two: the caller's
 * FileChecker), then the checks across files (checks/). The rules themselves, with their ids and
 * sentences, are listed in rules.ts.
 */
import path from 'node:path';
import type { Area, Category, Network, Organization, Resource, Site, Topic } from '../../schemas/index.ts';
import { checkAreaLevels } from './checks/areas.ts';
import { checkFolderExists, findEntryFiles, readContentFolder, type EntryFile } from './checks/folder.ts';
import { checkFreshness } from './checks/freshness.ts';
import { checkLocations, checkMapCenter } from './checks/locations.ts';
import { checkParentCycles } from './checks/parents.ts';
import { checkReadingsFile } from './checks/readings.ts';
import { checkReferences, knownIds } from './checks/references.ts';
import { checkSelfReferences } from './checks/self-references.ts';
import { checkListFiles, checkSiteFile } from './checks/top-level-files.ts';
import { findTranslationFiles } from './checks/translation-files.ts';
import { checkTranslations } from './checks/translations.ts';
import { checkSiteLanguages } from './checks/languages.ts';
import { checkWindows } from './checks/windows.ts';
import { todayInJapan } from './dates.ts';
import { Reporter, type Diagnostic } from './diagnostics.ts';
import { oneThreadChecker, type CheckedEntryFile, type FileChecker } from './file-checker.ts';
import { FILE_COLLECTION_NAMES } from './file-collections.ts';
import { relativePath } from './file-paths.ts';
import type { LoadedTranslations } from './translation-texts.ts';

export type { Diagnostic, Severity } from './diagnostics.ts';
export { shiftMonths, todayInJapan } from './dates.ts';

export interface Entry<T> {
  id: string;
  /** Path relative to the content folder, with / separators. */
  file: string;
  /** The data as written (after YAML reading), for Astro's own schema parse. */
  raw: Record<string, unknown>;
  data: T;
  body?: string;
}

export interface LoadedContent {
  dir: string;
  site?: Site;
  siteRaw?: Record<string, unknown>;
  categories: Category[];
  topics: Topic[];
  areas: Entry<Area>[];
  organizations: Entry<Organization>[];
  resources: Entry<Resource>[];
  networks: Entry<Network>[];
  /** The translation overlays of content/i18n/, by language (checks/translations.ts). */
  translations: LoadedTranslations;
  /** readings.yaml: words and the readings staff gave for ふりがな (empty without the file). */
  readings: Map<string, string>;
  diagnostics: Diagnostic[];
}

export interface LoadOptions {
  /** Today's date in Japan, YYYY-MM-DD (for 情報確認日 checks); defaults to the real date. */
  today?: string;
  /**
   * How each entry file is checked on its own: on this thread unless the caller gives another
   * way (the two-thread checker of parallel-check.ts, for large folders).
   */
  fileChecker?: FileChecker;
}

export async function loadContent(dir: string, options: LoadOptions = {}): Promise<LoadedContent> {
  const today = options.today ?? todayInJapan();
  const report = new Reporter();
  const loaded = emptyContent(path.resolve(dir), report.diagnostics);
  if (!(await checkFolderExists(loaded.dir, report))) return loaded;
  // What the folder holds, listed once; links are reported and never read.
  const folder = await readContentFolder(loaded.dir, report);

  // site.yaml, categories.yaml, topics.yaml
  const siteFile = checkSiteFile(loaded.dir, folder, report);
  if (siteFile.source) {
    loaded.site = siteFile.site;
    loaded.siteRaw = siteFile.source.data as Record<string, unknown>;
  }
  const { categories, topics } = checkListFiles(loaded.dir, folder, report);
  loaded.categories = categories.items;
  loaded.topics = topics.items;
  loaded.readings = checkReadingsFile(loaded.dir, folder, report);

  // One file per entry: which files hold entries, then each checked on its own.
  const entryFiles = findEntryFiles(loaded.dir, folder, report);
  const checked = await (options.fileChecker ?? oneThreadChecker).checkFiles(entryFiles);
  addEntries(loaded, entryFiles, checked, report);

  // Across files: references on every entry (invalid ones too), the rest only on valid entries.
  const ids = knownIds(loaded, { categories: categories.ids, topics: topics.ids });
  checkReferences(loaded, ids, report);
  keepValidEntries(loaded);
  checkParentCycles(loaded, report);
  checkAreaLevels(loaded, report);
  checkWindows(loaded, report);
  checkLocations(loaded, report);
  checkSelfReferences(loaded, report);
  checkFreshness(loaded, today, report);
  checkMapCenter(siteFile, report);
  checkSiteLanguages(siteFile, report);

  // Translations (content/i18n/<language>/): each file on its own, then against the Japanese.
  const translationFiles = findTranslationFiles(loaded.dir, folder, loaded.site ? (loaded.site.languages ?? []) : undefined, report);
  loaded.translations = checkTranslations(loaded, translationFiles, ids, report);

  report.sort();
  return loaded;
}

function emptyContent(dir: string, diagnostics: Diagnostic[]): LoadedContent {
  const translations: LoadedTranslations = new Map();
  return { dir, categories: [], topics: [], areas: [], organizations: [], resources: [], networks: [], translations, readings: new Map(), diagnostics };
}

/** The checked entry files as entries of their collections, their problems reported. */
function addEntries(
  loaded: LoadedContent,
  files: readonly EntryFile[],
  checked: readonly CheckedEntryFile[],
  report: Reporter,
): void {
  checked.forEach(({ data, problems, source }, n) => {
    const { file, collection, id } = files[n]!;
    report.fileProblems(file, problems);
    report.remember(collection, id, file, source);
    const entries = loaded[collection] as Entry<unknown>[];
    if (data === undefined) {
      // Keep the id known so references to it are not reported a second time as dangling.
      const raw =
        source.data && typeof source.data === 'object'
          ? (source.data as Record<string, unknown>)
          : (Object.create(null) as Record<string, unknown>);
      entries.push({ id, file: '', raw, data: undefined });
      return;
    }
    const relative = relativePath(loaded.dir, file);
    entries.push({ id, file: relative, raw: source.data as Record<string, unknown>, data, body: source.body });
  });
}

/** From here on only entries that passed their schema (references were checked on all). */
function keepValidEntries(loaded: LoadedContent): void {
  for (const collection of FILE_COLLECTION_NAMES) {
    const entries = loaded[collection] as Entry<unknown>[];
    (loaded[collection] as Entry<unknown>[]) = entries.filter((entry) => entry.data !== undefined);
  }
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((diagnostic) => diagnostic.severity === 'error');
}
