/**
 * scripts/stale-issue.ts as the weekly workflow runs it, against a fake `gh`: a small Node
 * script first on PATH that records its arguments (and the body file it was given) and answers
 * `gh issue list` from a JSON file. The fixture town has stale entries on 2027-06-15 and none
 * on 2026-11-22. Also checks the workflow that runs it.
 */
import { execFile } from 'node:child_process';
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { STALE_MARKER } from '../src/lib/report/stale-issue.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FIXTURE = path.join(ROOT, 'tests/fixtures/valid-town');
const STALE_DAY = '2027-06-15';
const FRESH_DAY = '2026-11-22';

const FAKE_GH = `#!${process.execPath}
const fs = require('node:fs');
const args = process.argv.slice(2);
const call = { args };
const bodyAt = args.indexOf('--body-file');
if (bodyAt >= 0) call.body = fs.readFileSync(args[bodyAt + 1], 'utf8');
fs.appendFileSync(process.env.FAKE_GH_LOG, JSON.stringify(call) + '\\n');
const listed = () => fs.readFileSync(process.env.FAKE_GH_ISSUES, 'utf8');
if (args[0] === 'issue' && args[1] === 'list') process.stdout.write(listed());
if (args[0] === 'issue' && args[1] === 'create') process.stdout.write('https://github.com/city/care-map/issues/12\\n');
`;

let bin: string;
let log: string;
let issues: string;

beforeAll(async () => {
  bin = await mkdtemp(path.join(os.tmpdir(), 'fake-gh-'));
  await writeFile(path.join(bin, 'gh'), FAKE_GH);
  await chmod(path.join(bin, 'gh'), 0o755);
  log = path.join(bin, 'calls.jsonl');
  issues = path.join(bin, 'issues.json');
});
afterAll(async () => {
  if (bin) await rm(bin, { recursive: true, force: true });
});
beforeEach(async () => {
  await writeFile(log, '');
});

/** The open issues `gh issue list` answers with. */
const openIssues = (list: { number: number; body: string }[]) => writeFile(issues, JSON.stringify(list));

async function sync(today: string) {
  const env = {
    ...process.env,
    PATH: `${bin}${path.delimiter}${process.env.PATH}`,
    FAKE_GH_LOG: log,
    FAKE_GH_ISSUES: issues,
    CONTENT_DIR: '',
    GITHUB_REPOSITORY: '',
    SITE_URL: 'https://city.example.jp',
    BASE_PATH: '/care/',
  };
  const editBase = 'https://github.com/city/care-map/edit/main/content/';
  const args = ['scripts/stale-issue.ts', '--dir', FIXTURE, '--today', today, '--edit-base', editBase];
  const { stdout } = await promisify(execFile)(process.execPath, args, { cwd: ROOT, env, timeout: 60_000 });
  const lines = (await readFile(log, 'utf8')).split('\n').filter(Boolean);
  const calls = lines.map((line) => JSON.parse(line) as { args: string[]; body?: string });
  return { stdout, calls };
}

const LIST = ['issue', 'list', '--label', '情報の確認', '--state', 'open', '--json', 'number,body', '--limit', '100'];

describe('scripts/stale-issue.ts with gh', () => {
  test('stale entries and no issue yet: the label is made and the issue created with the list', async () => {
    await openIssues([{ number: 4, body: '情報の確認の手作業のメモ' }]);
    const { stdout, calls } = await sync(STALE_DAY);
    const commands = calls.map((call) => call.args.slice(0, 2));
    expect(commands).toEqual([
      ['issue', 'list'],
      ['label', 'create'],
      ['issue', 'create'],
    ]);
    expect(calls[0].args).toEqual(LIST);
    const create = calls[2];
    expect(create.args).toEqual(
      expect.arrayContaining(['--title', '情報確認日が古い項目: 3 件', '--label', '情報の確認']),
    );
    expect(create.body!.startsWith(`${STALE_MARKER}\n## 情報確認日から 12 か月以上たっている項目: 3 件`)).toBe(true);
    expect(create.body).toContain('### 社会福祉法人さくら町社会福祉協議会（2 件）');
    expect(create.body).toContain(
      '| さくら町在宅医療・介護連携支援センター | 2026-03-31（14 か月前） | 042-555-4400 | ' +
        '[/resources/zaitaku-renkei/](https://city.example.jp/care/resources/zaitaku-renkei/) | ' +
        '[ファイルを直す](https://github.com/city/care-map/edit/main/content/resources/soudan/zaitaku-renkei.md) |',
    );
    expect(stdout).toContain('課題を作りました: https://github.com/city/care-map/issues/12');
  });

  test('stale entries and our issue open: it is edited, nothing created', async () => {
    await openIssues([
      { number: 4, body: 'by hand' },
      { number: 8, body: `${STALE_MARKER}\nlast week` },
    ]);
    const { stdout, calls } = await sync(STALE_DAY);
    expect(calls.map((call) => call.args.slice(0, 3))).toEqual([
      ['issue', 'list', '--label'],
      ['issue', 'edit', '8'],
    ]);
    expect(calls[1].args).toEqual(expect.arrayContaining(['--title', '情報確認日が古い項目: 3 件', '--body-file']));
    expect(calls[1].body).toContain('本町ふれあいサロン');
    expect(stdout).toContain('課題 #8 を更新しました');
  });

  test('nothing stale and our issue open: it is closed with a comment', async () => {
    await openIssues([{ number: 8, body: `${STALE_MARKER}\nlast week` }]);
    const { stdout, calls } = await sync(FRESH_DAY);
    expect(calls.map((call) => call.args)).toEqual([
      LIST,
      [
        'issue',
        'close',
        '8',
        '--comment',
        `${FRESH_DAY} の時点で、情報確認日が古い項目はなくなりました。この課題を閉じます。`,
      ],
    ]);
    expect(stdout).toContain('課題 #8 を閉じました');
  });

  test('nothing stale and no issue: nothing is changed', async () => {
    await openIssues([]);
    const { stdout, calls } = await sync(FRESH_DAY);
    expect(calls.map((call) => call.args)).toEqual([LIST]);
    expect(stdout).toContain('課題もありません');
  });
});

describe('.github/workflows/stale.yml', () => {
  test('weekly and on demand, may write issues, runs the script with gh’s token', async () => {
    const flow = parse(await readFile(path.join(ROOT, '.github/workflows/stale.yml'), 'utf8'));
    expect(flow.on.schedule[0].cron).toMatch(/^\S+ \S+ \* \* \d$/);
    expect(flow.on).toHaveProperty('workflow_dispatch');
    expect(flow.permissions).toEqual({ issues: 'write', contents: 'read' });
    const step = flow.jobs.stale.steps.find((candidate: { id?: string }) => candidate.id === 'stale');
    expect(step.run).toBe('node scripts/stale-issue.ts');
    expect(step.env).toMatchObject({ GH_TOKEN: '${{ github.token }}', GH_REPO: '${{ github.repository }}' });
  });
});
