/**
 * The stale entries as Markdown for staff: one table per operator (or, for entries that name
 * none, one for the office that keeps the site), each row with the 情報確認日 and how long ago,
 * the phone to call, the page residents see and the link that opens the file for editing.
 * Printed by `npm run report -- --stale` and used as the body of the weekly issue.
 */
import type { LoadedContent } from '../content/load.ts';
import { escapeMarkdown } from './markdown.ts';
import { editUrl, entryPath, pageUrl, type DatedEntry, type ReportLinks, type StaleLists } from './stale.ts';

export interface StaleGroup {
  /** The operator's name, or 運営者の記載なし with the 担当課. */
  title: string;
  entries: DatedEntry[];
}

/** Entries by operator: the largest groups first, the entries without an operator last. */
export function groupByOperator(entries: readonly DatedEntry[], loaded: LoadedContent): StaleGroup[] {
  const names = new Map(loaded.organizations.map((entry) => [entry.id, entry.data.name]));
  const groups = new Map<string, DatedEntry[]>();
  for (const entry of entries) {
    const key = entry.operatorId ?? '';
    groups.set(key, [...(groups.get(key) ?? []), entry]);
  }
  const office = loaded.site?.contact.name;
  const untitled = `運営者の記載なし${office ? `（担当課: ${office}）` : ''}`;
  return [...groups]
    .map(([key, list]) => ({ key, title: key ? (names.get(key) ?? key) : untitled, entries: list }))
    .sort(
      (a, b) =>
        Number(!a.key) - Number(!b.key) || b.entries.length - a.entries.length || a.title.localeCompare(b.title, 'ja'),
    )
    .map(({ title, entries: list }) => ({ title, entries: list }));
}

const TABLE_HEAD = ['| 名称 | 情報確認日 | 電話 | ページ | 修正 |', '|---|---|---|---|---|'];

function tableRow(entry: DatedEntry, links: ReportLinks): string {
  const name = `${escapeMarkdown(entry.name)}${entry.kind === 'network' ? '（会議体）' : ''}`;
  const sitePath = entryPath(entry);
  const page = pageUrl(sitePath, links);
  const pageCell = links.siteUrl ? `[${sitePath}](${page})` : `\`${page}\``;
  const edit = editUrl(entry.file, links);
  const editCell = edit ? `[ファイルを直す](${edit})` : `\`${escapeMarkdown(entry.file)}\``;
  const date = `${entry.verifiedAt}（${entry.months} か月前）`;
  const phone = entry.phone ?? (entry.operatorPhone ? `${entry.operatorPhone}（運営者）` : '—');
  return `| ${name} | ${date} | ${phone} | ${pageCell} | ${editCell} |`;
}

/** Adds each group's table to `lines` while they fit in the budget; returns how many rows went in. */
function appendGroups(
  lines: string[],
  groups: readonly StaleGroup[],
  options: { links: ReportLinks; budget: number },
): number {
  let size = lines.join('\n').length;
  let shown = 0;
  for (const group of groups) {
    const head = ['', `### ${escapeMarkdown(group.title)}（${group.entries.length} 件）`, '', ...TABLE_HEAD];
    let added = head.join('\n').length + 1;
    const taken: string[] = [];
    for (const entry of group.entries) {
      const row = tableRow(entry, options.links);
      if (size + added + row.length + 1 > options.budget) break;
      taken.push(row);
      added += row.length + 1;
    }
    if (taken.length === 0) break;
    lines.push(...head, ...taken);
    size += added;
    shown += taken.length;
    if (taken.length < group.entries.length) break;
  }
  return shown;
}

export interface StaleMarkdownOptions {
  lists: StaleLists;
  loaded: LoadedContent;
  today: string;
  links: ReportLinks;
  /** Stop adding rows past this many characters (a GitHub issue body holds 65,536). */
  maxChars?: number;
}

/** The heading and one table per group; says so plainly when nothing is stale. */
export function staleMarkdown(options: StaleMarkdownOptions): string {
  const { lists, loaded, today, links } = options;
  const months = lists.staleAfterMonths;
  const count = lists.stale.length;
  const lines = [`## 情報確認日から ${months} か月以上たっている項目: ${count} 件`, ''];
  if (count === 0) {
    lines.push(`${today} の時点で、情報確認日から ${months} か月以上たっている項目はありません。`);
    return lines.join('\n');
  }
  lines.push(
    `${today} の時点で、情報確認日（verifiedAt）から ${months} か月以上たっている項目です（site.yaml の staleAfterMonths）。`,
    '運営者に内容を確かめ、ファイルを直して情報確認日を更新してください。',
  );
  const groups = groupByOperator(lists.stale, loaded);
  const shown = appendGroups(lines, groups, { links, budget: options.maxChars ?? 60_000 });
  if (shown < count)
    lines.push(
      '',
      `ほか ${count - shown} 件は長くなるため省きました。\`npm run report -- --stale\` ですべて見られます。`,
    );
  return lines.join('\n');
}
