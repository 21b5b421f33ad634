/**
 * Builds the site from a given content folder into a given directory, the way a municipality
 * would with `CONTENT_DIR=<folder> npm run build`. The one place the e2e tests start a build:
 * the sample site (global-setup.ts) and every other folder (another town, broken content, a
 * different basemap).
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface BuildResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** stdout and stderr together, as a clerk would see them in the terminal. */
  output: string;
}

export interface BuildOptions {
  /** The content folder; undefined builds the bundled sample content/. */
  contentDir?: string;
  outDir: string;
  env?: Record<string, string | undefined>;
  /** The Astro project to build (default: this repository). */
  root?: string;
  /** Kill the build after this many ms (default 10 minutes). */
  timeoutMs?: number;
}

/**
 * Vitest's own variables, cleared for a child process that must run as it would from a terminal:
 * VITEST* and TEST make Astro think it runs under a test, and Vitest's import.meta.env stand-ins
 * (DEV=1, MODE=test, SSR, PROD, BASE_URL) would reach the build's import.meta.env (DEV=1 there
 * drops the ふりがな switch, which the dev server leaves out).
 */
export const OUTSIDE_VITEST: Record<string, undefined> = {
  VITEST: undefined,
  VITEST_MODE: undefined,
  VITEST_POOL_ID: undefined,
  VITEST_WORKER_ID: undefined,
  TEST: undefined,
  DEV: undefined,
  PROD: undefined,
  SSR: undefined,
  MODE: undefined,
  BASE_URL: undefined,
};

/** The astro command's entry file (the package's `bin`). */
export const astroCli = path.join(repoRoot, 'node_modules/astro/bin/astro.mjs');

export function buildSite(options: BuildOptions): Promise<BuildResult> {
  const root = options.root ?? repoRoot;
  return new Promise((resolve, reject) => {
    // Astro's own entry file run by the Node running Vitest: no shell shim, so the same on Windows.
    const args = [astroCli, 'build', '--root', root, '--outDir', options.outDir];
    const child = spawn(process.execPath, args, {
      cwd: root,
      env: {
        ...process.env,
        ASTRO_TELEMETRY_DISABLED: '1',
        // A cache of its own, so this build cannot disturb another folder's content store.
        ASTRO_CACHE_DIR: `${options.outDir}-cache`,
        // An Astro build must be a production build, whatever Vitest set for its own workers.
        ...OUTSIDE_VITEST,
        NODE_ENV: 'production',
        CONTENT_DIR: options.contentDir,
        ...options.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 600_000);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, output });
    });
  });
}
