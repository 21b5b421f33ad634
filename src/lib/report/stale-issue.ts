/**
 * Keeps one issue in the repository listing the stale entries (scripts/stale-issue.ts, run by
 * .github/workflows/stale.yml): opened when the first entry goes stale, updated while any are,
 * closed when none are left. It talks to GitHub only through the `gh` CLI, which runners have,
 * so a test can put a fake `gh` first on PATH. Our issue is the open one with the label and the
 * hidden marker in its body; issues people opened by hand with the same label are left alone.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { staleMarkdown, type StaleMarkdownOptions } from './stale-markdown.ts';

/** Written into the body so the issue is found again, whatever its title becomes. */
export const STALE_MARKER = '<!-- chiiki-care-map:stale-entries -->';
export const DEFAULT_STALE_LABEL = '情報の確認';

/** Runs `gh` with these arguments and returns what it printed; throws when it fails. */
export type GhRunner = (args: string[]) => string;

export interface StaleIssue {
  title: string;
  /** Markdown, without the marker (added here). */
  body: string;
}

/** The issue for these lists, or undefined when nothing is stale (then ours is closed). */
export function staleIssueFor(options: StaleMarkdownOptions): StaleIssue | undefined {
  const count = options.lists.stale.length;
  if (count === 0) return undefined;
  const footer = [
    '',
    '---',
    'この課題は自動で作られ、毎週更新されます（`.github/workflows/stale.yml`）。古い項目がなくなると自動で閉じられます。',
  ];
  return { title: `情報確認日が古い項目: ${count} 件`, body: [staleMarkdown(options), ...footer].join('\n') };
}

export interface SyncOptions {
  gh: GhRunner;
  /** The issue as it should read now; undefined when nothing is stale. */
  issue: StaleIssue | undefined;
  label?: string;
  /** Said in the closing comment. */
  today: string;
}

export type SyncResult =
  | { action: 'created'; number?: number; url: string }
  | { action: 'updated' | 'closed'; number: number }
  | { action: 'none' };

/** The open issues that are ours, oldest first. */
function findOurIssues(gh: GhRunner, label: string): number[] {
  const args = ['issue', 'list', '--label', label, '--state', 'open', '--json', 'number,body', '--limit', '100'];
  const listed = JSON.parse(gh(args)) as { number: number; body?: string }[];
  return listed
    .filter((issue) => issue.body?.includes(STALE_MARKER))
    .map((issue) => issue.number)
    .sort((a, b) => a - b);
}

/** Calls `use` with the path of a temporary file holding `text` (gh reads bodies from files). */
async function withBodyFile<T>(text: string, use: (file: string) => T): Promise<T> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'stale-issue-'));
  try {
    const file = path.join(dir, 'body.md');
    await writeFile(file, text);
    return use(file);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function createIssue(gh: GhRunner, issue: StaleIssue, label: string, bodyFile: string): SyncResult {
  // `issue create --label` fails when the label does not exist yet; --force leaves an existing one as it is.
  gh(['label', 'create', label, '--color', 'fbca04', '--description', '情報確認日が古い項目の一覧（自動）', '--force']);
  const url = gh(['issue', 'create', '--title', issue.title, '--label', label, '--body-file', bodyFile]).trim();
  const number = /\/issues\/(\d+)\s*$/.exec(url)?.[1];
  return { action: 'created', url, number: number === undefined ? undefined : Number(number) };
}

/** Opens, updates or closes our issue so that it says what `issue` says. */
export async function syncStaleIssue(options: SyncOptions): Promise<SyncResult> {
  const { gh, issue, today } = options;
  const label = options.label ?? DEFAULT_STALE_LABEL;
  const ours = findOurIssues(gh, label);
  if (issue === undefined) {
    const comment = `${today} の時点で、情報確認日が古い項目はなくなりました。この課題を閉じます。`;
    for (const number of ours) gh(['issue', 'close', String(number), '--comment', comment]);
    return ours.length ? { action: 'closed', number: ours[0]! } : { action: 'none' };
  }
  return withBodyFile(`${STALE_MARKER}\n${issue.body}\n`, (bodyFile) => {
    if (ours.length === 0) return createIssue(gh, issue, label, bodyFile);
    gh(['issue', 'edit', String(ours[0]), '--title', issue.title, '--body-file', bodyFile]);
    return { action: 'updated', number: ours[0]! };
  });
}

/** One line for the log of the run. */
export function describeSync(result: SyncResult): string {
  switch (result.action) {
    case 'created':
      return `課題を作りました: ${result.url}`;
    case 'updated':
      return `課題 #${result.number} を更新しました`;
    case 'closed':
      return `古い項目がなくなったので、課題 #${result.number} を閉じました`;
    case 'none':
      return '情報確認日が古い項目はありません（課題もありません）';
  }
}
