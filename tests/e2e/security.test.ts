/**
 * Security of the built sample site, in Chromium: every page type loads with its
 * Content-Security-Policy and triggers no violation, asks nothing of any host but this site and
 * the configured map tiles, sets no cookie, and never asks for the visitor's position on load;
 * after 現在地 (with a mocked position) the coordinates are not in any request.
 * The policies themselves are checked on every HTML file of the output, and dist/_headers too.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { basemapOrigins, cspMetas, headerPolicy, parsePolicy } from '../../src/lib/site/csp.ts';
import { launchBrowser, newPage, siteUrl, type NewPageOptions, type TestPage } from './browser.ts';
import { buildSite } from './build-site.ts';
import { outputRoot, sampleOutDir, startStaticServer } from './global-setup.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

// The tile host the sample's site.yaml asks for (gsi-pale → 地理院タイル), read the way the build reads it.
const siteYaml = fs.readFileSync(path.resolve(process.env.E2E_CONTENT_DIR ?? 'content', 'site.yaml'), 'utf8');
const basemap = /^\s*basemap:\s*(\S+)/m.exec(siteYaml)?.[1];
const tileOrigins = basemapOrigins(basemap);
const tileHosts = tileOrigins.map((origin) => new URL(origin).hostname);

// ----------------------------------------------------------------- the page types

const dirs = (relative: string, skip: string[] = []) =>
  fs
    .readdirSync(path.join(sampleOutDir, relative), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !skip.includes(entry.name))
    .map((entry) => entry.name)
    .sort();
const read = (relative: string) => fs.readFileSync(path.join(sampleOutDir, relative), 'utf8');

/** The first entry of a folder of the output whose page satisfies `accept` (deterministic). */
function pick(relative: string, accept: (html: string) => boolean = () => true, skip: string[] = []): string {
  const found = dirs(relative, skip).find((name) => accept(read(`${relative}/${name}/index.html`)));
  if (!found) throw new Error(`no page under ${relative}/ for this test`);
  return `${relative}/${found}/`;
}

/** The value of `header` in the rule for `rulePath` of the built dist/_headers. */
function headerRule(rulePath: string, header: string): string | undefined {
  const base = (process.env.BASE_PATH || '/').replace(/^\/?/, '/').replace(/\/?$/, '/');
  const block = read('_headers')
    .split(/\n(?=\S)/)
    .find((section) => section.startsWith(`${base}${rulePath.replace(/^\//, '')}\n`));
  return block
    ?.split('\n')
    .find((line) => line.trim().startsWith(`${header}:`))
    ?.split(/:\s*/)
    .slice(1)
    .join(': ')
    .trim();
}

interface PageType {
  name: string;
  path: string;
  /** Before the page is opened (routes, listeners). */
  prepare?: (t: TestPage) => Promise<void>;
  /** After load: bring the page's scripts to where they do their work. */
  settle?: (page: Page) => Promise<void>;
  options?: NewPageOptions;
}

/** 「地図を動かす」 on a small map: MapLibre loads and draws under the page's CSP. */
async function moveSmallMap(page: Page): Promise<void> {
  await page.locator('[data-small-map]').first().getByRole('button', { name: '地図を動かす' }).click();
  await page.locator('[data-small-map][data-map-state="idle"]').first().waitFor({ timeout: 30_000 });
}

function pageTypes(): PageType[] {
  const topic = pick('windows', (html) => html.includes('data-finder-search'));
  return [
    { name: 'home', path: '' },
    { name: 'resource list', path: 'resources/' },
    {
      name: 'resource detail with a small map',
      path: pick('resources', (html) => html.includes('data-small-map'), ['category', 'target', 'audience']),
      settle: moveSmallMap,
    },
    { name: 'category list', path: pick('resources/category') },
    { name: 'window finder', path: 'windows/' },
    { name: 'finder topic', path: topic },
    {
      name: 'finder answer',
      path: pick(topic.replace(/\/$/, ''), (html) => html.includes('data-open-status')),
      settle: async (page) => {
        await page.waitForFunction(() => document.querySelectorAll('[data-open-status]:not([hidden])').length > 0);
      },
    },
    { name: 'area list', path: 'areas/' },
    {
      name: 'area',
      path: pick('areas', (html) => html.includes('data-small-map'), ['density', 'sort']),
      settle: moveSmallMap,
    },
    { name: 'area density', path: pick('areas/density') },
    { name: 'network list', path: 'networks/' },
    { name: 'network', path: pick('networks') },
    { name: 'organization list', path: 'organizations/' },
    { name: 'organization', path: pick('organizations') },
    {
      name: 'map',
      path: 'map/',
      settle: async (page) => {
        await page.locator('[data-map][data-map-state="idle"]').waitFor({ timeout: 30_000 });
      },
    },
    {
      name: 'search',
      path: `search/?q=${encodeURIComponent('デイサービス')}`,
      // Pagefind searches in a worker that runs under its script's response headers, not the
      // page's <meta>: serve it with the policy _headers gives it, as Netlify would.
      prepare: async (t) => {
        const policy = headerRule('/pagefind/*', 'Content-Security-Policy');
        expect(policy, '_headers rule for /pagefind/*').toBeDefined();
        await t.context.route('**/pagefind/pagefind-worker.js', async (route) => {
          const response = await route.fetch();
          await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': policy! } });
        });
        t.page.on('console', (message) => {
          if (/falling back to main thread/i.test(message.text()))
            t.consoleErrors.push(`Pagefind left its worker: ${message.text()}`);
        });
      },
      settle: async (page) => {
        await page.locator('[data-search-status]').filter({ hasText: '検索結果' }).waitFor({ timeout: 30_000 });
        expect(await page.locator('[data-search-results] > li').count()).toBeGreaterThan(0);
      },
    },
    { name: 'print area', path: pick('print/areas') },
    { name: 'freshness (staff)', path: 'admin/freshness/' },
    { name: 'CMS (staff, no CMS_REPO)', path: 'admin/' },
    { name: '404', path: 'no-such-page/', options: { allowStatuses: [404] } },
  ];
}

// ----------------------------------------------------------------- watching a page

declare global {
  interface Window {
    __e2eGeolocation?: (method: string) => void;
  }
}

interface Watched {
  t: TestPage;
  requests: Request[];
  geolocationCalls: string[];
}

/** newPage() plus: every request with its body, and every call to the Geolocation API. */
async function watchedPage(options: NewPageOptions = {}): Promise<Watched> {
  const t = await newPage(browser, { toleratedHosts: tileHosts, ...options });
  const requests: Request[] = [];
  const geolocationCalls: string[] = [];
  t.context.on('request', (request) => requests.push(request));
  await t.context.exposeBinding('__e2eGeolocation', (source, method: string) => {
    geolocationCalls.push(`${method} on ${source.page?.url() ?? '?'}`);
  });
  await t.context.addInitScript(() => {
    const geolocation = navigator.geolocation;
    if (!geolocation) return;
    for (const method of ['getCurrentPosition', 'watchPosition'] as const) {
      const original = geolocation[method].bind(geolocation) as (...args: unknown[]) => unknown;
      Object.defineProperty(geolocation, method, {
        configurable: true,
        value: (...args: unknown[]) => {
          window.__e2eGeolocation?.(method);
          return original(...args);
        },
      });
    }
  });
  return { t, requests, geolocationCalls };
}

/** Requests to anything but this site and the tile host (blocked or not). */
function foreignRequests(w: Watched): string[] {
  return w.requests
    .map((request) => request.url())
    .filter((url) => {
      const u = new URL(url);
      if (u.protocol === 'data:' || u.protocol === 'blob:') return false;
      return u.hostname !== '127.0.0.1' && !tileHosts.includes(u.hostname);
    });
}

async function pagePolicies(page: Page): Promise<string[]> {
  return page.$$eval('meta[http-equiv="content-security-policy" i]', (metas) =>
    metas.map((meta) => meta.getAttribute('content') ?? ''),
  );
}

const forbiddenSources = ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", '*', 'http:', 'https:'];

describe('every page type', () => {
  const policyByPage: Record<string, string> = {};

  for (const type of pageTypes()) {
    test(`${type.name} (/${type.path}): no CSP violation, no foreign request, no cookie, no position asked`, async () => {
      const w = await watchedPage(type.options);
      try {
        await type.prepare?.(w.t);
        const response = await w.t.page.goto(siteUrl(type.path));
        expect(response?.status()).toBe(type.options?.allowStatuses?.[0] ?? 200);
        await w.t.page.waitForLoadState('networkidle');
        await type.settle?.(w.t.page);
        await w.t.page.waitForLoadState('networkidle');

        const policies = await pagePolicies(w.t.page);
        expect(policies, 'exactly one policy per page').toHaveLength(1);
        policyByPage[type.name] = policies[0];
        const policy = parsePolicy(policies[0]);
        const all = [...policy.values()].flat();
        for (const source of forbiddenSources) expect(all, source).not.toContain(source);
        expect(policy.get('object-src')).toEqual(["'none'"]);
        expect(policy.get('base-uri')).toEqual(["'self'"]);
        if (type.path.startsWith('admin/') && !type.path.startsWith('admin/freshness')) {
          // The CMS page writes its own policy; with no CMS_REPO it allows nothing but this site.
          expect(policy.get('default-src')).toEqual(["'self'"]);
          expect(policy.has('script-src')).toBe(false);
        } else {
          expect(policy.get('default-src')).toEqual(["'self'"]);
          expect(policy.get('script-src')?.[0]).toBe("'self'");
          expect(policy.get('style-src')?.[0]).toBe("'self'");
          expect(policy.get('worker-src')).toEqual(["'self'", 'blob:']);
          expect(policy.get('img-src')).toEqual(["'self'", 'data:', 'blob:', ...tileOrigins]);
          expect(policy.get('connect-src')).toEqual(["'self'", ...tileOrigins]);
          expect(policy.get('form-action')).toEqual(["'self'"]);
          expect(policy.get('frame-src')).toEqual(["'none'"]);
          // WebAssembly (Pagefind) only where search runs.
          expect(policy.get('script-src')!.includes("'wasm-unsafe-eval'"), 'wasm-unsafe-eval').toBe(
            type.name === 'search',
          );
        }

        expect(w.t.cspViolations).toEqual([]);
        // The 404 page's own status is what Chromium logs for it; anything else is a problem.
        const ownStatus = `Failed to load resource: the server responded with a status of 404 (Not Found) (${siteUrl(type.path)}:0)`;
        expect(
          w.t.problems().filter((problem) => !(type.options?.allowStatuses && problem.endsWith(ownStatus))),
        ).toEqual([]);
        expect(foreignRequests(w)).toEqual([]);
        expect(await w.t.context.cookies()).toEqual([]);
        expect(await w.t.page.evaluate(() => document.cookie)).toBe('');
        expect(w.geolocationCalls).toEqual([]);
      } finally {
        await w.t.close();
      }
    });
  }

  afterAll(() => {
    // For the report: which policy each page type ended up with (hashes shortened).
    const lines = Object.entries(policyByPage).map(
      ([name, policy]) => `  ${name}: ${policy.replace(/'sha256-[^']+'/g, "'sha256-…'")}`,
    );
    if (lines.length > 0) console.log(`[security] CSP by page type:\n${lines.join('\n')}`);
  });
});

describe('the violation listeners work', () => {
  test('an inline script and a foreign image are reported as violations and as console errors', async () => {
    const w = await watchedPage();
    try {
      await w.t.page.goto(siteUrl(''));
      // page.evaluate itself is not bound by the page's CSP; what it inserts is.
      await w.t.page.evaluate(() => {
        const script = document.createElement('script');
        script.textContent = 'document.title = "injected"';
        document.body.append(script);
        const image = document.createElement('img');
        image.src = 'https://tracker.example.net/pixel.gif';
        document.body.append(image);
      });
      await expect.poll(() => w.t.cspViolations.length).toBeGreaterThanOrEqual(2);
      expect(await w.t.page.title()).not.toBe('injected');
      const directives = w.t.cspViolations.map((violation) => violation.violatedDirective);
      expect(directives.some((d) => d.startsWith('script-src'))).toBe(true);
      expect(directives.some((d) => d.startsWith('img-src'))).toBe(true);
      expect(w.t.consoleErrors.some((message) => /Content Security Policy/.test(message))).toBe(true);
      expect(w.t.problems().some((problem) => problem.startsWith('CSP violation'))).toBe(true);
    } finally {
      await w.t.close();
    }
  });
});

describe('the violation listeners work in a worker too', () => {
  test('a worker that connects elsewhere is reported', async () => {
    const w = await watchedPage();
    try {
      await w.t.page.goto(siteUrl(''));
      await w.t.page.evaluate(() => {
        const code = "setTimeout(() => fetch('https://tracker.example.net/beacon').catch(() => {}), 300)";
        new Worker(URL.createObjectURL(new Blob([code], { type: 'text/javascript' })));
      });
      await expect
        .poll(() => w.t.problems().some((problem) => problem.includes('CSP violation in a worker: connect-src')))
        .toBe(true);
    } finally {
      await w.t.close();
    }
  });
});

describe('the visitor position', () => {
  const position = { latitude: 35.7195, longitude: 139.512 };
  // The coordinates as a script might write them (full, rounded, in either order or encoded).
  const traces = ['35.7195', '139.512', '35.719', '139.51', '35.72', encodeURIComponent('35.7195')];

  function carriesPosition(request: Request): string | undefined {
    const text = `${decodeURIComponent(request.url())}\n${request.postData() ?? ''}`;
    return traces.find((trace) => text.includes(trace));
  }

  const cases = [
    {
      name: '現在地 in the window finder',
      path: () => pick('windows', (html) => html.includes('data-finder-search')),
      button: '現在地から探す',
      done: async (page: Page) => page.waitForURL(/\/windows\/[^/]+\/[^/]+\/$/),
    },
    {
      name: '現在地 on the map',
      path: () => 'map/',
      button: /現在地/,
      before: async (page: Page) => page.locator('[data-map][data-map-state="idle"]').waitFor({ timeout: 30_000 }),
      done: async (page: Page) => page.getByText('現在地（青い丸）を中心に表示しました。').waitFor(),
    },
  ];

  for (const c of cases) {
    test(`${c.name}: asked only on the tap, and the coordinates stay in the browser`, async () => {
      const w = await watchedPage({ context: { geolocation: position, permissions: ['geolocation'] } });
      try {
        await w.t.page.goto(siteUrl(c.path()));
        await c.before?.(w.t.page);
        await w.t.page.waitForLoadState('networkidle');
        expect(w.geolocationCalls, 'no position asked before the tap').toEqual([]);
        await w.t.page.getByRole('button', { name: c.button }).click();
        await c.done(w.t.page);
        await w.t.page.waitForLoadState('networkidle');
        expect(w.geolocationCalls).toHaveLength(1);
        expect(w.geolocationCalls[0]).toMatch(/^getCurrentPosition /);
        const leaking = w.requests.flatMap((request) => {
          const trace = carriesPosition(request);
          return trace ? [`${request.method()} ${request.url()} carries ${trace}`] : [];
        });
        expect(leaking).toEqual([]);
        expect(foreignRequests(w)).toEqual([]);
        expect(await w.t.context.cookies()).toEqual([]);
        expect(w.t.cspViolations).toEqual([]);
      } finally {
        await w.t.close();
      }
    });
  }
});

describe('the policies in the output', () => {
  const htmlFiles = fs
    .readdirSync(sampleOutDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.relative(sampleOutDir, path.join(entry.parentPath, entry.name)));

  test('every HTML file has exactly one CSP <meta>, before any script or stylesheet, without unsafe sources', () => {
    expect(htmlFiles.length).toBeGreaterThan(100);
    const problems: string[] = [];
    for (const file of htmlFiles) {
      const html = read(file);
      const metas = cspMetas(html);
      if (metas.length !== 1) {
        problems.push(`${file}: ${metas.length} CSP <meta>`);
        continue;
      }
      const at = html.indexOf(metas[0].tag);
      const firstLoad = html.search(/<script\b(?![^>]*application\/ld\+json)|<link\b[^>]*rel="?stylesheet/i);
      if (firstLoad !== -1 && firstLoad < at)
        problems.push(`${file}: a script or stylesheet comes before the CSP <meta>`);
      const sources = [...parsePolicy(metas[0].policy).values()].flat();
      for (const source of forbiddenSources) if (sources.includes(source)) problems.push(`${file}: ${source}`);
    }
    expect(problems).toEqual([]);
  });

  test('pages have no inline script, inline style, style attribute or event-handler attribute the policy would block', () => {
    const problems: string[] = [];
    for (const file of htmlFiles) {
      const html = read(file);
      if (/<script\b(?![^>]*\bsrc=)(?![^>]*application\/ld\+json)[^>]*>/i.test(html))
        problems.push(`${file}: inline <script>`);
      if (/<[a-z][^>]*\sstyle=/i.test(html)) problems.push(`${file}: style=""`);
      if (/<[a-z][^>]*\son[a-z]+=/i.test(html)) problems.push(`${file}: on…="" handler`);
    }
    expect(problems).toEqual([]);
  });

  test('_headers sends the headers a <meta> cannot, for every path', () => {
    const headers = read('_headers');
    const base = (process.env.BASE_PATH || '/').replace(/^\/?/, '/').replace(/\/?$/, '/');
    const block = headers.split(/\n(?=\S)/).find((section) => section.startsWith(`${base}*\n`));
    expect(block, `${base}* rule`).toBeDefined();
    expect(block).toContain(`Content-Security-Policy: ${headerPolicy()}`);
    expect(parsePolicy(headerPolicy()).get('frame-ancestors')).toEqual(["'none'"]);
    expect(block).toContain('X-Content-Type-Options: nosniff');
    expect(block).toContain('Referrer-Policy: strict-origin-when-cross-origin');
    expect(block).toMatch(
      /Permissions-Policy: geolocation=\(self\), camera=\(\), microphone=\(\), interest-cohort=\(\)/,
    );
    // The CMS page's own policy is a header too (hosts join the values of every matching rule).
    const admin = headers.split(/\n(?=\S)/).find((section) => section.startsWith(`${base}admin/\n`));
    expect(admin).toMatch(/Content-Security-Policy: .*frame-ancestors 'none'/);
  });
});

describe('another configuration: a style URL as basemap, extra map origins and the CMS switched on', () => {
  test(
    'the map origins follow site.yaml and MAP_EXTRA_ORIGINS; /admin/ keeps only its own policy and loads the CMS',
    { timeout: 180_000 },
    async () => {
      const content = fs.mkdtempSync(path.join(outputRoot, 'csp-style-content-'));
      const outDir = path.join(outputRoot, 'csp-style');
      fs.cpSync(path.resolve('tests/fixtures/valid-town'), content, { recursive: true });
      const siteFile = path.join(content, 'site.yaml');
      const original = fs.readFileSync(siteFile, 'utf8');
      expect(original).toMatch(/basemap: none/);
      fs.writeFileSync(
        siteFile,
        original.replace('basemap: none', 'basemap: https://maps.example.org/styles/pale.json'),
      );
      fs.rmSync(outDir, { recursive: true, force: true });
      const result = await buildSite({
        contentDir: content,
        outDir,
        env: { CMS_REPO: 'example-town/care-map', MAP_EXTRA_ORIGINS: 'https://tiles.example.org' },
      });
      fs.rmSync(content, { recursive: true, force: true });
      expect(result.code, result.output.slice(-3000)).toBe(0);

      const home = cspMetas(fs.readFileSync(path.join(outDir, 'index.html'), 'utf8'));
      expect(home).toHaveLength(1);
      const policy = parsePolicy(home[0].policy);
      expect(policy.get('img-src')).toEqual([
        "'self'",
        'data:',
        'blob:',
        'https://maps.example.org',
        'https://tiles.example.org',
      ]);
      expect(policy.get('connect-src')).toEqual(["'self'", 'https://maps.example.org', 'https://tiles.example.org']);
      expect(home[0].policy).not.toContain('cyberjapandata');

      const admin = cspMetas(fs.readFileSync(path.join(outDir, 'admin/index.html'), 'utf8'));
      expect(admin, "only the CMS page's own policy").toHaveLength(1);
      const adminPolicy = parsePolicy(admin[0].policy);
      // The CMS is served from the site itself (/admin/cms/): no script source but 'self'.
      expect(adminPolicy.get('script-src')).toEqual(["'self'", "'unsafe-eval'"]);
      const headers = fs.readFileSync(path.join(outDir, '_headers'), 'utf8');
      expect(headers).toMatch(
        /\n\/admin\/\n {2}Content-Security-Policy: [^\n]*'unsafe-eval'[^\n]*frame-ancestors 'none'/,
      );
      expect(headers).not.toContain('unpkg');

      // In Chromium: the CMS starts from the site's own files under the page's policy, and asks
      // for nothing elsewhere before anyone signs in.
      const server = await startStaticServer(outDir, { basePath: process.env.BASE_PATH || '/' });
      const w = await watchedPage();
      try {
        await w.t.page.goto(`${server.url}admin/`);
        await w.t.page.getByRole('button', { name: 'GitHub でログインする' }).waitFor({ timeout: 30_000 });
        expect(w.t.blockedRequests).toEqual([]);
        expect(w.t.cspViolations).toEqual([]);
        expect(await w.t.context.cookies()).toEqual([]);
      } finally {
        await w.t.close();
        await server.close();
      }
    },
  );
});
