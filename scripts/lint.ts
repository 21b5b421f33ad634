/**
 * `npm run lint` — Prettier (formatting) and ESLint (mistakes) over the project's own code;
 * `npm run format` — Prettier writes the formatting instead of checking it.
 *
 * The tools live in .lint/ with their own lockfile: typescript-eslint needs the TypeScript 6
 * JavaScript API, and the project is checked by the TypeScript 7 compiler, which has none, so the
 * two cannot share one node_modules. This script installs .lint/ on first use (npm ci) and runs the
 * tools with this same Node, so it works the same in cmd, PowerShell and POSIX shells.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const toolDir = path.join(root, '.lint');
const write = process.argv.includes('--write');

function run(command: string, args: string[], cwd = root): number {
  const result = spawnSync(command, args, { cwd, stdio: 'inherit', shell: false });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

/** npm ci in .lint/ when its node_modules is missing or older than its lockfile. */
function ensureTools(): void {
  const installed = path.join(toolDir, 'node_modules/.package-lock.json');
  const lock = path.join(toolDir, 'package-lock.json');
  if (fs.existsSync(installed) && fs.statSync(installed).mtimeMs >= fs.statSync(lock).mtimeMs) return;
  console.log('lint: .lint/ の道具を入れます / installing the lint tools (npm ci in .lint/)');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const status = spawnSync(npm, ['ci', '--no-audit', '--no-fund'], {
    cwd: toolDir,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  }).status;
  if (status !== 0) {
    console.error('lint: npm ci in .lint/ に失敗しました / npm ci in .lint/ failed');
    process.exit(1);
  }
}

const tool = (...parts: string[]) => path.join(toolDir, 'node_modules', ...parts);

ensureTools();
const prettierArgs = [
  tool('prettier/bin/prettier.cjs'),
  '--config',
  '.lint/prettier.config.js',
  '--ignore-path',
  '.prettierignore',
];
const formatted = run(process.execPath, [...prettierArgs, write ? '--write' : '--check', '.']);
if (write) process.exit(formatted);
const linted = run(process.execPath, [
  tool('eslint/bin/eslint.js'),
  '--config',
  '.lint/eslint.config.js',
  '--max-warnings',
  '0',
  '.',
]);
if (formatted !== 0)
  console.error(
    'lint: 書式が違うファイルがあります。`npm run format` で直せます / run `npm run format` to fix the formatting',
  );
process.exit(formatted || linted);
