/**
 * The editing screen, end to end, as a clerk uses it on a laptop: `npm run cms` (scripts/cms.ts:
 * decap-server writing into the content folder, behind the site's dev server) on a copy of the
 * sample content, driven in Chromium through /admin/. A resource created through the form lands in
 * the folder, validates and gets its page in a build; an edit of one field changes that line only
 * (comments and key order stay); a reading in 漢字 is refused and nothing is written. Every request
 * stays on the site's own origin, scripts included. Then the deployed form: a build with CMS_REPO,
 * served statically, opens the GitHub sign-in under the page's own CSP with nothing blocked.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { freePort } from '../../src/lib/editing/local-cms.ts';
import { launchBrowser, newPage, type TestPage } from './browser.ts';
import { buildSite, OUTSIDE_VITEST } from './build-site.ts';
import { outputRoot, sampleOutDir, startStaticServer } from './global-setup.ts';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const workDir = path.join(outputRoot, 'cms');
const contentCopy = path.join(workDir, 'content');
/** An existing window, with comments added to its copy: they must survive an edit. */
const EDITED = 'resources/windows/chiku-shakyo-fujimi.md';

let cms: ChildProcess;
let terminal = '';
let adminUrl: string;
let browser: Browser;

/** Starts `npm run cms` the way package.json does (node scripts/cms.ts …) and waits for its address. */
async function startCms(port: number): Promise<void> {
  cms = spawn(process.execPath, ['scripts/cms.ts', '--dir', contentCopy, '--port', String(port)], {
    cwd: repoRoot,
    // Vitest's own variables would make the dev server think it runs under a test.
    env: { ...process.env, ...OUTSIDE_VITEST, NODE_ENV: undefined },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  cms.stdout!.on('data', (chunk) => (terminal += chunk));
  cms.stderr!.on('data', (chunk) => (terminal += chunk));
  const deadline = Date.now() + 120_000;
  while (!/編集画面: (http\S+)/.test(terminal)) {
    if (cms.exitCode !== null || Date.now() > deadline) throw new Error(`npm run cms did not start:\n${terminal}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  adminUrl = /編集画面: (http\S+)/.exec(terminal)![1];
}

beforeAll(async () => {
  fs.rmSync(workDir, { recursive: true, force: true });
  fs.cpSync(path.join(repoRoot, 'content'), contentCopy, { recursive: true });
  const edited = path.join(contentCopy, EDITED);
  const withComments = fs
    .readFileSync(edited, 'utf8')
    .replace(
      'operator: midori-shakyo\n',
      'operator: midori-shakyo # 運営は市社協\n# 地区の窓口は毎年4月に確認します\n',
    );
  expect(withComments).toContain('# 地区の窓口');
  fs.writeFileSync(edited, withComments);
  await startCms(await freePort());
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  if (cms && cms.exitCode === null) {
    const exited = new Promise((resolve) => cms.once('exit', resolve));
    cms.kill('SIGTERM');
    await exited;
  }
});

/** The resource files of the copy (relative paths), to see what a save added. */
function resourceFiles(): string[] {
  return fs
    .readdirSync(path.join(contentCopy, 'resources'), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.md'))
    .sort();
}

async function waitFor<T>(what: string, probe: () => T | undefined, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}\n${terminal.slice(-2000)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Opens /admin/, signs in to the local backend (one button, no password) and goes to a route. */
async function openEditor(route: string): Promise<TestPage> {
  const t = await newPage(browser);
  // The first visit makes the dev server pre-bundle the CMS's dependencies (and reload once when it
  // finds a late one): on a busy 2-core machine that alone can pass Playwright's 30 s default.
  await t.page.goto(adminUrl, { timeout: 120_000 });
  await t.page.getByRole('button', { name: 'ログイン' }).click({ timeout: 30_000 });
  await t.page.goto(`${adminUrl}#${route}`);
  await t.page.getByLabel('名称').waitFor();
  return t;
}

/** A choice in a picker (Decap's select and relation widgets): type, wait for the list, take the first. */
async function choose(t: TestPage, label: string, typed: string): Promise<void> {
  const input = t.page.getByLabel(label, { exact: true });
  await input.fill(typed);
  await t.page.getByRole('option').first().waitFor();
  await input.press('Enter');
}

async function publish(t: TestPage): Promise<void> {
  await t.page.getByRole('button', { name: '公開', exact: true }).click();
  await t.page.getByText('公開する', { exact: true }).click();
}

describe('npm run cms: /admin/ edits the content folder on this computer', () => {
  test('a resource created through the form is a valid file and gets its page in a build', async () => {
    const before = resourceFiles();
    const t = await openEditor('/collections/resources/new');
    const scripts: string[] = [];
    t.page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await t.page.reload();
    await t.page.getByLabel('名称').waitFor();

    await t.page.getByLabel('名称').fill('本町ひだまりサロン');
    await t.page.getByLabel('よみがな').fill('ほんちょうひだまりさろん');
    await choose(t, '種別', 'サロン');
    await choose(t, '所在地域 (任意)', '本町');
    await t.page.getByLabel('住所 (任意)').fill('みどり市本町2-8-1 本町会館');
    await t.page.getByLabel('緯度').fill('35.7104');
    await t.page.getByLabel('経度').fill('139.5231');
    await t.page.getByLabel('電話番号 (任意)').fill('042-300-1234');
    await t.page.getByRole('button', { name: '開所時間を追加' }).click();
    for (const day of ['月', '木']) await choose(t, '曜日', day);
    await t.page.getByLabel('時間帯', { exact: true }).fill('10:00-15:00');
    await t.page.getByLabel('情報確認日').fill('2026-05-01');
    // The preview draws the entry like its page on the site.
    const preview = t.page.frameLocator('iframe').first();
    await expect.poll(() => preview.locator('h1').textContent()).toBe('本町ひだまりサロン');
    await publish(t);

    const added = await waitFor('the new file', () => {
      const files = resourceFiles().filter((file) => !before.includes(file));
      return files.length > 0 ? files : undefined;
    });
    expect(added).toHaveLength(1);
    const text = fs.readFileSync(path.join(contentCopy, 'resources', added[0]), 'utf8');
    expect(text).toContain('name: 本町ひだまりサロン\nkana: ほんちょうひだまりさろん\ncategory: salon\n');
    expect(text).toContain('hours:\n  - days: [mon, thu]\n    time: 10:00-15:00\n');

    const id = path.basename(added[0], '.md');
    const loaded = await loadContent(contentCopy);
    expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(loaded.resources.find((entry) => entry.id === id)?.data).toMatchObject({
      name: '本町ひだまりサロン',
      category: 'salon',
      area: 'honcho',
      phone: '042-300-1234',
      location: { lat: 35.7104, lng: 139.5231 },
      hours: [{ days: ['mon', 'thu'], time: '10:00-15:00' }],
      verifiedAt: '2026-05-01',
    });
    // npm run cms checked the file as it was written, and said so.
    await waitFor('the check of the new file', () =>
      terminal.includes(`確認しました: resources/${added[0]} に問題はありません`) ? true : undefined,
    );

    const origin = new URL(adminUrl).origin;
    expect(scripts.length).toBeGreaterThan(1);
    expect(scripts.filter((url) => new URL(url).origin !== origin)).toEqual([]);
    expect(scripts.some((url) => url.endsWith('/admin/cms/decap-cms.js'))).toBe(true);
    expect(t.blockedRequests).toEqual([]);
    expect(t.problems()).toEqual([]);
    await t.close();

    const outDir = path.join(workDir, 'dist');
    const build = await buildSite({ contentDir: contentCopy, outDir });
    expect(build.code, build.output.slice(-3000)).toBe(0);
    const page = fs.readFileSync(path.join(outDir, 'resources', id, 'index.html'), 'utf8');
    expect(page).toContain('本町ひだまりサロン');
    expect(page).toContain('042-300-1234');
    expect(page).toContain('みどり市本町2-8-1 本町会館');
  }, 180_000);

  test('editing one field of an existing resource changes that line only', async () => {
    const file = path.join(contentCopy, EDITED);
    const original = fs.readFileSync(file, 'utf8');
    expect(original).toContain('phone: "042-372-3320"');
    const t = await openEditor(`/collections/resources/entries/${EDITED.replace(/^resources\/|\.md$/g, '')}`);
    await expect.poll(() => t.page.getByLabel('電話番号 (任意)').inputValue()).toBe('042-372-3320');
    await t.page.getByLabel('電話番号 (任意)').fill('042-372-3399');
    await publish(t);

    const saved = await waitFor('the edited file', () => {
      const text = fs.readFileSync(file, 'utf8');
      return text !== original ? text : undefined;
    });
    // Byte for byte the same file but for that one value: comments, order, quoting and lists stay.
    expect(saved).toBe(original.replace('phone: "042-372-3320"', 'phone: 042-372-3399'));
    expect(t.problems()).toEqual([]);
    await t.close();
  }, 120_000);

  test('a reading in 漢字 is refused with the reason, and nothing is written', async () => {
    const before = resourceFiles();
    const t = await openEditor('/collections/resources/new');
    await t.page.getByLabel('名称').fill('本町ひだまりサロン分室');
    await t.page.getByLabel('よみがな').fill('本町分室');
    await choose(t, '種別', 'サロン');
    await t.page.getByLabel('情報確認日').fill('2026-05-01');
    await publish(t);

    await expect
      .poll(() => t.page.getByText('ひらがな・カタカナで書きます。漢字・数字・英字は使えません').count())
      .toBeGreaterThan(1); // the hint, and the refusal at the field
    await t.page.getByText(/よみがなが入力規則/).waitFor();
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(resourceFiles()).toEqual(before);
    expect(t.problems()).toEqual([]);
    await t.close();
  }, 120_000);
});

describe('a build with CMS_REPO: /admin/ as deployed', () => {
  const outDir = path.join(workDir, 'github');
  let url: string;
  let close: () => Promise<void>;

  beforeAll(async () => {
    const build = await buildSite({
      outDir,
      env: { CMS_REPO: 'midori-city/care-map', CMS_AUTH_URL: 'https://auth.example.jp' },
    });
    expect(build.code, build.output.slice(-3000)).toBe(0);
    const server = await startStaticServer(outDir, { basePath: process.env.BASE_PATH || '/' });
    url = server.url;
    close = server.close;
  }, 300_000);
  afterAll(() => close?.());

  test("the editor starts from our own files under the page's CSP, and offers the GitHub sign-in", async () => {
    const t = await newPage(browser);
    const scripts: string[] = [];
    t.page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await t.page.goto(new URL('admin/', url).href);
    await t.page.getByRole('button', { name: 'GitHub でログインする' }).waitFor({ timeout: 30_000 });
    expect(scripts.filter((script) => new URL(script).origin !== new URL(url).origin)).toEqual([]);
    expect(t.problems()).toEqual([]);
    await t.close();
  });

  test("the looser policy is on /admin/ only; the bundle is the package's, byte for byte", () => {
    const admin = fs.readFileSync(path.join(outDir, 'admin/index.html'), 'utf8');
    const policies = [...admin.matchAll(/http-equiv="content-security-policy" content="([^"]*)"/gi)].map((m) => m[1]);
    expect(policies).toHaveLength(1);
    expect(policies[0]).toContain("script-src 'self' 'unsafe-eval'");
    expect(policies[0]).toContain(
      'connect-src &#39;self&#39; https://api.github.com https://auth.example.jp'.replace(/&#39;/g, "'"),
    );
    const home = fs.readFileSync(path.join(outDir, 'index.html'), 'utf8');
    expect(home).toMatch(/content-security-policy/i);
    expect(home).not.toContain('unsafe-eval');
    const headers = fs.readFileSync(path.join(outDir, '_headers'), 'utf8');
    expect(headers).toMatch(
      /\/admin\/\n {2}Content-Security-Policy: default-src 'self'; script-src 'self' 'unsafe-eval';.*frame-ancestors 'none'/,
    );
    const packaged = fs.readFileSync(path.join(repoRoot, 'node_modules/decap-cms/dist/decap-cms.js'));
    expect(fs.readFileSync(path.join(outDir, 'admin/cms/decap-cms.js')).equals(packaged)).toBe(true);
    // Without CMS_REPO (the sample build of the other tests) no CMS code is published at all.
    expect(fs.existsSync(path.join(sampleOutDir, 'admin/cms'))).toBe(false);
  });
});
