/**
 * `npm run validate` as staff and CI run it: a child process on a content folder.
 */
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FIXTURE = path.join(ROOT, 'tests/fixtures/valid-town');
const LINE = /^[^:]+:\d+:\d+: (error|warning): /;
const STACK = /^\s+at .+[(:]\d+/m;

function validate(args: string[], env: Record<string, string | undefined> = {}) {
  const result = spawnSync('node', ['scripts/validate.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
    // The Node from PATH (Node 24); CI variables of the outer run must not leak in.
    env: { ...process.env, GITHUB_ACTIONS: '', CONTENT_DIR: '', ...env },
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

let broken: string;
beforeAll(async () => {
  broken = await mkdtemp(path.join(os.tmpdir(), 'broken-town-'));
  await cp(FIXTURE, broken, { recursive: true });
  const edit = async (file: string, from: string, to: string) => {
    const target = path.join(broken, file);
    const text = await readFile(target, 'utf8');
    if (!text.includes(from)) throw new Error(`${file}: 「${from}」 not found`);
    await writeFile(target, text.replace(from, to));
  };
  await edit('resources/soudan/minami-houkatsu.md', 'phone: "042-555-3201"', 'phne: "042-555-3201"'); // error
  await edit('areas/honcho.yaml', 'parent: kita-ken', 'parent: kita'); // error
  await edit('resources/chiiki/honcho-salon.md', 'verifiedAt: 2026-05-20', 'verifiedAt: 2024-05-20'); // warning
  await edit(
    'organizations/hanamizuki-kai.yaml',
    'type: social-welfare-corporation',
    'type: social-welfare-corporation\nphne: x',
  ); // error
  await edit('organizations/sakura-ishikai.yaml', 'kana: さくらまちいしかい', 'kana: "いしかい%"'); // error whose message has a % to escape
});
afterAll(async () => {
  await rm(broken, { recursive: true, force: true });
});

describe('npm run validate', () => {
  test('valid-town: exit 0, nothing on stdout, a summary on stderr', () => {
    const { status, stdout, stderr } = validate(['--dir', FIXTURE, '--today', '2026-11-22']);
    expect(stdout).toBe('');
    expect(stderr.trim()).toBe('問題は見つかりませんでした。（資源 9・地域 7・組織 5・会議体 3）');
    expect(status).toBe(0);
  });

  test('CONTENT_DIR is honoured when --dir is not given', () => {
    const ok = validate(['--today', '2026-11-22'], { CONTENT_DIR: FIXTURE });
    expect(ok.status).toBe(0);
    const bad = validate(['--today', '2026-11-22'], { CONTENT_DIR: broken });
    expect(bad.status).toBe(1);
  });

  test('a broken copy: exit 1, one line per problem, every problem, no stack trace', () => {
    const { status, stdout, stderr } = validate(['--dir', broken, '--today', '2026-11-22']);
    expect(status).toBe(1);
    const lines = stdout.trim().split('\n');
    for (const line of lines) expect(line).toMatch(LINE);
    expect(lines).toHaveLength(5);
    const shown = path.relative(ROOT, broken).split(path.sep).join('/');
    expect(lines.map((line) => line.slice(shown.length + 1))).toEqual([
      'areas/honcho.yaml:4:9: error: parent（上位の地域）: 「kita」は 地域（areas） にありません。「kita-ken」の書き間違いではありませんか？',
      'organizations/hanamizuki-kai.yaml:4:1: error: phne: 「phne」という項目はありません。「phone」の書き間違いではありませんか？',
      'organizations/sakura-ishikai.yaml:2:7: error: kana（よみがな）: よみがなに使えない文字「%」があります（ひらがな・カタカナで書いてください）',
      'resources/chiiki/honcho-salon.md:18:13: warning: verifiedAt（情報確認日）: 2024-05-20 から 12 か月以上たっています。内容を確認して日付を更新してください',
      'resources/soudan/minami-houkatsu.md:12:1: error: phne: 「phne」という項目はありません。「phone」の書き間違いではありませんか？',
    ]);
    expect(stderr.trim()).toBe(
      'エラー 4 件、警告 1 件。エラーを直すまでサイトは作られません。（資源 8・地域 7・組織 3・会議体 3）',
    );
    expect(`${stdout}\n${stderr}`).not.toMatch(STACK);
    expect(stdout).not.toContain('::error');
  });

  test('only warnings: exit 0', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'stale-town-'));
    try {
      await cp(FIXTURE, dir, { recursive: true });
      const file = path.join(dir, 'resources/chiiki/honcho-salon.md');
      await writeFile(file, (await readFile(file, 'utf8')).replace('verifiedAt: 2026-05-20', 'verifiedAt: 2024-05-20'));
      const { status, stdout } = validate(['--dir', dir, '--today', '2026-11-22']);
      expect(stdout.trim().split('\n')).toHaveLength(1);
      expect(stdout).toMatch(/: warning: verifiedAt/);
      expect(status).toBe(0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test('--today decides what is in the future', () => {
    // kokoro-denwa is verified 2026-11-01: in the future on 2026-10-31.
    const { status, stdout } = validate(['--dir', FIXTURE, '--today', '2026-10-31']);
    expect(status).toBe(1);
    expect(stdout).toContain(
      'resources/soudan/kokoro-denwa.md:16:13: error: verifiedAt（情報確認日）: 2026-11-01 は未来の日付です（今日は 2026-10-31）',
    );
  });

  test('GITHUB_ACTIONS=true adds ::error / ::warning annotations with escaped properties', () => {
    const { status, stdout } = validate(['--dir', broken, '--today', '2026-11-22'], { GITHUB_ACTIONS: 'true' });
    expect(status).toBe(1);
    const annotations = stdout.split('\n').filter((line) => line.startsWith('::'));
    expect(annotations).toHaveLength(5);
    expect(annotations.filter((line) => line.startsWith('::error file='))).toHaveLength(4);
    expect(annotations.filter((line) => line.startsWith('::warning file='))).toHaveLength(1);
    const shown = path.relative(ROOT, broken).split(path.sep).join('/');
    expect(annotations).toContain(
      `::error file=${shown}/areas/honcho.yaml,line=4,col=9,title=parent::parent（上位の地域）: 「kita」は 地域（areas） にありません。「kita-ken」の書き間違いではありませんか？`,
    );
    // Workflow-command data escapes % as %25.
    expect(annotations).toContain(
      `::error file=${shown}/organizations/sakura-ishikai.yaml,line=2,col=7,title=kana::kana（よみがな）: よみがなに使えない文字「%25」があります（ひらがな・カタカナで書いてください）`,
    );
    // The plain lines are still printed as well.
    expect(stdout.split('\n').filter((line) => LINE.test(line))).toHaveLength(5);
  });

  test('--format json: parses, with error and warning counts and every problem', () => {
    const { status, stdout } = validate(['--dir', broken, '--today', '2026-11-22', '--format', 'json']);
    expect(status).toBe(1);
    const report = JSON.parse(stdout) as { errors: number; warnings: number; problems: Record<string, unknown>[] };
    expect(report.errors).toBe(4);
    expect(report.warnings).toBe(1);
    expect(report.problems).toHaveLength(5);
    expect(report.problems[0]).toMatchObject({
      line: 4,
      column: 9,
      severity: 'error',
      field: 'parent',
      rule: 'dangling-reference',
    });
    expect(String(report.problems[0].file)).toMatch(/areas\/honcho\.yaml$/);
  });

  test('--format json on valid content: zero counts, exit 0', () => {
    const { status, stdout } = validate(['--dir', FIXTURE, '--today', '2026-11-22', '--format', 'json']);
    expect(JSON.parse(stdout)).toEqual({ errors: 0, warnings: 0, problems: [] });
    expect(status).toBe(0);
  });

  test('a folder that does not exist: exit 1 with one line, no stack trace', () => {
    const missing = path.join(os.tmpdir(), `no-such-town-${process.pid}`);
    const { status, stdout, stderr } = validate(['--dir', missing, '--today', '2026-11-22']);
    expect(status).toBe(1);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    expect(stdout.trim()).toMatch(LINE);
    expect(stdout).toContain('が見つかりません');
    expect(`${stdout}\n${stderr}`).not.toMatch(STACK);
  });

  test('an unknown --format is refused with exit 2', () => {
    const { status, stderr } = validate(['--dir', FIXTURE, '--format', 'xml']);
    expect(status).toBe(2);
    expect(stderr.trim()).toBe('--format は text か json です（指定: xml）');
  });
});
