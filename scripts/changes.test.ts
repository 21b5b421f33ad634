/**
 * `npm run changes` as staff and the pull-request workflow run it: the base as a folder, and as
 * a git ref of a throwaway repository laid out like a checkout of this one (content/ committed,
 * then edited). The workflow's own step is run from .github/workflows/content.yml, with the
 * job summary going to a file as on a runner.
 */
import { execFile, spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FIXTURE = path.join(ROOT, 'tests/fixtures/valid-town');
/** The fixture's dates are checked against this day (the workflow step uses the real date). */
const TODAY = '2026-11-22';
const PHONE = {
  file: 'content/resources/soudan/minami-houkatsu.md',
  from: 'phone: "042-555-3201"',
  to: 'phone: "042-555-3299"',
};
const PHONE_LINE = '- さくら町南部地域包括支援センター（`/resources/minami-houkatsu/`）: 042-555-3201 → 042-555-3299';

async function changes(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}) {
  const env = { ...process.env, CONTENT_DIR: '', GITHUB_STEP_SUMMARY: '', ...options.env };
  try {
    const script = path.join(ROOT, 'scripts/changes.ts');
    const run = promisify(execFile);
    const cwd = options.cwd ?? ROOT;
    const { stdout, stderr } = await run(process.execPath, [script, ...args], { cwd, env, timeout: 60_000 });
    return { status: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { status: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

function git(cwd: string, ...args: string[]): string {
  const identity = ['-c', 'user.name=test', '-c', 'user.email=test@example.jp'];
  const result = spawnSync('git', [...identity, ...args], { cwd, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout;
}

let repo: string;
beforeAll(async () => {
  // A checkout: the code linked in, content/ committed on main and known as origin/main, then edited.
  repo = await mkdtemp(path.join(os.tmpdir(), 'changes-repo-'));
  for (const entry of ['package.json', 'tsconfig.json', 'node_modules', 'src', 'scripts']) {
    await symlink(path.join(ROOT, entry), path.join(repo, entry));
  }
  await cp(FIXTURE, path.join(repo, 'content'), { recursive: true });
  git(repo, 'init', '-q', '-b', 'main');
  git(repo, 'add', 'content');
  git(repo, 'commit', '-q', '-m', 'content');
  git(repo, 'update-ref', 'refs/remotes/origin/main', 'HEAD');
  const target = path.join(repo, PHONE.file);
  await writeFile(target, (await readFile(target, 'utf8')).replace(PHONE.from, PHONE.to));
});
afterAll(async () => {
  if (repo) await rm(repo, { recursive: true, force: true });
});

describe('npm run changes', () => {
  test('--base a folder: the fixture against itself has no changes', async () => {
    const { status, stdout } = await changes(['--base', FIXTURE, '--dir', FIXTURE, '--today', TODAY]);
    expect(status).toBe(0);
    expect(stdout).toContain('変更はありません');
  });

  test('--base a git ref: the content folder as committed, against the edited one', async () => {
    const { status, stdout } = await changes(['--base', 'main', '--dir', path.join(repo, 'content'), '--today', TODAY]);
    expect(status).toBe(0);
    expect(stdout).toContain(`### 電話番号が変わった（1 件）\n\n${PHONE_LINE}`);
    // Nothing else differs: the rest was read back from git as it was written.
    expect(stdout.match(/^### /gm)).toHaveLength(1);
  });

  test('a base that is neither a folder nor a ref: exit 2 and why', async () => {
    const { status, stderr } = await changes(['--base', 'no-such-branch', '--dir', path.join(repo, 'content')]);
    expect(status).toBe(2);
    expect(stderr).toContain(
      '比べる元「no-such-branch」は、フォルダでも、読める git のブランチ・コミットでもありません',
    );
  });

  test('no --base: exit 2 and what to give', async () => {
    const { status, stderr } = await changes([]);
    expect(status).toBe(2);
    expect(stderr).toContain('--base');
  });
});

describe('.github/workflows/content.yml: the changes job', () => {
  test('on pull requests, with the whole history, compares with origin/<base> into the job summary', async () => {
    const flow = parse(await readFile(path.join(ROOT, '.github/workflows/content.yml'), 'utf8'));
    const job = flow.jobs.changes;
    expect(job.if).toBe("github.event_name == 'pull_request'");
    const checkout = job.steps.find((step: { uses?: string }) => step.uses?.startsWith('actions/checkout'));
    expect(checkout.with['fetch-depth']).toBe(0);
    const step = job.steps.find((candidate: { id?: string }) => candidate.id === 'changes');
    expect(step.run).toBe('node scripts/changes.ts --base origin/${{ github.base_ref }}');

    // The step as a runner runs it, in the checkout, for a pull request into main.
    const summary = path.join(repo, 'summary.md');
    await writeFile(summary, '# 前の手順の出力\n');
    const run = step.run.replace('${{ github.base_ref }}', 'main');
    const env = { ...process.env, CONTENT_DIR: '', GITHUB_STEP_SUMMARY: summary };
    const result = spawnSync('bash', ['-e', '-c', run], { cwd: repo, env, encoding: 'utf8', timeout: 60_000 });
    expect(result.status, result.stderr).toBe(0);
    const written = await readFile(summary, 'utf8');
    expect(
      written.startsWith(
        '# 前の手順の出力\n## 住民に見える変化\n\n`origin/main`（変更前）と `content`（変更後）を比べました。',
      ),
    ).toBe(true);
    expect(written).toContain(PHONE_LINE);
    expect(result.stdout.trim()).toBe(written.replace('# 前の手順の出力\n', '').trim());
  });
});
