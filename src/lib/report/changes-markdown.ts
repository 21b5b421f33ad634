/**
 * The change report (changes.ts) as Markdown for the people who review a pull request: plain
 * Japanese section titles, each entry with its page, sections left out when empty, and
 * 「変更はありません」 when nothing residents see changes. Errors on either side come first.
 */
import { RESOURCE_STATUS_LABELS } from '../../schemas/index.ts';
import type { ChangeReport, EntryRef, SideProblems, StatusChange, ValueChange } from './changes.ts';
import { isUnchanged } from './changes.ts';
import type { FinderChange, MovedWindow, WindowRef } from './finder-changes.ts';
import { code, escapeMarkdown } from './markdown.ts';

export interface ChangesMarkdownOptions {
  /** How to name the two sides: the base folder or ref, and the content folder. */
  baseLabel: string;
  headLabel: string;
}

const SIDE_NAMES = { base: '変更前', head: '変更後' } as const;
/** Files named in the error note; the rest are counted. */
const MAX_FILES_NAMED = 20;

const named = (entry: { name: string; path: string }) => `${escapeMarkdown(entry.name)}（${code(entry.path)}）`;

function section(title: string, items: readonly string[]): string[] {
  return items.length ? ['', `### ${title}（${items.length} 件）`, '', ...items] : [];
}

function problemLines(problems: readonly SideProblems[]): string[] {
  return problems.flatMap((problem) => {
    const files = problem.files.slice(0, MAX_FILES_NAMED).map(code).join('、');
    const more =
      problem.files.length > MAX_FILES_NAMED ? ` ほか ${problem.files.length - MAX_FILES_NAMED} ファイル` : '';
    return [
      `> **注意**: ${SIDE_NAMES[problem.side]}の内容にエラーが ${problem.errors} 件あります（\`npm run validate\` で確かめてください）。`,
      `> エラーのあるファイルは比べていません: ${files}${more}`,
      '>',
    ];
  });
}

function entryLines(entries: readonly EntryRef[], note = ''): string[] {
  const category = (entry: EntryRef) => (entry.category ? ` — ${escapeMarkdown(entry.category)}` : '');
  return entries.map((entry) => `- ${named(entry)}${category(entry)}${note}`);
}

function statusSections(changes: readonly StatusChange[]): string[] {
  const line = (change: StatusChange) =>
    `- ${named(change.entry)}: ${RESOURCE_STATUS_LABELS[change.from]} → ${RESOURCE_STATUS_LABELS[change.to]}`;
  const of = (to: StatusChange['to']) => changes.filter((change) => change.to === to).map(line);
  return [
    ...section('休止になった窓口・サービス', of('suspended')),
    ...section('再開した窓口・サービス', of('active')),
    ...section('廃止になった窓口・サービス', of('closed')),
  ];
}

/** `before → after` on one line, or on two when they are long (hours). */
function valueLines(changes: readonly ValueChange[], options: { twoLines?: boolean } = {}): string[] {
  return changes.map((change) => {
    const [before, after] = [escapeMarkdown(change.before), escapeMarkdown(change.after)];
    if (!options.twoLines) return `- ${named(change.entry)}: ${before} → ${after}`;
    return [`- ${named(change.entry)}`, `  - 変更前: ${before}`, `  - 変更後: ${after}`].join('\n');
  });
}

function areaLines(report: ChangeReport): string[] {
  return report.servesAreas.map((change) => {
    const parts = [
      change.added.length ? `加わった地区: ${change.added.map(escapeMarkdown).join('、')}` : '',
      change.removed.length ? `外れた地区: ${change.removed.map(escapeMarkdown).join('、')}` : '',
    ].filter(Boolean);
    const [before, after] = [escapeMarkdown(change.before), escapeMarkdown(change.after)];
    return `- ${named(change.entry)}: ${before} → ${after}（${parts.join('、')}）`;
  });
}

function windowList(list: readonly WindowRef[]): string {
  return list
    .map((window) => `${named(window)}${window.fallback ? '（ほかに答えがないときの総合窓口）' : ''}`)
    .join('、');
}

function finderLines(changes: readonly FinderChange[]): string[] {
  return changes.map((change) => {
    const topics = change.topics.map((topic) => `「${escapeMarkdown(topic)}」`).join('');
    const where = `${topics} × ${change.areas.map(escapeMarkdown).join('、')}`;
    const moved = (direction: MovedWindow['direction']) =>
      change.moved.filter((window) => window.direction === direction);
    const parts = [
      change.added.length ? `新しく案内: ${windowList(change.added)}` : '',
      change.removed.length ? `案内しなくなる: ${windowList(change.removed)}` : '',
      moved('later').length ? `案内の順番が下がる: ${windowList(moved('later'))}` : '',
      moved('earlier').length ? `案内の順番が上がる: ${windowList(moved('earlier'))}` : '',
    ].filter(Boolean);
    return `- ${where}: ${parts.join('。')}`;
  });
}

/** The report as Markdown, headed by what was compared. */
export function changesMarkdown(report: ChangeReport, options: ChangesMarkdownOptions): string {
  const head = [
    '## 住民に見える変化',
    '',
    `${code(options.baseLabel)}（変更前）と ${code(options.headLabel)}（変更後）を比べました。`,
  ];
  const notes = report.problems.length ? ['', ...problemLines(report.problems).slice(0, -1)] : [];
  if (isUnchanged(report))
    return [...head, ...notes, '', '変更はありません（住民に見える内容は変わりません）。'].join('\n');
  const body = [
    ...section('追加された窓口・サービス', entryLines(report.added)),
    ...section('削除された窓口・サービス', entryLines(report.removed, '（このページはなくなります）')),
    ...statusSections(report.status),
    ...section('名前が変わった', valueLines(report.renamed)),
    ...section('電話番号が変わった', valueLines(report.phone)),
    ...section('開所時間・休みが変わった', valueLines(report.hours, { twoLines: true })),
    ...section('住所が変わった', valueLines(report.address)),
    ...section('担当地区が変わった', areaLines(report)),
    ...section('追加された会議体', entryLines(report.networksAdded)),
    ...section('削除された会議体', entryLines(report.networksRemoved, '（このページはなくなります）')),
    ...section('「相談窓口を探す」の答えが変わるところ', finderLines(report.finder)),
    ...(report.finderSkipped ? ['', report.finderSkipped] : []),
  ];
  return [...head, ...notes, ...body].join('\n');
}
