/**
 * npm run import -- <file.csv> [--write] [--mapping mapping.yaml] [--dir content]
 *                   [--verified-at YYYY-MM-DD] [--source 出典] [--folder imported]
 *
 * Reads a 推奨データセット / 自治体標準オープンデータセット / 介護サービス情報公表 CSV and shows
 * what it would change in the content folder (new files, updated fields, unchanged entries,
 * rows it cannot use with their line numbers). Nothing is written without --write.
 * Exit code: 0 done (even with rows left out), 1 the file cannot be imported, 2 wrong usage.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir } from '../src/lib/content/content-dir.ts';
import { hasErrors, loadContent, todayInJapan } from '../src/lib/content/load.ts';
import { formatText, summary } from '../src/lib/content/report.ts';
import { applyChanges } from '../src/lib/import/apply.ts';
import { DEFAULT_MAPPING, parseMapping, type MappingRule } from '../src/lib/import/default-mapping.ts';
import { formatImportReport, importCsv } from '../src/lib/import/import-csv.ts';

const usage =
  '使い方: npm run import -- <ファイル.csv> [--write] [--mapping 対応表.yaml] [--dir content] [--verified-at YYYY-MM-DD] [--source 出典]';

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      write: { type: 'boolean', default: false },
      mapping: { type: 'string' },
      dir: { type: 'string' },
      'verified-at': { type: 'string' },
      source: { type: 'string' },
      folder: { type: 'string', default: 'imported' },
    },
  });
} catch (error) {
  console.error(`${(error as Error).message}\n${usage}`);
  process.exit(2);
}
const { values, positionals } = parsed;
if (positionals.length !== 1) {
  console.error(usage);
  process.exit(2);
}
const csvFile = positionals[0];
const dir = values.dir ? path.resolve(values.dir) : contentDir();
const verifiedAt = values['verified-at'] ?? todayInJapan();
if (!/^\d{4}-\d{2}-\d{2}$/.test(verifiedAt)) {
  console.error('--verified-at は YYYY-MM-DD で書いてください');
  process.exit(2);
}
if (!/^[a-z0-9][a-z0-9-]*$/.test(values.folder!)) {
  console.error('--folder は半角英小文字・数字・ハイフンで書いてください');
  process.exit(2);
}

let rules: readonly MappingRule[] = DEFAULT_MAPPING;
if (values.mapping) {
  const mapping = parseMapping(await readFile(values.mapping, 'utf8'));
  if ('errors' in mapping) {
    console.error(
      `対応表 ${values.mapping} に誤りがあります:\n${mapping.errors.map((error) => `  ${error}`).join('\n')}`,
    );
    process.exit(1);
  }
  rules = mapping.rules;
}

let bytes: Uint8Array;
try {
  bytes = await readFile(csvFile);
} catch (error) {
  console.error(`${csvFile} を読めません: ${(error as Error).message}`);
  process.exit(1);
}

const content = await loadContent(dir);
if (hasErrors(content.diagnostics)) {
  // Matching needs the folder as it is; an invalid folder would hide entries from the match.
  console.error(
    `コンテンツのフォルダに誤りがあるため取り込めません。先に直してください。\n${formatText(content.diagnostics.filter((d) => d.severity === 'error'))}`,
  );
  process.exit(1);
}

const result = importCsv(bytes, content, {
  rules,
  verifiedAt,
  source: values.source ?? `${path.basename(csvFile)}（${verifiedAt} に取り込み）`,
  folder: values.folder,
});
if (result.fatal) {
  console.log(formatImportReport(result, csvFile, false));
  process.exit(1);
}
if (values.write) await applyChanges(dir, result.changes);
console.log(formatImportReport(result, csvFile, values.write!));

if (values.write) {
  const after = await loadContent(dir);
  console.log(`\n書き込んだ後の検証: ${summary(after.diagnostics)}`);
  if (hasErrors(after.diagnostics)) {
    console.log(formatText(after.diagnostics.filter((d) => d.severity === 'error')));
    process.exit(1);
  }
}
