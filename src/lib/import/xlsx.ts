/**
 * .xlsx → the same header and rows the CSV reader gives. Many cities keep their master list in
 * Excel, so what Excel stores is turned back into what the clerk sees in the cell: dates and
 * times as 2026-04-01 / 08:30, numbers as written (事業所番号 with its leading 0 when the cell is
 * formatted so), rich text as its plain text, formulas as their saved results, and a merged cell
 * as its value in every cell it covers (a title row above the table is skipped and reported; a
 * two-row header under merged cells becomes 「位置_緯度」).
 *
 * Read with SheetJS from the maintained @e965/xlsx republish (≥ 0.20.2): the `xlsx` package on npm
 * is frozen at 0.18.5 with CVE-2023-30533 and CVE-2024-22363. A file is untrusted input: only ZIP
 * files reach the parser, sizes are bounded, and whatever the parser throws becomes a sentence.
 */
import * as XLSX from '@e965/xlsx';
import { looksLikeZip, withoutEmptyRows, type TableResult, type TableRow } from './table.ts';

/** Past these a file is refused rather than read for minutes (a care directory has thousands of rows at most). */
export const XLSX_LIMITS = { bytes: 50 * 1024 * 1024, rows: 100_000, columns: 500, cells: 5_000_000 };

export interface XlsxOptions {
  /** The sheet by name or by number (1 = first); the first sheet when absent. */
  sheet?: string;
}

interface DateCode {
  y: number;
  m: number;
  d: number;
  H: number;
  M: number;
  S: number;
}
const SSF = XLSX.SSF as {
  is_date(format: string): boolean;
  parse_date_code(value: number, options?: { date1904?: boolean }): DateCode | null;
};

const two = (value: number) => String(value).padStart(2, '0');

/** A date serial as the clerk reads it: 2026-04-01, 08:30, or both. */
function dateText(serial: number, date1904: boolean): string | undefined {
  // Excel's dates run from 1900 to 9999 (serial 2958465); anything else is not a date.
  if (!(serial >= 0 && serial < 2958466)) return undefined;
  const code = SSF.parse_date_code(serial, { date1904 });
  if (!code) return undefined;
  const time = `${two(code.H)}:${two(code.M)}`;
  if (serial < 1) return time;
  const date = `${code.y}-${two(code.m)}-${two(code.d)}`;
  return code.H || code.M ? `${date} ${time}` : date;
}

/** Formats whose shown text is the value (leading zeros, 〒000-0000): only digits, zeros and literals. */
const SHOWN_AS_FORMATTED = /^(?:"[^"]*"|\\.|[0\-\s])+$/;

function numberText(cell: XLSX.CellObject, date1904: boolean): string {
  const value = cell.v as number;
  const format = typeof cell.z === 'string' ? cell.z : 'General';
  if (format !== 'General' && SSF.is_date(format)) return dateText(value, date1904) ?? String(value);
  if (SHOWN_AS_FORMATTED.test(format) && /00/.test(format) && cell.w) return cell.w;
  // Decimal formats (0.00) would round a latitude: the stored value is what was entered.
  return String(value);
}

/** The text of one cell, and a note when there is none to give. */
function cellText(cell: XLSX.CellObject | undefined, where: string, date1904: boolean, notes: string[]): string {
  if (!cell) return '';
  if (cell.v === undefined || cell.v === null || (cell.f && cell.v === '')) {
    if (cell.f) notes.push(`${where} の数式の結果が保存されていません（Excel で開いて保存し直してください）`);
    return '';
  }
  switch (cell.t) {
    case 'n':
      return numberText(cell, date1904);
    case 'b':
      return cell.v ? 'true' : 'false';
    case 'd':
      return cell.v instanceof Date ? cell.v.toISOString().slice(0, 10) : String(cell.v);
    case 'e':
      notes.push(`${where} はエラー（${cell.w ?? '#ERROR'}）のため空として読みました`);
      return '';
    default:
      return String(cell.v);
  }
}

/** Which sheet: by number, else by name (NFKC, spaces ignored); undefined when none fits. */
function pickSheet(names: readonly string[], wanted: string | undefined): string | undefined {
  if (wanted === undefined) return names[0];
  if (/^\d+$/.test(wanted)) return names[Number(wanted) - 1];
  const plain = (value: string) => value.normalize('NFKC').replace(/\s+/g, '');
  return names.find((name) => plain(name) === plain(wanted));
}

function fail(reason: string, about: string[] = []): TableResult {
  return { ok: false, reason, about };
}

/** The workbook, or why it cannot be read: the parser's own words are kept for whoever looks further. */
function readWorkbook(bytes: Uint8Array): XLSX.WorkBook | string {
  if (!looksLikeZip(bytes))
    return 'Excel（.xlsx）の形ではありません。パスワード付きのファイルや古い形式（.xls）は、Excel で「Excel ブック（.xlsx）」として保存し直してください';
  if (bytes.length > XLSX_LIMITS.bytes) return `ファイルが大きすぎます（${XLSX_LIMITS.bytes / 1024 / 1024} MB まで）`;
  try {
    const workbook = XLSX.read(bytes, {
      type: 'array',
      dense: true,
      cellNF: true,
      cellText: true,
      cellFormula: true,
      cellDates: false,
      cellHTML: false,
      cellStyles: false,
      bookVBA: false,
      sheetRows: XLSX_LIMITS.rows + 1,
    });
    if (workbook.bookType && workbook.bookType !== 'xlsx' && workbook.bookType !== 'xlsm')
      return `この形式（${workbook.bookType}）は読めません。Excel で .xlsx として保存してください`;
    if (!workbook.SheetNames?.length) return 'シートがありません';
    return workbook;
  } catch (error) {
    return `Excel のファイルとして読めません（壊れているか、.xlsx ではありません: ${String((error as Error)?.message ?? error).slice(0, 200)}）`;
  }
}

export interface Grid {
  /** Text of each cell, row by row from the sheet's first row; merged cells filled. */
  cells: string[][];
  /** Excel row number of cells[0]. */
  firstRow: number;
  notes: Map<number, string[]>;
  /** Merges that start in a row and go down: how many rows they cover below it. */
  mergedDown: Map<number, number>;
}

/** The sheet's cells as text, merged ranges filled in, within the cells that hold something. */
function gridOf(sheet: XLSX.WorkSheet, date1904: boolean): Grid | string {
  const data = (sheet['!data'] ?? []) as (XLSX.CellObject | undefined)[][];
  const lastRow = data.length - 1;
  let lastColumn = -1;
  for (const row of data) if (row) lastColumn = Math.max(lastColumn, row.length - 1);
  // sheetRows stops the parser one row past the limit, so a longer sheet shows here.
  if (data.length > XLSX_LIMITS.rows) return `行が多すぎます（${XLSX_LIMITS.rows} 行まで）`;
  if (lastColumn + 1 > XLSX_LIMITS.columns) return `列が多すぎます（${XLSX_LIMITS.columns} 列まで）`;
  if (data.length * (lastColumn + 1) > XLSX_LIMITS.cells) return '表が大きすぎます（行と列を減らしてください）';
  const notes = new Map<number, string[]>();
  const cells: string[][] = [];
  for (let r = 0; r <= lastRow; r++) {
    const rowNotes: string[] = [];
    cells.push(
      Array.from({ length: lastColumn + 1 }, (_, c) =>
        cellText(data[r]?.[c], XLSX.utils.encode_cell({ r, c }), date1904, rowNotes),
      ),
    );
    if (rowNotes.length) notes.set(r + 1, rowNotes);
  }
  const mergedDown = new Map<number, number>();
  for (const merge of sheet['!merges'] ?? []) {
    // Clipped to the cells that exist: a merge declared over the whole sheet costs nothing.
    const value = cells[merge.s.r]?.[merge.s.c] ?? '';
    for (let r = Math.max(0, merge.s.r); r <= Math.min(merge.e.r, lastRow); r++)
      for (let c = Math.max(0, merge.s.c); c <= Math.min(merge.e.c, lastColumn); c++) cells[r][c] = value;
    if (merge.e.r > merge.s.r)
      mergedDown.set(merge.s.r, Math.max(mergedDown.get(merge.s.r) ?? 0, merge.e.r - merge.s.r));
  }
  return { cells, firstRow: 1, notes, mergedDown };
}

const distinctValues = (row: readonly string[]) => new Set(row.map((cell) => cell.trim()).filter(Boolean)).size;

/**
 * Header and rows from the grid: the header is the first row with two different values (a title
 * merged across the top is skipped), extended down while merged header cells go down, so that
 * 「位置」 over 「緯度」「経度」 names the columns 位置_緯度 and 位置_経度.
 */
export function tableOfGrid(grid: Grid, about: string[]): TableResult {
  const start = grid.cells.findIndex((row) => distinctValues(row) >= 2);
  if (start < 0) return fail('見出しの行（列の名前が2つ以上並んだ行）が見つかりません', about);
  for (let r = 0; r < start; r++) {
    const text = grid.cells[r].find((cell) => cell.trim()) ?? '';
    if (text) about.push(`表の上の行: ${r + 1}行目「${text.slice(0, 40)}」（見出しではないので読み飛ばしました）`);
  }
  const end = start + (grid.mergedDown.get(start) ?? 0);
  const width = grid.cells[start].length;
  const header = Array.from({ length: width }, (_, c) => {
    const parts: string[] = [];
    for (let r = start; r <= end; r++) {
      const part = grid.cells[r][c].trim();
      if (part && parts.at(-1) !== part) parts.push(part);
    }
    return parts.join('_');
  });
  while (header.length && header.at(-1) === '') header.pop();
  const rows: TableRow[] = [];
  for (let r = end + 1; r < grid.cells.length; r++) {
    const line = r + grid.firstRow;
    const notes = [...(grid.notes.get(line) ?? [])];
    const cells = grid.cells[r];
    cells.slice(header.length).forEach((cell, offset) => {
      if (cell.trim()) {
        const where = XLSX.utils.encode_cell({ r, c: header.length + offset });
        notes.push(`見出しのない列のセル ${where}「${cell.slice(0, 40)}」は読んでいません`);
      }
    });
    rows.push({ line, cells: cells.slice(0, header.length), ...(notes.length ? { notes } : {}) });
  }
  return { ok: true, table: { header, rows: withoutEmptyRows(rows, about), about } };
}

export function readXlsxTable(bytes: Uint8Array, options: XlsxOptions = {}): TableResult {
  const workbook = readWorkbook(bytes);
  if (typeof workbook === 'string') return fail(workbook);
  const names = workbook.SheetNames;
  const name = pickSheet(names, options.sheet);
  if (name === undefined)
    return fail(
      `シート「${options.sheet}」がありません（このファイルのシート: ${names.map((n, i) => `${i + 1}.「${n}」`).join(' ')}）`,
    );
  const about = [`シート: 「${name}」（${names.indexOf(name) + 1}枚目／全${names.length}枚）`];
  const sheet = workbook.Sheets[name];
  if (!sheet) return fail(`シート「${name}」の中身がありません`, about);
  const grid = gridOf(sheet, workbook.Workbook?.WBProps?.date1904 === true);
  if (typeof grid === 'string') return fail(grid, about);
  return tableOfGrid(grid, about);
}
