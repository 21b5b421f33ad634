import { mkdtempSync, readFileSync, writeFileSync, cpSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Diagnostic } from '../content/load.ts';
import { reportForFiles, startLocalBackend, type LocalBackend } from './local-cms.ts';

const dir = path.resolve('/srv/content');
const diagnostic = (file: string, severity: 'error' | 'warning', message: string): Diagnostic => ({
  file: path.relative(process.cwd(), path.join(dir, file)),
  line: 3,
  column: 7,
  severity,
  field: 'kana',
  rule: 'test',
  message,
});

describe('what npm run cms says about the files the editor wrote', () => {
  const exists = (file: string) => !file.endsWith('gone.md');

  test('a clean file, a file with an error, a deleted file, and errors the change caused elsewhere', () => {
    const lines = reportForFiles(
      [
        diagnostic('resources/bad.md', 'error', 'kana（よみがな）: よみがなに使えない文字「本」があります'),
        diagnostic('resources/other.md', 'error', 'refersTo[0].resource: gone がありません'),
        diagnostic('resources/old.md', 'warning', 'verifiedAt（情報確認日）: 古くなっています'),
      ],
      [path.join(dir, 'resources/ok.md'), path.join(dir, 'resources/bad.md'), path.join(dir, 'resources/gone.md')],
      dir,
      exists,
    );
    expect(lines[0]).toBe('確認しました: resources/ok.md に問題はありません');
    expect(lines[1]).toBe('注意: resources/bad.md に誤りが 1 件あります。編集画面で直して、もう一度保存してください');
    expect(lines[2]).toMatch(
      /resources\/bad\.md:3:7: error: kana（よみがな）: よみがなに使えない文字「本」があります$/,
    );
    expect(lines[3]).toBe('削除しました: resources/gone.md');
    expect(lines[4]).toBe('ほかのファイルに誤りが 1 件あります（npm run validate で一覧できます）');
    expect(lines).toHaveLength(5);
  });
});

describe('the local backend (decap-server) that npm run cms starts', () => {
  let backend: LocalBackend;
  let folder: string;
  const call = async (body: Record<string, unknown>) => {
    const response = await fetch(`http://127.0.0.1:${backend.port}/api/v1`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ branch: 'main', ...body, params: { branch: 'main', ...(body.params as object) } }),
    });
    return { status: response.status, json: (await response.json()) as Record<string, unknown> };
  };

  beforeAll(async () => {
    folder = mkdtempSync(path.join(os.tmpdir(), 'local-cms-'));
    cpSync(path.resolve('content/organizations'), path.join(folder, 'organizations'), { recursive: true });
    writeFileSync(path.join(folder, 'site.yaml'), 'name: テスト\n');
    backend = await startLocalBackend({ contentDir: folder });
  });
  afterAll(() => backend?.stop());

  test('answers on 127.0.0.1 and reads and writes files inside the content folder only', async () => {
    const info = await call({ action: 'info' });
    expect(info.json).toMatchObject({ publish_modes: ['simple'], type: 'local_fs' });
    const listed = await call({
      action: 'entriesByFolder',
      params: { folder: 'organizations', extension: 'yaml', depth: 1 },
    });
    const paths = (listed.json as unknown as { file: { path: string } }[]).map((entry) => entry.file.path);
    expect(paths).toContain('organizations/asahikai.yaml');
    const saved = await call({
      action: 'persistEntry',
      params: {
        entry: {
          slug: 'new-group',
          path: 'organizations/new-group.yaml',
          raw: 'name: 新しい会\nkana: あたらしいかい\n',
        },
        assets: [],
        options: { collectionName: 'organizations', commitMessage: '追加', useWorkflow: false, status: 'draft' },
      },
    });
    expect(saved.json).toEqual({ message: 'entry persisted' });
    expect(readFileSync(path.join(folder, 'organizations/new-group.yaml'), 'utf8')).toBe(
      'name: 新しい会\nkana: あたらしいかい\n',
    );
    const outside = await call({ action: 'getEntry', params: { path: '../../etc/passwd' } });
    expect(outside.status).toBeGreaterThanOrEqual(400);
  });
});
