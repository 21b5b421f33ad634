/**
 * content/readings.yaml, the optional list of readings staff give for ふりがな (語: よみ). Each
 * reading must be kana (the schema), each word must have a kanji for the reading to go over,
 * and the reading must fit the kana the word already contains (「一人暮らし: ひとりぐらし」 yes,
 * 「一人暮らし: ひとりずまい」 no). A word written twice is a YAML duplicate key, reported by the reader.
 */
import path from 'node:path';
import { kana, readingsSchema } from '../../../schemas/index.ts';
import { hasKanji, readingFits } from '../../furigana/align.ts';
import type { Reporter } from '../diagnostics.ts';
import { problem, RULES } from '../rules.ts';
import { checkFile } from './file.ts';
import type { ContentFolder } from './folder.ts';

export const READINGS_FILE = 'readings.yaml';

/** The words and readings of readings.yaml (empty when there is none); problems are reported. */
export function checkReadingsFile(contentDir: string, folder: ContentFolder, report: Reporter): Map<string, string> {
  const file = path.join(contentDir, READINGS_FILE);
  const readings = new Map<string, string>();
  // Optional; a link in its place has been reported already (checks/folder.ts) and is not read.
  if (!folder.files.has(file) || folder.refused.has(file)) return readings;
  const checked = checkFile(file, readingsSchema, false);
  report.fileProblems(file, checked.problems);
  const written = checked.source.data;
  if (!written || typeof written !== 'object' || Array.isArray(written)) return readings;
  // Line by line, so that one bad reading (reported by the schema) does not hide the others.
  for (const [word, value] of Object.entries(written)) {
    const parsed = kana().safeParse(value);
    if (!parsed.success) continue;
    const reading = parsed.data;
    const at = checked.source.locate([word]);
    if (!hasKanji(word)) report.inFile(file, problem(RULES.readingWithoutKanji, { word }), at, word);
    else if (!readingFits(word, reading)) report.inFile(file, problem(RULES.readingMismatch, { word, reading }), at, word);
    else readings.set(word, reading);
  }
  return readings;
}
