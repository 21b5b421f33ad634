/**
 * The report a clerk reads before saying --write (and after it): how the file was read, the
 * files to make and change, the readings that were guessed, and every row left out with its
 * line and reason. Plain Japanese; nothing in the result is left unsaid. Text from the file goes
 * into it, so each line names its control characters instead of sending them to the terminal.
 */
import { nameInvisible } from '../content/untrusted-text.ts';
import type { ImportResult } from './import-table.ts';
import type { Change } from './plan.ts';

function header(result: ImportResult, fileName: string): string[] {
  const out = [`ファイル: ${fileName}`, ...result.about];
  if (result.detected) {
    const { layout, unknownColumns } = result.detected;
    out.push(`形式: ${layout.label}`);
    if (unknownColumns.length) out.push(`読まない列: ${unknownColumns.join(', ')}`);
  }
  return out;
}

/** One line with the counts, for the clerk and for whoever reviews the pull request. */
export function countsLine(result: ImportResult): string {
  const count = (kind: Change['kind']) => result.changes.filter((change) => change.kind === kind).length;
  const errors = result.rejected.filter((row) => row.kind === 'error').length;
  const skipped = result.rejected.length - errors;
  return (
    `まとめ: データ ${result.rowCount} 行 → 新規 ${count('new')}・更新 ${count('update')}・変わらない ${count('unchanged')}` +
    `・同じ事業所の行 ${count('duplicate')}・取り込めない ${errors}・対象外 ${skipped}（よみがなを推定 ${result.kanaProposals.length}）`
  );
}

function changesPart(result: ImportResult): string[] {
  const of = <K extends Change['kind']>(kind: K) =>
    result.changes.filter((change): change is Extract<Change, { kind: K }> => change.kind === kind);
  const notesOf = (notes: string[]) => notes.map((note) => `      ※ ${note}`);
  const out = ['', `新しく作るファイル: ${of('new').length} 件`];
  for (const change of of('new'))
    out.push(`  + ${change.file}  ${change.data.name}（${change.line}行目）`, ...notesOf(change.notes));
  out.push('', `更新するファイル: ${of('update').length} 件`);
  for (const change of of('update'))
    out.push(`  ~ ${change.file}（${change.line}行目）: ${change.fields.join(', ')}`, ...notesOf(change.notes));
  out.push('', `変わらないもの: ${of('unchanged').length} 件`);
  for (const change of of('unchanged')) out.push(`  = ${change.file}（${change.line}行目）`);
  const duplicates = of('duplicate');
  if (duplicates.length) {
    out.push('', `同じ事業所の2回目以降の行（1回だけ取り込みます）: ${duplicates.length} 件`);
    for (const change of duplicates) out.push(`  ${change.line}行目: ${change.name}（${change.firstLine}行目と同じ）`);
  }
  return out;
}

function proposalsPart(result: ImportResult): string[] {
  if (!result.kanaProposals.length) return [];
  const out = [
    '',
    `よみがなを推定しました（確かめてください）: ${result.kanaProposals.length} 件`,
    '  一覧によみがなの列がないため、名称から読みを推定しました。誤りは書き込んだファイルの kana: を直すか、',
    '  対応表の readings: に「言葉: よみがな」を書いてもう一度実行してください。',
  ];
  for (const proposal of result.kanaProposals)
    out.push(`  ${proposal.line}行目 ${proposal.name} → ${proposal.kana}（確かめてください）`);
  return out;
}

function rejectedPart(result: ImportResult): string[] {
  const errors = result.rejected.filter((row) => row.kind === 'error');
  const skipped = result.rejected.filter((row) => row.kind === 'skipped');
  const out = ['', `取り込めなかった行: ${errors.length} 件`];
  for (const row of errors) out.push(`  ${row.line}行目${row.name ? ` ${row.name}` : ''}: ${row.reason}`);
  out.push('', `対象外として除いた行: ${skipped.length} 件`);
  for (const row of skipped) out.push(`  ${row.line}行目${row.name ? ` ${row.name}` : ''}: ${row.reason}`);
  return out;
}

/** The lines as the terminal gets them (a cell's U+0000 or escape sequence shown by name). */
const shown = (lines: string[]) => lines.map(nameInvisible).join('\n');

export function formatImportReport(result: ImportResult, fileName: string, written: boolean): string {
  const out = header(result, fileName);
  if (result.fatal) {
    out.push(`取り込めません: ${result.fatal}`);
    return shown(out);
  }
  out.push(`データの行数: ${result.rowCount}`);
  out.push(...changesPart(result), ...proposalsPart(result), ...rejectedPart(result), '', countsLine(result), '');
  const news = result.changes.filter((change) => change.kind === 'new').length;
  const updates = result.changes.filter((change) => change.kind === 'update').length;
  out.push(
    written
      ? `書き込みました（新規 ${news} 件・更新 ${updates} 件）。npm run validate で確かめてから、プルリクエストにしてください。`
      : 'これは確認だけです（ファイルは変えていません）。この内容で書き込むには --write を付けて実行してください。',
  );
  return shown(out);
}
