/**
 * npm run cms [-- --dir <content folder>] [--port <port>]
 * The editing screen on this computer, without GitHub: starts the local backend (decap-server,
 * writing into the content folder: --dir, else CONTENT_DIR, else ./content) and the site's dev
 * server, whose /admin/ then edits that folder. Each file the editor writes is validated and the
 * result printed here. Ctrl+C stops both. Same on Windows, macOS and Linux (no shell needed).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { readCommandLine } from './command-line.ts';
import { fileURLToPath } from 'node:url';
import { startLocalBackend, watchContent, type LocalBackend } from '../src/lib/editing/local-cms.ts';

const USAGE = '使い方: npm run cms [-- --dir <内容のフォルダー>] [--port 4321] [--host 127.0.0.1]';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = readCommandLine(
  {
    options: {
      dir: { type: 'string' },
      port: { type: 'string', default: '4321' },
      host: { type: 'string', default: '127.0.0.1' },
    },
  },
  USAGE,
);

const contentDir = path.resolve(values.dir ?? process.env.CONTENT_DIR ?? path.join(root, 'content'));
const port = Number(values.port);
if (!existsSync(path.join(contentDir, 'site.yaml'))) {
  console.error(`内容のフォルダが見つかりません（site.yaml がありません）: ${contentDir}`);
  console.error('--dir で内容のフォルダを指定してください（例: npm run cms -- --dir content）');
  process.exit(2);
}
if (!Number.isInteger(port) || port <= 0 || port > 65535) {
  console.error(`--port は 1〜65535 の数で指定してください（指定: ${values.port}）`);
  process.exit(2);
}

/** The site's dev server, whose /admin/ talks to the local backend through /admin/api/v1/. */
async function startSite(backend: LocalBackend) {
  // Read by astro.config.mjs and the pages of the dev server, which runs in this same process.
  process.env.CONTENT_DIR = contentDir;
  process.env.CMS_LOCAL_BACKEND = '1';
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  const base = (process.env.BASE_PATH || '/').replace(/\/?$/, '/');
  const { dev } = await import('astro');
  const server = await dev({
    root,
    server: { host: values.host, port },
    vite: {
      server: {
        strictPort: true,
        // Same origin for the CMS and its backend: no CORS, and the page's policy allows 'self' only.
        proxy: {
          [`${base}admin/api/v1/`]: { target: `http://127.0.0.1:${backend.port}`, rewrite: () => '/api/v1' },
        },
      },
    },
  });
  return { server, adminUrl: `http://${values.host}:${server.address.port}${base}admin/` };
}

let backend: LocalBackend | undefined;
try {
  backend = await startLocalBackend({ contentDir });
  const { server, adminUrl } = await startSite(backend);
  const watcher = watchContent({ dir: contentDir, report: (lines) => lines.forEach((line) => console.log(line)) });
  console.log('');
  console.log(`編集画面: ${adminUrl}`);
  console.log(`内容のフォルダ: ${contentDir}（保存するとここのファイルが変わります）`);
  console.log('止めるには Ctrl+C を押します。');

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    watcher.close();
    backend?.stop();
    await server.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
} catch (error) {
  backend?.stop();
  const message = (error as Error).message;
  console.error(
    /port .* is (already )?in use|EADDRINUSE/i.test(message)
      ? `ポート ${port} はほかのプログラムが使っています。--port でほかの番号を指定してください（例: npm run cms -- --port 4400）`
      : `編集画面を始められませんでした: ${message}`,
  );
  process.exit(1);
}
