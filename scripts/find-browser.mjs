/**
 * Which Chromium-family browser the e2e tests and benchmarks drive: $CHROMIUM_PATH, else Debian's
 * chromium, else the machine's own Chrome or Edge (playwright-core drives any of them), on Linux,
 * macOS and Windows. Plain JavaScript because scripts/bootstrap.mjs uses it before Node.js 24 and
 * the TypeScript tooling are installed.
 */
import fs from 'node:fs';
import path from 'node:path';

/**
 * How the tests and benchmarks start it: headless, and with nothing that calls home (this
 * machine's network is closed, and a test must never depend on the internet).
 */
export const HEADLESS_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * Where each system keeps the browsers, in the order we prefer them: Chromium first (what CI
 * uses), then Chrome, then Edge.
 * @param {string} platform process.platform
 * @param {Record<string, string | undefined>} env process.env
 * @returns {string[]}
 */
export function browserCandidates(platform, env) {
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter(Boolean);
    const apps = [
      'Chromium\\Application\\chrome.exe',
      'Google\\Chrome\\Application\\chrome.exe',
      'Microsoft\\Edge\\Application\\msedge.exe',
    ];
    return apps.flatMap((app) => roots.map((root) => path.win32.join(root, app)));
  }
  if (platform === 'darwin') {
    const apps = [
      'Chromium.app/Contents/MacOS/Chromium',
      'Google Chrome.app/Contents/MacOS/Google Chrome',
      'Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    ];
    const roots = ['/Applications', env.HOME ? path.posix.join(env.HOME, 'Applications') : undefined].filter(Boolean);
    return apps.flatMap((app) => roots.map((root) => path.posix.join(root, app)));
  }
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/snap/bin/chromium',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/microsoft-edge',
    '/usr/bin/microsoft-edge-stable',
  ];
}

/**
 * The browser to launch. `path` is undefined when none was found; `problem` then says why, in
 * Japanese and English, with what to install.
 * @param {{ env?: Record<string, string | undefined>, platform?: string, exists?: (file: string) => boolean }} [options]
 * @returns {{ path: string | undefined, from: 'CHROMIUM_PATH' | 'system' | undefined, tried: string[], problem?: string }}
 */
export function findBrowser(options = {}) {
  const env = options.env ?? process.env;
  const platform = options.platform ?? process.platform;
  const exists = options.exists ?? ((file) => fs.existsSync(file));
  if (env.CHROMIUM_PATH) {
    if (exists(env.CHROMIUM_PATH))
      return { path: env.CHROMIUM_PATH, from: 'CHROMIUM_PATH', tried: [env.CHROMIUM_PATH] };
    return {
      path: undefined,
      from: undefined,
      tried: [env.CHROMIUM_PATH],
      problem: `CHROMIUM_PATH=${env.CHROMIUM_PATH} にブラウザがありません / CHROMIUM_PATH does not point to a browser.`,
    };
  }
  const tried = browserCandidates(platform, env);
  const found = tried.find((file) => exists(file));
  if (found) return { path: found, from: 'system', tried };
  return { path: undefined, from: undefined, tried, problem: missingBrowserHelp(platform, tried) };
}

/**
 * What to do when no browser was found, for this system.
 * @param {string} platform
 * @param {string[]} tried
 */
export function missingBrowserHelp(platform, tried) {
  const install =
    {
      win32:
        'Google Chrome か Microsoft Edge を入れてください（Edge は Windows に最初から入っています） / install Google Chrome or Microsoft Edge',
      darwin:
        'Google Chrome を入れてください（brew install --cask google-chrome など） / install Google Chrome (e.g. brew install --cask google-chrome)',
    }[platform] ??
    'Debian/Ubuntu: sudo apt-get install -y chromium（ほかの Linux では Chromium か Chrome） / install Chromium or Chrome';
  return [
    'ブラウザのテストには Chromium、Chrome か Edge が要りますが、見つかりませんでした。 / The browser tests need Chromium, Chrome or Edge; none was found.',
    `  探した場所 / looked in: ${tried.join(', ')}`,
    `  ${install}`,
    '  別の場所にあるときは CHROMIUM_PATH にそのパスを設定してください / or set CHROMIUM_PATH to the browser',
    '  単体テストだけなら / unit tests only: npm run test:unit',
  ].join('\n');
}
