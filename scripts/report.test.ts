/**
 * `npm run report` as staff run it. The --links run points the fixture town's links at a local
 * server on 127.0.0.1 first, so nothing leaves the machine.
 */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FIXTURE = path.join(ROOT, 'tests/fixtures/valid-town');

/** Async, so the local server in this process can answer while the script runs. */
async function report(args: string[]) {
  try {
    const { stdout, stderr } = await promisify(execFile)('node', ['scripts/report.ts', ...args], {
      cwd: ROOT,
      timeout: 60_000,
      env: { ...process.env, CONTENT_DIR: '', SITE_URL: '', BASE_PATH: '', GITHUB_REPOSITORY: '' },
    });
    return { status: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { status: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

let server: Server;
let town: string;
beforeAll(async () => {
  server = createServer((request, response) => {
    if (request.url === '/moved') response.writeHead(301, { location: '/ok' });
    else response.writeHead(request.url === '/ok' ? 200 : 404);
    response.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  town = await mkdtemp(path.join(os.tmpdir(), 'report-town-'));
  await cp(FIXTURE, town, { recursive: true });
  // Every external link of the copy now points at the local server: one gone, one moved, the rest fine.
  const targets: Record<string, string> = {
    'resources/soudan/kita-houkatsu.md': `${base}/gone`,
    'organizations/hanamizuki-kai.yaml': `${base}/moved`,
  };
  for (const entry of await readdir(town, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    const relative = path.relative(town, file).split(path.sep).join('/');
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace(/https?:\/\/[^\s)"'<>]+/g, targets[relative] ?? `${base}/ok`));
  }
});
afterAll(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
  await rm(town, { recursive: true, force: true });
});

describe('npm run report', () => {
  test('lists entries past staleAfterMonths, oldest first, and those about to be', async () => {
    const { status, stdout } = await report(['--dir', FIXTURE, '--today', '2027-06-15']);
    expect(status).toBe(0);
    const [stale, soon] = stdout.split('\n\n');
    // Older than 2026-06-15: 2026-01-05, 2026-03-31 and 2026-05-20 in the fixture.
    expect(stale.split('\n')).toEqual([
      '情報確認日から 12 か月以上たっている項目: 3 件（今日 2027-06-15）',
      '  resources/soudan/shakyo-soudan.md  さくら町社会福祉協議会 地域福祉相談  確認日 2026-01-05（17 か月前）',
      '  resources/soudan/zaitaku-renkei.md  さくら町在宅医療・介護連携支援センター  確認日 2026-03-31（14 か月前）',
      '  resources/chiiki/honcho-salon.md  本町ふれあいサロン  確認日 2026-05-20（12 か月前）',
    ]);
    // Between 2026-06-15 and 2026-07-15: 2026-06-30 and the two networks of 2026-07-01.
    expect(soon).toMatch(/^この1か月のうちに 12 か月を過ぎる項目: 3 件\n/);
    expect(soon).toContain('resources/soudan/ninchisho-soudan.md');
  });

  test('nothing stale on the day the fixture was checked', async () => {
    const { stdout } = await report(['--dir', FIXTURE, '--today', '2026-11-22']);
    expect(stdout).toContain('12 か月以上たっている項目: 0 件');
  });

  test('--stale: the stale entries as Markdown, by operator, with page and edit link', async () => {
    const { status, stdout } = await report(['--dir', FIXTURE, '--today', '2027-06-15', '--stale']);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^## 情報確認日から 12 か月以上たっている項目: 3 件\n/);
    expect(stdout).toContain('### 社会福祉法人さくら町社会福祉協議会（2 件）');
    // Without SITE_URL the page is its path; the edit link comes from site.yaml's editUrl.
    expect(stdout).toContain(
      '| 本町ふれあいサロン | 2026-05-20（12 か月前） | 042-555-2000（運営者） | `/resources/honcho-salon/` | ' +
        '[ファイルを直す](https://example.jp/sakura-town/content/edit/main/resources/chiiki/honcho-salon.md) |',
    );
    expect(stdout).not.toContain('この1か月のうちに');
  });

  test('--links: broken and moved links with their file and field; exit 1', async () => {
    const { status, stdout } = await report(['--dir', town, '--today', '2026-11-22', '--links', '--timeout', '5']);
    expect(stdout).toMatch(
      /つながらないリンク: 2 件\n {2}resources\/soudan\/kita-houkatsu\.md {2}url {2}http:\/\/127\.0\.0\.1:\d+\/gone {2}ページが見つかりません（404）\n {2}resources\/soudan\/kita-houkatsu\.md {2}本文 /,
    );
    expect(stdout).toMatch(
      /移転したリンク（新しい URL に直してください）: 1 件\n {2}organizations\/hanamizuki-kai\.yaml {2}url .*移転しています/,
    );
    expect(stdout).toMatch(/つながったリンク: 1 件 \/ 3 件/);
    expect(status).toBe(1);
  });
});
