/**
 * CSV bytes → the import result, at once and without the kana analyzer: for callers that hold a
 * CSV with readings (this site's own /data/resources.csv read back, the round-trip test).
 * `npm run import` goes through importFile, which also reads .xlsx and proposes readings.
 */
import type { LoadedContent } from '../content/load.ts';
import { importTable, type ImportOptions, type ImportResult } from './import-table.ts';
import { readCsvTable } from './table.ts';

export function importCsv(bytes: Uint8Array, content: LoadedContent, options: ImportOptions): ImportResult {
  const read = readCsvTable(bytes);
  if (read.ok) return importTable(read.table, content, options);
  return { about: read.about, rowCount: 0, changes: [], rejected: [], kanaProposals: [], fatal: read.reason };
}

export type { ImportOptions, ImportResult } from './import-table.ts';
