/**
 * CSV as 自治体 publish it: RFC 4180 fields (quotes, embedded commas and line breaks, doubled
 * quotes), CRLF or LF, and the encodings Excel and government systems write (UTF-8 with or
 * without BOM, Shift_JIS/cp932, UTF-16 with BOM). Pure functions, no dependencies.
 */

export type CsvEncoding = 'utf-8' | 'utf-8-bom' | 'shift_jis' | 'utf-16le' | 'utf-16be';

export interface DecodedText {
  text: string;
  encoding: CsvEncoding;
}

/**
 * Bytes → text. A BOM decides; otherwise strict UTF-8, and when that fails, cp932 (what Excel
 * on Windows saves as 「CSV（コンマ区切り）」). Node's full ICU knows both without packages.
 */
export function decodeCsvBytes(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('shift_jis').decode(bytes), encoding: 'shift_jis' };
  }
}

export class CsvSyntaxError extends Error {
  /** 1-based line where the broken record starts. */
  readonly line: number;
  constructor(message: string, line: number) {
    super(message);
    this.name = 'CsvSyntaxError';
    this.line = line;
  }
}

export interface CsvRecord {
  fields: string[];
  /** 1-based line of the file where the record starts (a quoted line break spans lines). */
  line: number;
}

/**
 * Parses CSV text into records. Quoted fields may hold commas, quotes written twice ("") and
 * line breaks. A stray quote inside an unquoted field is kept as text (common in hand-made
 * files); an unterminated quoted field is an error with its line. Empty lines are skipped.
 */
export function parseCsvRecords(input: string): CsvRecord[] {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  /** Nothing read yet for the current field (a quote here opens a quoted field). */
  let atFieldStart = true;
  /** Anything (even an empty quoted field) read on the current record. */
  let recordStarted = false;
  let i = 0;
  const endRecord = () => {
    fields.push(field);
    // A line with nothing on it is not a record.
    if (recordStarted) records.push({ fields, line: recordLine });
    fields = [];
    field = '';
    atFieldStart = true;
    recordStarted = false;
  };
  while (i < text.length) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i += 1;
        continue;
      }
      if (ch === '\n') line += 1;
      field += ch;
      i += 1;
      continue;
    }
    if (ch === '"' && atFieldStart) {
      quoted = true;
      atFieldStart = false;
      recordStarted = true;
      i += 1;
      continue;
    }
    if (ch === ',') {
      fields.push(field);
      field = '';
      atFieldStart = true;
      recordStarted = true;
      i += 1;
      continue;
    }
    if (ch === '\r' || ch === '\n') {
      endRecord();
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line += 1;
      recordLine = line;
      continue;
    }
    field += ch;
    atFieldStart = false;
    recordStarted = true;
    i += 1;
  }
  if (quoted)
    throw new CsvSyntaxError(`${recordLine}行目から始まる「"」で囲まれた項目が閉じられていません`, recordLine);
  if (recordStarted) endRecord();
  return records;
}

/** Parses CSV text into rows of fields (see parseCsvRecords). */
export function parseCsv(text: string): string[][] {
  return parseCsvRecords(text).map((record) => record.fields);
}

/** A field quoted only when it must be (comma, quote, line break, or leading/trailing space). */
export function formatCsvField(value: string): string {
  if (/[",\r\n]/.test(value) || /^\s|\s$/.test(value)) return `"${value.replace(/"/g, '""')}"`;
  return value;
}

export interface StringifyOptions {
  /** Prepend U+FEFF so Excel opens UTF-8 correctly (default true). */
  bom?: boolean;
  /** Line ending; RFC 4180 says CRLF (default). */
  eol?: '\r\n' | '\n';
}

/** Rows → CSV text, every record (the last included) ended with the line break. */
export function stringifyCsv(rows: readonly (readonly string[])[], options: StringifyOptions = {}): string {
  const eol = options.eol ?? '\r\n';
  const body = rows.map((row) => row.map(formatCsvField).join(',') + eol).join('');
  return ((options.bom ?? true) ? '\ufeff' : '') + body;
}
