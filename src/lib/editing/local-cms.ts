/**
 * The parts of `npm run cms` (scripts/cms.ts): decap-server, the local backend that reads and
 * writes the content folder for the CMS, and a watch on that folder that validates every file the
 * CMS writes and says in Japanese what is wrong with it — so a value the CMS's own checks let
 * through still never sits in the folder unnoticed. Node only.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, watch, type FSWatcher } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import path from 'node:path';
import { loadContent, type Diagnostic } from '../content/load.ts';
import { formatLine } from '../content/report.ts';

const require = createRequire(import.meta.url);

/** A free TCP port on 127.0.0.1 (the OS picks one; it is free again when we return it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

export interface LocalBackend {
  port: number;
  stop(): void;
}

/**
 * Starts decap-server in its file-system mode on 127.0.0.1 only, with the content folder as its
 * root (the CMS config's paths then start at resources/, areas/ …). Resolves once it listens.
 */
export async function startLocalBackend(options: { contentDir: string; port?: number }): Promise<LocalBackend> {
  const port = options.port ?? (await freePort());
  const entry = require.resolve('decap-server/dist/index.js');
  const child: ChildProcess = spawn(process.execPath, [entry], {
    // Its own folder as the working directory: decap-server reads a .env from there, and it has none.
    cwd: path.dirname(entry),
    env: {
      ...process.env,
      PORT: String(port),
      BIND_HOST: '127.0.0.1',
      MODE: 'fs',
      GIT_REPO_DIRECTORY: options.contentDir,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk: Buffer) => (output += chunk.toString());
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  await waitForPort(port, child, () => output);
  return { port, stop: () => child.kill() };
}

async function waitForPort(port: number, child: ChildProcess, output: () => string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (child.exitCode !== null) throw new Error(`decap-server が止まりました: ${output().trim()}`);
    if (await answers(port)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill();
  throw new Error(`decap-server が 10 秒たっても応答しません: ${output().trim()}`);
}

async function answers(port: number): Promise<boolean> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/api/v1`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ action: 'info' }),
    });
    return response.ok;
  } catch {
    return false;
  }
}

/**
 * What the validator says about the files just written or deleted (absolute paths), as lines for
 * the terminal: a verdict per file, named from the content folder `dir`, with its problems; then
 * the errors the change caused elsewhere (a reference to a deleted entry …), counted.
 */
export function reportForFiles(
  diagnostics: readonly Diagnostic[],
  files: readonly string[],
  dir: string,
  exists: (file: string) => boolean = existsSync,
): string[] {
  const wanted = new Set(files.map((file) => path.resolve(file)));
  const lines: string[] = [];
  for (const file of wanted) {
    const name = path.relative(dir, file).split(path.sep).join('/');
    if (!exists(file)) {
      lines.push(`削除しました: ${name}`);
      continue;
    }
    const own = diagnostics.filter((diagnostic) => path.resolve(diagnostic.file) === file);
    const errors = own.filter((diagnostic) => diagnostic.severity === 'error').length;
    if (own.length === 0) lines.push(`確認しました: ${name} に問題はありません`);
    else {
      lines.push(
        errors > 0
          ? `注意: ${name} に誤りが ${errors} 件あります。編集画面で直して、もう一度保存してください`
          : `確認しました: ${name} に注意が ${own.length} 件あります`,
      );
      lines.push(...own.map((diagnostic) => `  ${formatLine(diagnostic)}`));
    }
  }
  const elsewhere = diagnostics.filter(
    (diagnostic) => diagnostic.severity === 'error' && !wanted.has(path.resolve(diagnostic.file)),
  ).length;
  if (elsewhere > 0) lines.push(`ほかのファイルに誤りが ${elsewhere} 件あります（npm run validate で一覧できます）`);
  return lines;
}

/**
 * Watches the content folder; after each burst of writes (the CMS writes a file, then maybe
 * another), validates the whole folder (references cross files) and reports on the files written.
 */
export function watchContent(options: { dir: string; report: (lines: string[]) => void; delayMs?: number }): FSWatcher {
  const changed = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  const check = async () => {
    const files = [...changed].filter((file) => /\.(md|ya?ml)$/.test(file));
    changed.clear();
    if (files.length === 0) return;
    try {
      const { diagnostics } = await loadContent(options.dir);
      options.report(reportForFiles(diagnostics, files, options.dir));
    } catch (error) {
      options.report([`検証の途中で予期しないエラーが起きました: ${(error as Error).message}`]);
    }
  };
  return watch(options.dir, { recursive: true }, (_event, name) => {
    if (!name) return;
    changed.add(path.join(options.dir, name.toString()));
    clearTimeout(timer);
    timer = setTimeout(check, options.delayMs ?? 300);
  });
}
