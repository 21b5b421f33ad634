/**
 * npm run validate [-- --format text|json] [--dir <folder>]
 * Checks the whole content folder and prints every problem, one line each.
 * Exit code 0 when there are no errors (warnings allowed), 1 otherwise.
 */
import { readCommandLine } from './command-line.ts';
import { contentDir } from '../src/lib/content/content-dir.ts';
import { hasErrors, loadContent } from '../src/lib/content/load.ts';
import { machineFileChecker } from '../src/lib/content/parallel-check.ts';
import { formatGithub, formatJson, formatText, summary } from '../src/lib/content/report.ts';

const USAGE = '使い方: npm run validate [-- --format text|json] [--dir <内容のフォルダー>] [--today YYYY-MM-DD]';

const { values } = readCommandLine(
  {
    options: {
      format: { type: 'string', default: 'text' },
      dir: { type: 'string' },
      today: { type: 'string' },
    },
  },
  USAGE,
);

if (!['text', 'json'].includes(values.format!)) {
  console.error(`--format は text か json です（指定: ${values.format}）`);
  process.exit(2);
}

try {
  // A large folder is checked by two threads (src/lib/content/parallel-check.ts).
  const fileChecker = machineFileChecker();
  const loaded = await loadContent(values.dir ?? contentDir(), { today: values.today, fileChecker });
  const { diagnostics } = loaded;
  if (values.format === 'json') {
    console.log(formatJson(diagnostics));
  } else {
    if (diagnostics.length > 0) console.log(formatText(diagnostics));
    if (process.env.GITHUB_ACTIONS === 'true' && diagnostics.length > 0) console.log(formatGithub(diagnostics));
    const counts = `資源 ${loaded.resources.length}・地域 ${loaded.areas.length}・組織 ${loaded.organizations.length}・会議体 ${loaded.networks.length}`;
    console.error(`${summary(diagnostics)}（${counts}）`);
  }
  process.exit(hasErrors(diagnostics) ? 1 : 0);
} catch (error) {
  // A bug of ours, not of the content: say so plainly.
  console.error(
    `検証の途中で予期しないエラーが起きました（内容の誤りではなくプログラムの不具合です）: ${(error as Error).message}`,
  );
  process.exit(2);
}
