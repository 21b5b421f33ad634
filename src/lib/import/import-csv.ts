/**
 * `npm run import`: bytes of a CSV → the changes to a content folder, and the report a clerk
 * reads before saying --write. Decoding, layout detection, conversion and matching happen here;
 * the script only reads and writes files.
 */
import type { LoadedContent } from '../content/load.ts';
import { CsvSyntaxError, decodeCsvBytes, parseCsvRecords, type CsvEncoding } from '../text/csv.ts';
import { convertRow, type ConvertContext } from './convert.ts';
import { DEFAULT_MAPPING, type MappingRule } from './default-mapping.ts';
import { detectLayout, readRow, type DetectedLayout } from './layouts.ts';
import { planImport, type Change, type PlannedRow } from './plan.ts';

export interface RejectedLine {
  line: number;
  name?: string;
  kind: 'skipped' | 'error';
  reason: string;
}

export interface ImportResult {
  encoding?: CsvEncoding;
  detected?: DetectedLayout;
  /** Data rows in the file (the header not counted). */
  rowCount: number;
  changes: Change[];
  rejected: RejectedLine[];
  /** Why nothing could be read at all (unreadable CSV, no usable columns). */
  fatal?: string;
}

export interface ImportOptions {
  rules?: readonly MappingRule[];
  /** 情報確認日 for new entries when the CSV has none (default: today). */
  verifiedAt: string;
  /** 出典 for new entries when the CSV has none. */
  source: string;
  /** Sub-folder of resources/ for new files. */
  folder?: string;
}

const ENCODING_LABELS: Record<CsvEncoding, string> = {
  'utf-8': 'UTF-8',
  'utf-8-bom': 'UTF-8（BOM付き）',
  shift_jis: 'Shift_JIS（cp932）',
  'utf-16le': 'UTF-16LE',
  'utf-16be': 'UTF-16BE',
};

export function importCsv(bytes: Uint8Array, content: LoadedContent, options: ImportOptions): ImportResult {
  const { text, encoding } = decodeCsvBytes(bytes);
  let records;
  try {
    records = parseCsvRecords(text);
  } catch (error) {
    if (error instanceof CsvSyntaxError)
      return { encoding, rowCount: 0, changes: [], rejected: [], fatal: `CSV として読めません: ${error.message}` };
    throw error;
  }
  if (records.length === 0) return { encoding, rowCount: 0, changes: [], rejected: [], fatal: 'CSV が空です' };
  const [header, ...rows] = records;
  const detected = detectLayout(header.fields);
  const used = new Set(detected.fields.filter(Boolean));
  if (!used.has('name') || !(used.has('address') || used.has('addressJoined') || used.has('addressTown'))) {
    return {
      encoding,
      detected,
      rowCount: rows.length,
      changes: [],
      rejected: [],
      fatal: `「名称」と「住所」（または「所在地_連結表記」）の列が見つかりません。1行目の列名を確かめてください（読んだ列名: ${header.fields.join(', ')}）`,
    };
  }

  const context: ConvertContext = {
    rules: options.rules ?? DEFAULT_MAPPING,
    categories: content.categories,
    topics: content.topics,
    areas: content.areas.filter((entry) => entry.data).map((entry) => ({ id: entry.id, name: entry.data.name })),
    organizations: content.organizations
      .filter((entry) => entry.data)
      .map((entry) => ({ id: entry.id, name: entry.data.name })),
    verifiedAt: options.verifiedAt,
    source: options.source,
  };
  const planned: PlannedRow[] = [];
  const rejected: RejectedLine[] = [];
  for (const record of rows) {
    const values = readRow(detected, record.fields);
    if (record.fields.length > header.fields.length) {
      // More cells than headings: a comma too many shifted the columns, so nothing in the row is trusted.
      // (Fewer cells are fine: many tools drop empty cells at the end of a line.)
      rejected.push({
        line: record.line,
        name: values.name,
        kind: 'error',
        reason: `列の数が見出し（${header.fields.length}列）と違います（${record.fields.length}列）`,
      });
      continue;
    }
    if (Object.keys(values).length === 0) continue; // a row of empty cells
    const converted = convertRow(values, context);
    if (converted.ok) planned.push({ line: record.line, row: converted });
    else rejected.push({ line: record.line, name: values.name, kind: converted.kind, reason: converted.reason });
  }
  const existing = content.resources
    .filter((entry) => entry.data)
    .map((entry) => ({ id: entry.id, file: entry.file, data: entry.data as unknown as Record<string, unknown> }));
  const changes = planImport(planned, existing, {
    folder: options.folder,
    takenIds: content.resources.map((entry) => entry.id),
  });
  return { encoding, detected, rowCount: rows.length, changes, rejected };
}

/** The dry-run (and after --write, the done) report, in Japanese for the clerk. */
export function formatImportReport(result: ImportResult, fileName: string, written: boolean): string {
  const out: string[] = [];
  out.push(`ファイル: ${fileName}`);
  if (result.encoding) out.push(`文字コード: ${ENCODING_LABELS[result.encoding]}`);
  if (result.detected) {
    const { layout, unknownColumns } = result.detected;
    out.push(`形式: ${layout.label}`);
    if (unknownColumns.length) out.push(`読まない列: ${unknownColumns.join(', ')}`);
  }
  if (result.fatal) {
    out.push(`取り込めません: ${result.fatal}`);
    return out.join('\n');
  }
  out.push(`データの行数: ${result.rowCount}`);
  const of = <K extends Change['kind']>(kind: K) =>
    result.changes.filter((change): change is Extract<Change, { kind: K }> => change.kind === kind);
  const news = of('new');
  const updates = of('update');
  const unchanged = of('unchanged');
  const duplicates = of('duplicate');
  const errors = result.rejected.filter((row) => row.kind === 'error');
  const skipped = result.rejected.filter((row) => row.kind === 'skipped');
  const notesOf = (notes: string[]) => notes.map((note) => `      ※ ${note}`);

  out.push('', `新しく作るファイル: ${news.length} 件`);
  for (const change of news)
    out.push(`  + ${change.file}  ${change.data.name}（${change.line}行目）`, ...notesOf(change.notes));
  out.push('', `更新するファイル: ${updates.length} 件`);
  for (const change of updates)
    out.push(`  ~ ${change.file}（${change.line}行目）: ${change.fields.join(', ')}`, ...notesOf(change.notes));
  out.push('', `変わらないもの: ${unchanged.length} 件`);
  for (const change of unchanged) out.push(`  = ${change.file}（${change.line}行目）`);
  if (duplicates.length) {
    out.push('', `同じ事業所の2回目以降の行（1回だけ取り込みます）: ${duplicates.length} 件`);
    for (const change of duplicates) out.push(`  ${change.line}行目: ${change.name}（${change.firstLine}行目と同じ）`);
  }
  out.push('', `取り込めなかった行: ${errors.length} 件`);
  for (const row of errors) out.push(`  ${row.line}行目${row.name ? ` ${row.name}` : ''}: ${row.reason}`);
  out.push('', `対象外として除いた行: ${skipped.length} 件`);
  for (const row of skipped) out.push(`  ${row.line}行目${row.name ? ` ${row.name}` : ''}: ${row.reason}`);
  out.push('');
  out.push(
    written
      ? `書き込みました（新規 ${news.length} 件・更新 ${updates.length} 件）。npm run validate で確かめてから、プルリクエストにしてください。`
      : 'これは確認だけです（ファイルは変えていません）。この内容で書き込むには --write を付けて実行してください。',
  );
  return out.join('\n');
}
