/**
 * `npm run import`: the bytes of a list (CSV in any of the usual encodings, or .xlsx) → the
 * changes to a content folder. The kana analyzer is loaded only when some row has no reading.
 */
import type { LoadedContent } from '../content/load.ts';
import { normalizeKana } from '../text/normalize.ts';
import { planColumns } from './columns.ts';
import { importTable, type ImportOptions, type ImportResult } from './import-table.ts';
import { kanaProposer } from './kana-proposal.ts';
import { builtInMapping } from './mapping-file.ts';
import { looksLikeZip, readCsvTable, type SourceTable } from './table.ts';
import { readXlsxTable } from './xlsx.ts';

export interface FileImportOptions extends ImportOptions {
  /** The file's name: an .xlsx/.xlsm/.xls name is read as Excel even when its bytes are not a ZIP. */
  fileName?: string;
  /** The Excel sheet by name or number (1 = first). */
  sheet?: string;
}

/** Whether some row lacks a reading in kana, so that the analyzer is worth loading. */
function needsKana(table: SourceTable, options: ImportOptions): boolean {
  const detected = planColumns(table.header, options.mapping ?? builtInMapping());
  const kana = detected.fields.indexOf('kana');
  return table.rows.some((row) => {
    const text = kana >= 0 ? row.cells[kana]?.trim() : '';
    return !text || !normalizeKana(text).ok;
  });
}

export function isExcel(bytes: Uint8Array, fileName = ''): boolean {
  return looksLikeZip(bytes) || /\.xls[xm]?$/i.test(fileName);
}

export async function importFile(
  bytes: Uint8Array,
  content: LoadedContent,
  options: FileImportOptions,
): Promise<ImportResult> {
  const read = isExcel(bytes, options.fileName) ? readXlsxTable(bytes, { sheet: options.sheet }) : readCsvTable(bytes);
  if (!read.ok)
    return { about: read.about, rowCount: 0, changes: [], rejected: [], kanaProposals: [], fatal: read.reason };
  let proposeKana = options.proposeKana;
  if (!proposeKana && needsKana(read.table, options))
    proposeKana = await kanaProposer((options.mapping ?? builtInMapping()).readings);
  return importTable(read.table, content, { ...options, proposeKana });
}
