/**
 * npm run changes -- --base <folder or git ref> [--dir <content>]
 * Compares the content folder (--dir, else $CONTENT_DIR, else ./content) with the base, a
 * folder or a git ref such as origin/main, and prints as Markdown what residents will see
 * change (src/lib/report/changes.ts). On GitHub Actions the same Markdown is added to the job
 * summary ($GITHUB_STEP_SUMMARY), which is how a pull request shows it. Exit 0 whatever
 * changed; 2 when the base cannot be read.
 */
import { appendFile } from 'node:fs/promises';
import { readCommandLine } from './command-line.ts';
import { contentDir } from '../src/lib/content/content-dir.ts';
import { compareContent, loadSide } from '../src/lib/report/changes.ts';
import { changesMarkdown } from '../src/lib/report/changes-markdown.ts';
import { resolveBase } from '../src/lib/report/content-at-ref.ts';

const USAGE =
  '使い方: npm run changes -- --base <フォルダーか git のブランチ・コミット> [--dir <内容のフォルダー>] [--today YYYY-MM-DD]';

const { values } = readCommandLine(
  {
    options: {
      base: { type: 'string' },
      dir: { type: 'string' },
      today: { type: 'string' },
    },
  },
  USAGE,
);

if (!values.base) {
  console.error(
    '比べる元を --base で指定してください（フォルダ、または origin/main のような git のブランチ・コミット）',
  );
  process.exit(2);
}

const dir = values.dir ?? contentDir();
try {
  const base = await resolveBase({ base: values.base, dir });
  try {
    const sides = { base: await loadSide(base.dir, values.today), head: await loadSide(dir, values.today) };
    const report = compareContent(sides);
    const headLabel = values.dir ?? (process.env.CONTENT_DIR || 'content');
    const markdown = changesMarkdown(report, { baseLabel: base.label, headLabel });
    console.log(markdown);
    if (process.env.GITHUB_STEP_SUMMARY) await appendFile(process.env.GITHUB_STEP_SUMMARY, `${markdown}\n`);
  } finally {
    await base.cleanup();
  }
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
