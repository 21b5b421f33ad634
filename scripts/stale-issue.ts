/**
 * node scripts/stale-issue.ts [--dir <content>] [--today YYYY-MM-DD] [--label 情報の確認] [--edit-base <url>]
 * Opens, updates or closes the repository's issue that lists the entries past staleAfterMonths
 * (src/lib/report/stale-issue.ts), through the `gh` CLI. Run weekly by .github/workflows/stale.yml,
 * where gh finds the repository and token in GH_REPO and GH_TOKEN; locally it acts on the
 * repository gh sees from the current folder. `npm run report -- --stale` prints the same list
 * without touching GitHub.
 */
import { execFileSync } from 'node:child_process';
import { contentDir } from '../src/lib/content/content-dir.ts';
import { hasErrors, loadContent, todayInJapan } from '../src/lib/content/load.ts';
import { reportLinks, staleLists } from '../src/lib/report/stale.ts';
import { DEFAULT_STALE_LABEL, describeSync, staleIssueFor, syncStaleIssue } from '../src/lib/report/stale-issue.ts';
import type { GhRunner } from '../src/lib/report/stale-issue.ts';
import { readCommandLine } from './command-line.ts';

const USAGE =
  '使い方: node scripts/stale-issue.ts [--dir <内容のフォルダー>] [--today YYYY-MM-DD] [--label <ラベル>] [--edit-base <URL>]';
const { values } = readCommandLine(
  {
    options: {
      dir: { type: 'string' },
      today: { type: 'string' },
      label: { type: 'string', default: DEFAULT_STALE_LABEL },
      'edit-base': { type: 'string' },
    },
  },
  USAGE,
);

const gh: GhRunner = (args) => execFileSync('gh', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });

try {
  const today = values.today ?? todayInJapan();
  const loaded = await loadContent(values.dir ?? contentDir(), { today });
  if (hasErrors(loaded.diagnostics))
    console.error(
      '注意: 内容にエラーがあります。エラーのあるファイルは一覧に含まれません（npm run validate で確かめてください）。',
    );
  const links = reportLinks({ env: process.env, loaded, editBase: values['edit-base'] });
  const issue = staleIssueFor({ lists: staleLists(loaded, today), loaded, today, links });
  const result = await syncStaleIssue({ gh, issue, label: values.label, today });
  console.log(describeSync(result));
} catch (error) {
  console.error(`課題を更新できませんでした: ${(error as Error).message}`);
  process.exit(1);
}
