/**
 * Browser helpers for the e2e tests (see the header of global-setup.ts).
 *
 *   const browser = await launchBrowser();
 *   const t = await newPage(browser);
 *   await t.page.goto(siteUrl('resources/'));
 *   expect(t.problems()).toEqual([]);            // console/page errors, CSP, blocked requests, 4xx/5xx
 *   expect(await checkA11y(t.page)).toEqual([]);  // axe-core, WCAG 2.0–2.2 A/AA
 *   await t.close();
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { basemapOrigins } from '../../src/lib/site/csp.ts';
import { createRequire } from 'node:module';
import type { AxeResults, RunOptions } from 'axe-core';
import { chromium } from 'playwright-core';
import { findBrowser, HEADLESS_ARGS } from '../../scripts/find-browser.mjs';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { inject } from 'vitest';
import type {} from './global-setup.ts'; // ProvidedContext['e2eBaseUrl']

const require = createRequire(import.meta.url);

/** The map tile hosts of the content the e2e site is built from (the same rule as the CSP's). */
function configuredTileHosts(): string[] {
  const siteFile = path.resolve(process.env.E2E_CONTENT_DIR ?? 'content', 'site.yaml');
  const site = parseYaml(fs.readFileSync(siteFile, 'utf8')) as { map?: { basemap?: string } };
  return basemapOrigins(site.map?.basemap).map((origin) => new URL(origin).hostname);
}

/** The browser to drive ($CHROMIUM_PATH, Debian's chromium, or the machine's Chrome or Edge: scripts/find-browser.mjs). */
export function chromiumPath(): string {
  const found = findBrowser();
  if (!found.path) throw new Error(found.problem);
  return found.path;
}

/** Absolute URL of a path of the served sample site; `path` is relative to the site root ('' = home). */
export function siteUrl(path = ''): string {
  return new URL(path.replace(/^\/+/, ''), inject('e2eBaseUrl')).href;
}

export async function launchBrowser(): Promise<Browser> {
  const executablePath = chromiumPath();
  return chromium.launch({
    executablePath,
    args: HEADLESS_ARGS,
  });
}

export interface CspViolation {
  violatedDirective: string;
  blockedURI: string;
  sourceFile: string;
  lineNumber: number;
}

export interface BadResponse {
  status: number;
  url: string;
}

export interface TestPage {
  context: BrowserContext;
  page: Page;
  /** Requests to anything but the allowed hosts: aborted before they left the browser. */
  blockedRequests: string[];
  /** console.error messages (includes Chromium's own "Failed to load resource", CSP reports, …). */
  consoleErrors: string[];
  /** Uncaught exceptions and unhandled rejections in the page. */
  pageErrors: string[];
  /** `securitypolicyviolation` events. */
  cspViolations: CspViolation[];
  /** Responses with status >= 400 from the site (broken links to assets, data files, …). */
  badResponses: BadResponse[];
  /** Requests that failed without a response (other than the blocked ones and CSP), e.g. a 404 stylesheet. */
  failedRequests: string[];
  /** All of the above as readable lines; `expect(t.problems()).toEqual([])`. */
  problems(): string[];
  /** problems(), then forget them (to check several pages one after the other with one TestPage). */
  takeProblems(): string[];
  close(): Promise<void>;
}

export interface NewPageOptions {
  /** Hostnames requests may go to (default: only 127.0.0.1). */
  allowedHosts?: string[];
  /** Responses with these statuses are not reported in badResponses (e.g. [404] on a 404-page test). */
  allowStatuses?: number[];
  /**
   * Hosts the site may legitimately ask for — the configured map tiles (content contract: no
   * third-party requests except map tiles). Their requests are still blocked (no test uses the
   * internet) and listed in blockedRequests, but not reported by problems().
   * Default: the tile host that the built content's site.yaml (`map.basemap`) configures.
   */
  toleratedHosts?: string[];
  /** Extra Playwright context options (viewport, colorScheme, reducedMotion, …). */
  context?: BrowserContextOptions;
}

declare global {
  interface Window {
    __e2eReportCsp?: (v: CspViolation) => void;
  }
}

/**
 * A fresh context + page that blocks and records every request not to 127.0.0.1
 * and collects console errors, page errors, CSP violations and 4xx/5xx responses.
 */
export async function newPage(browser: Browser, opts: NewPageOptions = {}): Promise<TestPage> {
  const allowedHosts = new Set(opts.allowedHosts ?? ['127.0.0.1']);
  const allowStatuses = new Set(opts.allowStatuses ?? []);
  const toleratedHosts = new Set(opts.toleratedHosts ?? configuredTileHosts());
  const tolerated = (url: string) => {
    try {
      return toleratedHosts.has(new URL(url).hostname);
    } catch {
      return false;
    }
  };
  const context = await browser.newContext({
    locale: 'ja-JP',
    timezoneId: 'Asia/Tokyo',
    serviceWorkers: 'block',
    ...opts.context,
  });

  const blockedRequests: string[] = [];
  // Every URL blocked so far, kept when takeProblems() empties the lists: a map tile blocked on
  // one page can fail (or log its failure) only after the test has moved to the next page.
  const everBlocked = new Set<string>();
  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];
  const cspViolations: CspViolation[] = [];
  const badResponses: BadResponse[] = [];
  const failedRequests: string[] = [];

  await context.route('**/*', async (route) => {
    const url = route.request().url();
    let allowed: boolean;
    try {
      const u = new URL(url);
      allowed = (u.protocol === 'http:' || u.protocol === 'https:') && allowedHosts.has(u.hostname);
    } catch {
      allowed = false;
    }
    if (allowed) {
      await route.continue();
    } else {
      blockedRequests.push(url);
      everBlocked.add(url);
      await route.abort('blockedbyclient');
    }
  });
  // WebSockets are not seen by route(): block and record them too.
  await context.routeWebSocket(/.*/, (ws) => {
    const u = new URL(ws.url());
    if (allowedHosts.has(u.hostname)) {
      ws.connectToServer();
    } else {
      blockedRequests.push(ws.url());
      ws.close();
    }
  });

  await context.exposeBinding('__e2eReportCsp', (_source, v: CspViolation) => {
    cspViolations.push(v);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__e2eReportCsp?.({
        violatedDirective: e.violatedDirective,
        blockedURI: e.blockedURI,
        sourceFile: e.sourceFile,
        lineNumber: e.lineNumber,
      });
    });
  });

  const page = await context.newPage();
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const loc = msg.location();
    // "Failed to load resource: net::ERR_BLOCKED_BY_CLIENT" for a request we blocked: already in blockedRequests.
    if (loc.url && everBlocked.has(loc.url) && msg.text().includes('ERR_BLOCKED_BY_CLIENT')) return;
    consoleErrors.push(`${msg.text()}${loc.url ? ` (${loc.url}:${loc.lineNumber})` : ''}`);
  });
  page.on('pageerror', (err) => {
    pageErrors.push(err.stack ?? String(err));
  });
  // A violation inside a Web Worker (MapLibre's tile worker) fires in the worker's own scope and
  // Chromium logs nothing for it: listen there too. Best effort — one raised before the
  // listener is attached, in the worker's very first moment, is still missed.
  page.on('worker', (worker) => {
    worker
      .evaluate(() => {
        self.addEventListener('securitypolicyviolation', (e) => {
          console.error(
            `CSP violation in a worker: ${e.violatedDirective} blocked ${e.blockedURI} in ${e.sourceFile}:${e.lineNumber}`,
          );
        });
      })
      .catch(() => {
        // the worker ended before we could attach
      });
  });
  page.on('response', (res) => {
    if (res.status() >= 400 && !allowStatuses.has(res.status())) {
      badResponses.push({ status: res.status(), url: res.url() });
    }
  });
  page.on('requestfailed', (req) => {
    const reason = req.failure()?.errorText ?? 'failed';
    // Blocked by us or by CSP: already reported as such.
    // (Chromium names the second "net::ERR_BLOCKED_BY_CLIENT.Inspector" when DevTools blocked it.)
    if (reason === 'csp' || reason.startsWith('net::ERR_BLOCKED_BY_CLIENT') || everBlocked.has(req.url())) return;
    // A request still in flight when the test moves to the next page is cancelled by the
    // browser; that is the test navigating, not the site failing. (A map tile's request is
    // cancelled that way too, when it had not yet reached the blocking above.)
    if (reason === 'net::ERR_ABORTED' && (new URL(req.url()).hostname === '127.0.0.1' || tolerated(req.url()))) return;
    failedRequests.push(`${req.url()}: ${reason}`);
  });

  const problems = () => [
    ...blockedRequests.filter((u) => !tolerated(u)).map((u) => `blocked request to a non-local host: ${u}`),
    ...badResponses.map((r) => `HTTP ${r.status}: ${r.url}`),
    ...failedRequests.map((f) => `request failed: ${f}`),
    ...pageErrors.map((e) => `page error: ${e}`),
    ...cspViolations.map(
      (v) =>
        `CSP violation: ${v.violatedDirective} blocked ${v.blockedURI || '(inline)'} in ${v.sourceFile}:${v.lineNumber}`,
    ),
    ...consoleErrors.map((m) => `console error: ${m}`),
  ];
  return {
    context,
    page,
    blockedRequests,
    consoleErrors,
    pageErrors,
    cspViolations,
    badResponses,
    failedRequests,
    problems,
    takeProblems: () => {
      const found = problems();
      for (const list of [blockedRequests, consoleErrors, pageErrors, cspViolations, badResponses, failedRequests]) {
        list.length = 0;
      }
      return found;
    },
    close: () => context.close(),
  };
}

// ------------------------------------------------------------------ axe-core

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
let axeSource: string | undefined;

export interface A11yOptions {
  /** CSS selector to check instead of the whole document. */
  include?: string;
  /** CSS selectors to leave out (e.g. a third-party map canvas). */
  exclude?: string[];
  /** axe rule ids to switch off — say why next to the call. */
  disableRules?: string[];
}

/**
 * Runs axe-core (WCAG 2.0/2.1/2.2 A + AA rules) on the page and returns one
 * readable string per violation — `expect(await checkA11y(page)).toEqual([])`
 * then prints what to fix and where.
 */
export async function checkA11y(page: Page, opts: A11yOptions = {}): Promise<string[]> {
  axeSource ??= fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  // page.evaluate (DevTools protocol) is not subject to the page's CSP, unlike an
  // inline <script> from addScriptTag; inject into every frame so axe can descend.
  for (const frame of page.frames()) {
    try {
      await frame.evaluate(axeSource);
    } catch {
      // detached or blocked (aborted third-party) frame: axe reports it as not checked
    }
  }
  const runOptions: RunOptions = {
    runOnly: { type: 'tag', values: AXE_TAGS },
    resultTypes: ['violations'],
    frameWaitTime: 10_000,
    rules: Object.fromEntries((opts.disableRules ?? []).map((id) => [id, { enabled: false }])),
  };
  const context =
    opts.include || opts.exclude?.length
      ? { include: opts.include ? [opts.include] : [['html']], exclude: (opts.exclude ?? []).map((s) => [s]) }
      : null;
  const results = (await page.evaluate(
    async ([ctx, options]) => {
      const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
      return JSON.parse(JSON.stringify(await axe.run((ctx ?? document) as never, options as never)));
    },
    [context, runOptions] as const,
  )) as AxeResults;
  return formatViolations(results);
}

export function formatViolations(results: Pick<AxeResults, 'violations' | 'url'>): string[] {
  return results.violations.map((v) => {
    const nodes = v.nodes.map((n) => {
      const summary = (n.failureSummary ?? '')
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean)
        .join(' / ');
      return `    - ${JSON.stringify(n.target)}: ${summary}\n      ${n.html.slice(0, 200)}`;
    });
    return `[${v.impact ?? 'n/a'}] ${v.id}: ${v.help} (${v.helpUrl}) on ${results.url}\n${nodes.join('\n')}`;
  });
}
