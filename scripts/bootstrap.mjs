/**
 * Makes a fresh clone runnable with one command (run first by `npm start` and `npm test`):
 *
 *   node scripts/bootstrap.mjs            dependencies (npm ci when needed) and Node.js >= 22.12
 *   node scripts/bootstrap.mjs --browser  and a Chromium-family browser for the e2e tests
 *
 * Plain JavaScript that Node.js 18 and 20 can run: on a fresh machine it starts before npm has
 * installed Node.js 24 (the `node` devDependency) and the TypeScript tooling. It works the same in
 * cmd, PowerShell and POSIX shells. Quiet when everything is already in place.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findBrowser } from './find-browser.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const MIN = { major: 22, minor: 12 };
const windows = process.platform === 'win32';

const say = (message) => console.log(`bootstrap: ${message}`);
function die(message) {
  console.error(`bootstrap: エラー / error: ${message}`);
  process.exit(1);
}

/** Runs a command; on Windows through the shell, so that npm.cmd and node.cmd are found. */
function run(command, args, options = {}) {
  return spawnSync(command, args, { cwd: root, stdio: 'inherit', shell: windows, ...options });
}

/** Why `npm ci` is needed, or undefined when node_modules matches the lockfile. */
export function installReason(dir = root) {
  const modules = path.join(dir, 'node_modules');
  const marker = path.join(modules, '.package-lock.json');
  if (!fs.existsSync(modules)) return 'node_modules がありません / node_modules is missing';
  if (!fs.existsSync(marker)) return 'node_modules/.package-lock.json がありません / node_modules looks incomplete';
  if (fs.statSync(path.join(dir, 'package-lock.json')).mtimeMs > fs.statSync(marker).mtimeMs) {
    return 'package-lock.json が更新されています / package-lock.json is newer than node_modules';
  }
  return undefined;
}

/** True for `v22.12.0` and later. */
export function versionOk(version) {
  const match = /^v?(\d+)\.(\d+)/.exec(String(version ?? '').trim());
  if (!match) return false;
  const [major, minor] = [Number(match[1]), Number(match[2])];
  return major > MIN.major || (major === MIN.major && minor >= MIN.minor);
}

function ensureDependencies() {
  const reason = installReason();
  if (!reason) return;
  say(reason);
  say('npm ci を実行します / running: npm ci');
  const result = run('npm', ['ci']);
  if (result.error)
    die(
      `npm が見つかりません。Node.js と npm を入れてください / npm not found: install Node.js and npm first (${result.error.message}).`,
    );
  if (result.status !== 0) die('npm ci に失敗しました / npm ci failed (see the npm output above).');
}

/** The Node.js that npm scripts run: node_modules/.bin/node (the `node` devDependency), else the machine's. */
function ensureNode() {
  const local = path.join(root, 'node_modules', '.bin', windows ? 'node.cmd' : 'node');
  const command = fs.existsSync(local) ? local : process.execPath;
  const result = spawnSync(command, ['--version'], { encoding: 'utf8', shell: windows && command === local });
  const version = (result.stdout ?? '').trim();
  if (versionOk(version)) return;
  die(
    [
      `Node.js ${MIN.major}.${MIN.minor} 以上が必要です（見つかったもの: ${command} ${version || '?'}）。`,
      `Node.js >= ${MIN.major}.${MIN.minor} is required (found: ${command} ${version || '?'}).`,
      '  node_modules/.bin/node は devDependency の "node" パッケージ（インストール時のスクリプト）が用意します。',
      '  It comes from the "node" devDependency (its install script): delete node_modules and run npm ci again',
      '  (install scripts must not be disabled), or install Node.js 24 yourself.',
    ].join('\n'),
  );
}

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = () => !windows && spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;

function ensureBrowser() {
  if (findBrowser().path) return;
  // Only where apt exists (Debian, Ubuntu) and we may use it: elsewhere the user installs a browser.
  if (!process.env.CHROMIUM_PATH && isRoot() && hasApt()) {
    say(
      'Chromium がないので Debian の chromium と日本語フォントを入れます / installing chromium and fonts-noto-cjk with apt-get',
    );
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const updated = run('apt-get', ['update'], { env }).status === 0;
    if (!updated || run('apt-get', ['install', '-y', 'chromium', 'fonts-noto-cjk'], { env }).status !== 0)
      say('apt-get に失敗しました / apt-get failed');
  }
  const found = findBrowser();
  if (!found.path) die(found.problem);
}

function main(args) {
  const unknown = args.filter((arg) => !['--browser', '-h', '--help'].includes(arg));
  if (unknown.length > 0) {
    console.error(`bootstrap: 不明な引数です / unknown argument: ${unknown.join(' ')}`);
    process.exit(2);
  }
  if (args.includes('-h') || args.includes('--help')) {
    console.log(
      'node scripts/bootstrap.mjs [--browser]: npm ci when needed, Node.js >= 22.12, and with --browser a browser for the e2e tests',
    );
    return;
  }
  ensureDependencies();
  ensureNode();
  if (args.includes('--browser')) ensureBrowser();
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
