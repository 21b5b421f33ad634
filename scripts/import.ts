/**
 * npm run import -- <list.csv | list.xlsx> [--write] [--mapping mapping.yaml] [--sheet 名前か番号]
 *                   [--dir content] [--verified-at YYYY-MM-DD] [--source 出典] [--folder imported]
 *
 * Reads a municipality's list (the national CSV layouts, this site's export, or any CSV/.xlsx with
 * a mapping file) and shows what it would change in the content folder: new files, updated fields,
 * unchanged entries, proposed readings, and the rows it cannot use with their line numbers.
 * Nothing is written without --write.
 * Exit code: 0 done (even with rows left out), 1 the file cannot be imported, 2 wrong usage.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { contentDir } from '../src/lib/content/content-dir.ts';
import { hasErrors, loadContent, todayInJapan } from '../src/lib/content/load.ts';
import { formatText, summary } from '../src/lib/content/report.ts';
import { applyChanges } from '../src/lib/import/apply.ts';
import { importFile, isExcel } from '../src/lib/import/import-file.ts';
import { formatImportReport } from '../src/lib/import/import-report.ts';
import { parseMappingFile, type ImportMapping } from '../src/lib/import/mapping-file.ts';
import { readCommandLine } from './command-line.ts';

const usage =
  '使い方: npm run import -- <一覧.csv または 一覧.xlsx> [--write] [--mapping 対応表.yaml] [--sheet シート名か番号] [--dir content] [--verified-at YYYY-MM-DD] [--source 出典]';

function fail(message: string, code: number): never {
  console.error(message);
  process.exit(code);
}

function readArgs() {
  return readCommandLine(
    {
      allowPositionals: true,
      options: {
        write: { type: 'boolean', default: false },
        mapping: { type: 'string' },
        sheet: { type: 'string' },
        dir: { type: 'string' },
        'verified-at': { type: 'string' },
        source: { type: 'string' },
        folder: { type: 'string', default: 'imported' },
      },
    },
    usage,
  );
}

async function readMapping(file: string | undefined): Promise<ImportMapping | undefined> {
  if (!file) return undefined;
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    return fail(`対応表 ${file} を読めません: ${(error as Error).message}`, 1);
  }
  const parsed = parseMappingFile(text, file);
  if (!parsed.ok) fail(`対応表 ${file} に誤りがあります:\n${parsed.errors.map((error) => `  ${error}`).join('\n')}`, 1);
  return parsed.mapping;
}

const { values, positionals } = readArgs();
if (positionals.length !== 1) fail(usage, 2);
const listFile = positionals[0];
const dir = values.dir ? path.resolve(values.dir) : contentDir();
const verifiedAt = values['verified-at'] ?? todayInJapan();
if (!/^\d{4}-\d{2}-\d{2}$/.test(verifiedAt)) fail('--verified-at は YYYY-MM-DD で書いてください', 2);
if (!/^[a-z0-9][a-z0-9-]*$/.test(values.folder!)) fail('--folder は半角英小文字・数字・ハイフンで書いてください', 2);

const mapping = await readMapping(values.mapping);
let bytes: Uint8Array;
try {
  bytes = await readFile(listFile);
} catch (error) {
  fail(`${listFile} を読めません: ${(error as Error).message}`, 1);
}
if (values.sheet !== undefined && !isExcel(bytes, listFile))
  fail('--sheet は Excel のファイル（.xlsx）のときだけ使えます', 2);

const content = await loadContent(dir);
if (hasErrors(content.diagnostics)) {
  // Matching needs the folder as it is; an invalid folder would hide entries from the match.
  const errors = content.diagnostics.filter((d) => d.severity === 'error');
  fail(`コンテンツのフォルダに誤りがあるため取り込めません。先に直してください。\n${formatText(errors)}`, 1);
}

const result = await importFile(bytes, content, {
  mapping,
  verifiedAt,
  source: values.source ?? `${path.basename(listFile)}（${verifiedAt} に取り込み）`,
  folder: values.folder,
  fileName: listFile,
  sheet: values.sheet,
});
if (result.fatal) {
  console.log(formatImportReport(result, listFile, false));
  process.exit(1);
}
if (values.write) await applyChanges(dir, result.changes);
console.log(formatImportReport(result, listFile, values.write!));

if (values.write) {
  const after = await loadContent(dir);
  console.log(`\n書き込んだ後の検証: ${summary(after.diagnostics)}`);
  if (hasErrors(after.diagnostics)) {
    console.log(formatText(after.diagnostics.filter((d) => d.severity === 'error')));
    process.exit(1);
  }
}
