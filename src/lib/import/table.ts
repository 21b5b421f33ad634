/**
 * What every list becomes before conversion: a header and data rows, each row with the number
 * the clerk will look for (the CSV line, or the Excel row). The CSV and .xlsx readers both give
 * this shape, so the rest of the importer does not care where a list came from.
 */
import { CsvSyntaxError, decodeCsvBytes, parseCsvRecords, type CsvEncoding } from '../text/csv.ts';

export interface TableRow {
  /** CSV line or Excel row number where the row starts. */
  line: number;
  cells: string[];
  /** What the reader noticed in this row's cells (an Excel error value, a formula without its result). */
  notes?: string[];
}

export interface SourceTable {
  header: string[];
  rows: TableRow[];
  /** How the file was read, shown first in the report (文字コード, シート, skipped rows). */
  about: string[];
  encoding?: CsvEncoding;
}

export type TableResult = { ok: true; table: SourceTable } | { ok: false; reason: string; about: string[] };

export const ENCODING_LABELS: Record<CsvEncoding, string> = {
  'utf-8': 'UTF-8',
  'utf-8-bom': 'UTF-8（BOM付き）',
  shift_jis: 'Shift_JIS（cp932）',
  'utf-16le': 'UTF-16LE',
  'utf-16be': 'UTF-16BE',
};

const isEmptyRow = (cells: readonly string[]) => cells.every((cell) => cell.trim() === '');

/** Rows of nothing but empty cells are left out, and the report says how many. */
export function withoutEmptyRows(rows: TableRow[], about: string[]): TableRow[] {
  const kept = rows.filter((row) => !isEmptyRow(row.cells));
  const empty = rows.length - kept.length;
  if (empty > 0) about.push(`空の行: ${empty} 行（読み飛ばしました）`);
  return kept;
}

export function readCsvTable(bytes: Uint8Array): TableResult {
  const { text, encoding } = decodeCsvBytes(bytes);
  const about = [`文字コード: ${ENCODING_LABELS[encoding]}`];
  let records;
  try {
    records = parseCsvRecords(text);
  } catch (error) {
    if (error instanceof CsvSyntaxError) return { ok: false, reason: `CSV として読めません: ${error.message}`, about };
    throw error;
  }
  if (records.length === 0) return { ok: false, reason: 'CSV が空です', about };
  const [header, ...rest] = records;
  const rows = withoutEmptyRows(
    rest.map((record) => ({ line: record.line, cells: record.fields })),
    about,
  );
  return { ok: true, table: { header: header.fields, rows, about, encoding } };
}

/** A .xlsx (and every Office Open XML file) is a ZIP archive: it starts with PK\x03\x04. */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}
