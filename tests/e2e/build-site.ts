/**
 * Builds the site from a given content folder into a given directory, the way a municipality
 * would with `CONTENT_DIR=<folder> npm run build`. For tests that need a site other than the
 * bundled sample (another town's folder, broken content, a different basemap).
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface BuildResult {
  code: number | null;
  /** stdout and stderr together, as a clerk would see them in the terminal. */
  output: string;
}

export function buildSite(options: { contentDir: string; outDir: string; env?: Record<string, string> }): Promise<BuildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(repoRoot, 'node_modules/.bin/astro'), ['build', '--outDir', options.outDir], {
      cwd: repoRoot,
      env: {
        ...process.env,
        PATH: [path.join(repoRoot, 'node_modules/.bin'), path.dirname(process.execPath), process.env.PATH ?? ''].join(path.delimiter),
        ASTRO_TELEMETRY_DISABLED: '1',
        // A cache of its own, so this build cannot disturb the sample site's.
        ASTRO_CACHE_DIR: `${options.outDir}-cache`,
        NODE_ENV: 'production',
        VITEST: undefined,
        VITEST_MODE: undefined,
        TEST: undefined,
        CONTENT_DIR: options.contentDir,
        ...options.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, output }));
  });
}
