/**
 * e2e global setup — how the end-to-end tests work
 * ------------------------------------------------
 * `npm test` (or `npm run test:e2e`) runs Vitest's `e2e` project (vitest.config.ts).
 * Before any e2e test file runs, Vitest calls this file's default export ONCE:
 *
 *   1. Build the site with the bundled sample data:
 *        astro build --outDir tests/.output/sample  (astro's entry file, run by this Node)
 *      (the environment is passed through; telemetry is turned off). The build
 *      log goes to tests/.output/sample-build.log; on failure its tail is shown.
 *   2. Serve tests/.output/sample/ with a tiny static server (node:http) on
 *      127.0.0.1 and a free port: GET/HEAD only, directory → index.html,
 *      `/foo` → `/foo/` redirect when foo is a directory, `/foo` → foo.html,
 *      the site's own 404.html (with status 404) for unknown paths, and no
 *      way out of the folder (`..`, encoded slashes, NUL, symlinks).
 *   3. Hand the base URL (ending in `/`) to the tests with `project.provide`;
 *      tests read it with `inject('e2eBaseUrl')` (tests/e2e/browser.ts: `siteUrl()`).
 *   4. Return a teardown that stops the server when the run ends.
 *
 * Tests then drive Chromium (or Chrome, Edge) through playwright-core (tests/e2e/browser.ts):
 * every request that does not go to 127.0.0.1 is blocked and recorded, console
 * errors, page errors and CSP violations are collected, and axe-core checks
 * WCAG 2.2 AA.  Browser: $CHROMIUM_PATH, else Debian's chromium, else the machine's Chrome or
 * Edge (scripts/find-browser.mjs; `node scripts/bootstrap.mjs --browser` installs chromium with
 * apt where apt exists and it runs as root).
 *
 * Environment knobs (all optional):
 *   E2E_SKIP_BUILD=1        reuse tests/.output/sample from a previous run (fast local loop)
 *   E2E_SITE_ROOT=dir       build another Astro project instead of the repo root (infra testing)
 *   E2E_BUILD_TIMEOUT_MS=n  give up on the build after n ms (default 600000)
 *   E2E_CONTENT_DIR=dir     build with this content folder (CONTENT_DIR) instead of the bundled
 *                           sample content/; a CONTENT_DIR set in the shell is NOT passed on
 *   E2E_OUTPUT_ROOT=dir     build and log there instead of tests/.output (parallel runs)
 *   BASE_PATH=/care-map/    (astro.config.mjs) honoured: the site is then served under that path
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { astroCli, buildSite } from './build-site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the served sample site, e.g. `http://127.0.0.1:43567/` (always ends in `/`). */
    e2eBaseUrl: string;
    /** Differs from run to run: fixtures built once per run (federation-fixture.ts) know theirs. */
    e2eRunId: string;
  }
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// E2E_OUTPUT_ROOT lets several test runs on one machine build side by side.
export const outputRoot = path.resolve(process.env.E2E_OUTPUT_ROOT ?? path.join(repoRoot, 'tests/.output'));
export const sampleOutDir = path.join(outputRoot, 'sample');
const buildLog = path.join(outputRoot, 'sample-build.log');

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (process.env.E2E_SKIP_BUILD === '1' && fs.existsSync(path.join(sampleOutDir, 'index.html'))) {
    console.log(`[e2e] E2E_SKIP_BUILD=1: reusing ${path.relative(repoRoot, sampleOutDir)}/`);
  } else {
    await buildSample();
  }
  const server = await startStaticServer(sampleOutDir, { basePath: process.env.BASE_PATH || '/' });
  console.log(`[e2e] serving ${path.relative(repoRoot, sampleOutDir)}/ at ${server.url}`);
  project.provide('e2eBaseUrl', server.url);
  project.provide('e2eRunId', `${process.pid}-${Date.now()}`);
  return async () => {
    await server.close();
  };
}

async function buildSample(): Promise<void> {
  const siteRoot = path.resolve(process.env.E2E_SITE_ROOT ?? repoRoot);
  if (!fs.existsSync(astroCli)) {
    throw new Error(`[e2e] ${astroCli} is missing: run \`npm ci\` (or \`node scripts/bootstrap.mjs\`) first.`);
  }
  fs.mkdirSync(outputRoot, { recursive: true });
  fs.rmSync(sampleOutDir, { recursive: true, force: true });

  const timeoutMs = Number(process.env.E2E_BUILD_TIMEOUT_MS ?? 600_000);
  const started = Date.now();
  // The e2e tests are written against the bundled sample content (or E2E_CONTENT_DIR).
  const { code, signal, output } = await buildSite({
    root: siteRoot,
    outDir: sampleOutDir,
    contentDir: process.env.E2E_CONTENT_DIR,
    timeoutMs,
  });
  fs.writeFileSync(buildLog, output);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const rel = path.relative(repoRoot, buildLog);
  if (code !== 0) {
    const tail = output.split('\n').slice(-60).join('\n');
    throw new Error(
      `[e2e] \`astro build --outDir ${sampleOutDir}\` failed after ${seconds}s ` +
        `(${signal ? `killed by ${signal}${signal === 'SIGKILL' ? `, timeout ${timeoutMs} ms` : ''}` : `exit ${code}`}).\n` +
        `Full log: ${rel}. Last lines:\n${tail}`,
    );
  }
  if (!fs.existsSync(path.join(sampleOutDir, 'index.html'))) {
    throw new Error(
      `[e2e] astro build succeeded but wrote no ${path.relative(repoRoot, sampleOutDir)}/index.html (log: ${rel}).`,
    );
  }
  console.log(`[e2e] built the sample site in ${seconds}s (log: ${rel})`);
}

// ------------------------------------------------------------------ static server

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.rss': 'application/rss+xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.pdf': 'application/pdf',
  '.pbf': 'application/x-protobuf',
  '.pmtiles': 'application/octet-stream',
};

export function contentType(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export interface StaticServer {
  /** `http://127.0.0.1:PORT/BASE/` — always ends in `/`. */
  url: string;
  close(): Promise<void>;
}

export interface StaticServerOptions {
  /** Port to listen on; 0 (default) = a free one chosen by the OS. */
  port?: number;
  /** URL path the folder is served under, like Astro's `base` (default `/`). */
  basePath?: string;
}

/** Serves `dir` on 127.0.0.1. */
export async function startStaticServer(dir: string, opts: StaticServerOptions = {}): Promise<StaticServer> {
  const root = fs.realpathSync(dir);
  const base = `/${(opts.basePath ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');

  const inside = (p: string) => p === root || p.startsWith(root + path.sep);

  /** The real file for a URL path, or null. `redirect` when a directory was asked without a slash. */
  function resolveFile(urlPath: string): { file: string } | { redirect: string } | null {
    let decoded: string;
    try {
      decoded = decodeURIComponent(urlPath);
    } catch {
      return null;
    }
    if (decoded.includes('\0') || decoded.includes('\\') || urlPath.startsWith('//')) return null;
    // Encoded slashes (`%2F`) must not create path segments the router never saw.
    if (/%2f/i.test(urlPath)) return null;
    const normalized = path.posix.normalize(decoded);
    if (!normalized.startsWith('/') || normalized.split('/').includes('..')) return null;
    const candidate = path.join(root, normalized);
    if (!inside(candidate)) return null;

    const tryFile = (p: string): string | null => {
      try {
        const real = fs.realpathSync(p);
        if (!inside(real)) return null;
        return fs.statSync(real).isFile() ? real : null;
      } catch {
        return null;
      }
    };

    let stat: fs.Stats | null;
    try {
      stat = fs.statSync(candidate);
    } catch {
      stat = null;
    }
    if (stat?.isDirectory()) {
      if (!urlPath.endsWith('/')) return { redirect: `${urlPath}/` };
      const index = tryFile(path.join(candidate, 'index.html'));
      return index ? { file: index } : null;
    }
    const direct = tryFile(candidate);
    if (direct) return { file: direct };
    // build.format: 'file' → /about serves about.html
    if (!urlPath.endsWith('/')) {
      const html = tryFile(`${candidate}.html`);
      if (html) return { file: html };
    }
    return null;
  }

  const notFoundPage = path.join(root, '404.html');

  const server = http.createServer((req, res) => {
    const send = (status: number, headers: http.OutgoingHttpHeaders, body?: Buffer | string) => {
      res.writeHead(status, { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', ...headers });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' }, 'Method Not Allowed\n');
      return;
    }
    let url: URL;
    try {
      // Origin-form only ("/path?query"); "//host/…" must stay a path, not become a host.
      if (!req.url?.startsWith('/')) throw new Error('not origin-form');
      url = new URL(`http://127.0.0.1${req.url}`);
    } catch {
      send(400, { 'content-type': 'text/plain; charset=utf-8' }, 'Bad Request\n');
      return;
    }
    let found: ReturnType<typeof resolveFile> = null;
    if (url.pathname.startsWith(base)) {
      found = resolveFile(url.pathname.slice(base.length - 1));
      if (found && 'redirect' in found) found = { redirect: base.slice(0, -1) + found.redirect };
    } else if (`${url.pathname}/` === base) {
      found = { redirect: base };
    }
    if (found && 'redirect' in found) {
      send(301, { location: found.redirect + url.search }, '');
      return;
    }
    if (!found) {
      if (fs.existsSync(notFoundPage)) {
        send(404, { 'content-type': 'text/html; charset=utf-8' }, fs.readFileSync(notFoundPage));
      } else {
        send(404, { 'content-type': 'text/plain; charset=utf-8' }, 'Not Found\n');
      }
      return;
    }
    fs.readFile(found.file, (err, body) => {
      if (err) {
        send(500, { 'content-type': 'text/plain; charset=utf-8' }, 'Internal Server Error\n');
        return;
      }
      send(200, { 'content-type': contentType(found.file), 'content-length': body.length }, body);
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port: actualPort } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actualPort}${base}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}
