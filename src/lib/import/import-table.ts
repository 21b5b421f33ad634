/**
 * A list read into a table (from CSV or .xlsx) → the changes to a content folder: which column
 * is which field, each row converted or refused with its reason, then matched with what the
 * folder already has. Every data row ends as exactly one change or one rejected line.
 */
import type { LoadedContent } from '../content/load.ts';
import { DEFAULT_NEW_YEAR_PERIOD, DEFAULT_OBON_PERIOD } from '../hours/open-status.ts';
import type { CsvEncoding } from '../text/csv.ts';
import { planColumns } from './columns.ts';
import { convertRow, type ConvertContext } from './convert.ts';
import type { KanaProposer } from './kana-proposal.ts';
import { readRow, type DetectedLayout } from './layouts.ts';
import {
  builtInMapping,
  checkColumnsAgainstHeader,
  checkMappingAgainstContent,
  type ImportMapping,
} from './mapping-file.ts';
import { planImport, type Change, type PlannedRow } from './plan.ts';
import type { SourceTable } from './table.ts';

export interface RejectedLine {
  line: number;
  name?: string;
  kind: 'skipped' | 'error';
  reason: string;
}

export interface KanaProposalLine {
  line: number;
  name: string;
  kana: string;
  file: string;
}

export interface ImportResult {
  /** How the file was read (文字コード or シート, rows skipped), for the report's first lines. */
  about: string[];
  encoding?: CsvEncoding;
  detected?: DetectedLayout;
  /** Data rows in the file (header and empty rows not counted). */
  rowCount: number;
  changes: Change[];
  rejected: RejectedLine[];
  /** よみがな proposed by the analyzer for new files, to be checked by the clerk. */
  kanaProposals: KanaProposalLine[];
  /** Why nothing could be read at all (unreadable file, no usable columns, mapping errors). */
  fatal?: string;
}

export interface ImportOptions {
  /** The mapping file (columns, defaults, rules, readings); the built-in rules when absent. */
  mapping?: ImportMapping;
  /** 情報確認日 for new entries when the list has none (default: today). */
  verifiedAt: string;
  /** 出典 for new entries when the list has none. */
  source: string;
  /** Sub-folder of resources/ for new files. */
  folder?: string;
  /** Proposes よみがな for rows without one (importFile loads the analyzer when needed). */
  proposeKana?: KanaProposer;
}

const fatalResult = (table: SourceTable, fatal: string, detected?: DetectedLayout): ImportResult => ({
  about: table.about,
  encoding: table.encoding,
  detected,
  rowCount: table.rows.length,
  changes: [],
  rejected: [],
  kanaProposals: [],
  fatal,
});

function contextOf(content: LoadedContent, mapping: ImportMapping, options: ImportOptions): ConvertContext {
  return {
    rules: mapping.rules,
    categories: content.categories,
    topics: content.topics,
    areas: content.areas.filter((entry) => entry.data).map((entry) => ({ id: entry.id, name: entry.data.name })),
    organizations: content.organizations
      .filter((entry) => entry.data)
      .map((entry) => ({ id: entry.id, name: entry.data.name })),
    verifiedAt: options.verifiedAt,
    source: options.source,
    defaults: mapping.defaults,
    proposeKana: options.proposeKana,
    periods: {
      newYear: content.site?.newYearPeriod ?? DEFAULT_NEW_YEAR_PERIOD,
      obon: content.site?.obonPeriod ?? DEFAULT_OBON_PERIOD,
    },
  };
}

/** The mapping's own lines in the report: how many columns it names and the values it gives every row. */
function mappingAbout(mapping: ImportMapping, detected: DetectedLayout): string[] {
  if (!mapping.file) return [];
  const lines = [`対応表: ${mapping.file}`];
  if (detected.mappedColumns) lines.push(`対応表で決めた列: ${detected.mappedColumns} 列`);
  for (const { target, value } of mapping.defaults)
    lines.push(
      `すべての行に使う値（defaults）: ${target} = ${Array.isArray(value) ? value.join(', ') : String(value)}`,
    );
  if (mapping.readings.size) lines.push(`読みを決めた言葉（readings）: ${mapping.readings.size} 語`);
  return lines;
}

/** Each row converted (its reader's notes kept with it) or refused with its line and reason. */
function convertRows(table: SourceTable, detected: DetectedLayout, context: ConvertContext) {
  const planned: PlannedRow[] = [];
  const rejected: RejectedLine[] = [];
  for (const row of table.rows) {
    const values = readRow(detected, row.cells);
    if (row.cells.length > table.header.length) {
      // More cells than headings: a comma too many shifted the columns, so nothing in the row is trusted.
      // (Fewer cells are fine: many tools drop empty cells at the end of a line.)
      const reason = `列の数が見出し（${table.header.length}列）と違います（${row.cells.length}列）`;
      rejected.push({ line: row.line, name: values.name, kind: 'error', reason });
      continue;
    }
    const converted = convertRow(values, context);
    if (converted.ok)
      planned.push({ line: row.line, row: { ...converted, notes: [...converted.notes, ...(row.notes ?? [])] } });
    else rejected.push({ line: row.line, name: values.name, kind: converted.kind, reason: converted.reason });
  }
  return { planned, rejected };
}

export function importTable(table: SourceTable, content: LoadedContent, options: ImportOptions): ImportResult {
  const mapping = options.mapping ?? builtInMapping();
  const mappingErrors = [
    ...checkColumnsAgainstHeader(mapping, table.header),
    ...checkMappingAgainstContent(mapping, content),
  ];
  if (mappingErrors.length) return fatalResult(table, `対応表に誤りがあります:\n  ${mappingErrors.join('\n  ')}`);
  const detected = planColumns(table.header, mapping);
  const used = new Set(detected.fields.filter(Boolean));
  if (!used.has('name') || !(used.has('address') || used.has('addressJoined') || used.has('addressTown'))) {
    return fatalResult(
      table,
      `「名称」と「住所」（または「所在地_連結表記」）の列が見つかりません。1行目の列名を確かめるか、対応表の columns: で name と address の列を指定してください（読んだ列名: ${table.header.join(', ')}）`,
      detected,
    );
  }
  const about = [...table.about, ...mappingAbout(mapping, detected)];
  const { planned, rejected } = convertRows(table, detected, contextOf(content, mapping, options));
  const existing = content.resources
    .filter((entry) => entry.data)
    .map((entry) => ({ id: entry.id, file: entry.file, data: entry.data as unknown as Record<string, unknown> }));
  const changes = planImport(planned, existing, {
    folder: options.folder,
    takenIds: content.resources.map((entry) => entry.id),
  });
  return {
    about,
    encoding: table.encoding,
    detected,
    rowCount: table.rows.length,
    changes,
    rejected,
    kanaProposals: proposalsOf(changes),
  };
}

function proposalsOf(changes: readonly Change[]): KanaProposalLine[] {
  return changes.flatMap((change) =>
    change.kind === 'new' && change.proposedKana
      ? [{ line: change.line, name: String(change.data.name), kana: String(change.data.kana), file: change.file }]
      : [],
  );
}
