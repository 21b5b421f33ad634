/**
 * `npm run portal` where it must stop before building: a broken federation.yaml (every problem on
 * its line, exit 1, no stack trace, nothing written) and a federation where no member can be read.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, test } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const STACK = /^\s+at .+[(:]\d+/m;
let dir: string;

function portal(config: string) {
  const file = path.join(dir, 'federation.yaml');
  fs.writeFileSync(file, config);
  const result = spawnSync('node', ['scripts/portal.ts', '--config', file, '--out', path.join(dir, 'out')], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (result.error) throw result.error;
  return { status: result.status, stderr: result.stderr };
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-command-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test('a broken federation.yaml: each problem with its line, exit 1, nothing built', () => {
  const { status, stderr } = portal(
    'name: みらい県\nprefecture:\n  name: みらい県\n  code: 13\nmembers:\n  - id: Sakura\n    name: さくら町\n    code: "139998"\n    url: /m/sakura/\n',
  );
  expect(status).toBe(1);
  expect(stderr).toMatch(/federation\.yaml:6:\d+: error: members\[0\]\.id.*半角英小文字/);
  expect(stderr).toMatch(/federation\.yaml:\d+:\d+: error: members\[0\]\.dist.*必須/);
  expect(stderr).not.toMatch(STACK);
  expect(fs.existsSync(path.join(dir, 'out'))).toBe(false);
});

test('no member can be read: each is named, exit 1, nothing built', () => {
  const { status, stderr } = portal(
    'name: みらい県\nprefecture:\n  name: みらい県\n  code: "13"\nmembers:\n  - id: sakura\n    name: さくら町\n    code: "139998"\n    url: https://sakura.example.jp/\n    dist: nowhere\n',
  );
  expect(status).toBe(1);
  expect(stderr).toContain('さくら町（sakura）: ビルド結果のフォルダー「nowhere」が見つかりません');
  expect(stderr).toContain('参加団体 1 のうち 0 団体');
  expect(stderr).not.toMatch(STACK);
  expect(fs.existsSync(path.join(dir, 'out'))).toBe(false);
});
