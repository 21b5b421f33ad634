/** Which browser the e2e tests drive on each system (scripts/find-browser.mjs). */
import { describe, expect, test } from 'vitest';
import { browserCandidates, findBrowser } from './find-browser.mjs';

const only =
  (...files: string[]) =>
  (file: string) =>
    files.includes(file);

describe('findBrowser', () => {
  test('CHROMIUM_PATH wins when it points to a file', () => {
    const found = findBrowser({
      env: { CHROMIUM_PATH: '/opt/chrome/chrome' },
      platform: 'linux',
      exists: only('/opt/chrome/chrome', '/usr/bin/chromium'),
    });
    expect(found).toMatchObject({ path: '/opt/chrome/chrome', from: 'CHROMIUM_PATH' });
  });

  test('a CHROMIUM_PATH that points nowhere is an error, not a silent fallback', () => {
    const found = findBrowser({
      env: { CHROMIUM_PATH: '/nope' },
      platform: 'linux',
      exists: only('/usr/bin/chromium'),
    });
    expect(found.path).toBeUndefined();
    expect(found.problem).toContain('CHROMIUM_PATH=/nope');
  });

  test("Linux: Debian's chromium before Chrome", () => {
    expect(
      findBrowser({ env: {}, platform: 'linux', exists: only('/usr/bin/google-chrome', '/usr/bin/chromium') }).path,
    ).toBe('/usr/bin/chromium');
    expect(findBrowser({ env: {}, platform: 'linux', exists: only('/usr/bin/google-chrome') }).path).toBe(
      '/usr/bin/google-chrome',
    );
  });

  test('Windows: Chrome or the Edge every Windows has, under Program Files', () => {
    const env = {
      PROGRAMFILES: 'C:\\Program Files',
      'PROGRAMFILES(X86)': 'C:\\Program Files (x86)',
      LOCALAPPDATA: 'C:\\Users\\k\\AppData\\Local',
    };
    const edge = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe';
    expect(findBrowser({ env, platform: 'win32', exists: only(edge) }).path).toBe(edge);
    const chrome = 'C:\\Users\\k\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe';
    expect(findBrowser({ env, platform: 'win32', exists: only(edge, chrome) }).path).toBe(chrome);
    expect(browserCandidates('win32', env).every((file) => !file.includes('/'))).toBe(true);
  });

  test('macOS: the application bundles', () => {
    const chrome = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    expect(findBrowser({ env: { HOME: '/Users/k' }, platform: 'darwin', exists: only(chrome) }).path).toBe(chrome);
  });

  test('none found: says where it looked and what to install on this system', () => {
    const linux = findBrowser({ env: {}, platform: 'linux', exists: () => false });
    expect(linux.path).toBeUndefined();
    expect(linux.problem).toContain('/usr/bin/chromium');
    expect(linux.problem).toContain('apt-get install -y chromium');
    expect(findBrowser({ env: {}, platform: 'win32', exists: () => false }).problem).toContain('Microsoft Edge');
    expect(findBrowser({ env: {}, platform: 'darwin', exists: () => false }).problem).toContain('Google Chrome');
  });
});
