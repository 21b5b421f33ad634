/**
 * The site's Content-Security-Policy, as data. astro.config.mjs hands `siteCspDirectives()` to
 * Astro (`security.csp`), which adds script-src/style-src with the hashes of what each page
 * renders and writes the whole policy into a <meta> on every page; the security-headers
 * integration writes `headerPolicy()` into dist/_headers. Pure TypeScript, no Astro imports.
 *
 * What needs what:
 * - MapLibre: `worker-src 'self' blob:` (it wraps its worker in a blob), `img-src data: blob:`
 *   (sprites, decoded tiles) and the tile host in img-src and connect-src (tiles are fetched).
 * - Pagefind: `'wasm-unsafe-eval'` to compile its WebAssembly, on /search/ only (the site's and
 *   the portal's). The search pages run Pagefind on the page itself (`noWorker`, to save its
 *   worker's download); a worker, if ever used, gets its policy from its own response
 *   (pagefindWorkerPolicy).
 * - upgrade-insecure-requests only in the header (_headers hosts serve https); in the <meta> it
 *   would send the local http preview and tests to https://127.0.0.1 and break them.
 * - JSON-LD: <script type="application/ld+json"> is data, never executed; CSP does not apply.
 */
import { basemapChoice } from '../map/map-style.ts';

/** The origins the map's basemap loads from (tiles, or a style and what it names on its own host). */
export function basemapOrigins(basemap: string | undefined): string[] {
  const choice = basemapChoice(basemap);
  if (choice.kind === 'gsi') return [new URL(choice.tiles.replace(/\{[xyz]\}/g, '0')).origin];
  if (choice.kind === 'url') return [new URL(choice.url).origin];
  return [];
}

/**
 * Extra map origins from the env var MAP_EXTRA_ORIGINS (space- or comma-separated), for a style
 * URL whose tiles, glyphs or sprites live on other hosts than the style itself. Only bare
 * https origins are taken: a path, a wildcard or a keyword here could open the policy wide.
 */
export function extraMapOrigins(value: string | undefined): { origins: string[]; rejected: string[] } {
  const origins: string[] = [];
  const rejected: string[] = [];
  for (const item of (value ?? '').split(/[\s,]+/).filter(Boolean)) {
    let url: URL | undefined;
    try {
      url = new URL(item);
    } catch {
      url = undefined;
    }
    if (url && url.protocol === 'https:' && `${url.origin}` === item.replace(/\/$/, '') && !item.includes('*')) {
      origins.push(url.origin);
    } else {
      rejected.push(item);
    }
  }
  return { origins, rejected };
}

/** Pages (paths below the base, with a trailing slash) whose scripts compile WebAssembly (Pagefind). */
export const WASM_PAGES = ['/search/'];

/** Extra script-src sources for one page; `pathname` is Astro.url.pathname, `base` the site's base. */
export function extraScriptSources(pathname: string, base = '/'): string[] {
  const prefix = base.replace(/\/?$/, '/');
  const local = pathname.startsWith(prefix) ? `/${pathname.slice(prefix.length)}` : pathname;
  return WASM_PAGES.includes(local) ? ["'wasm-unsafe-eval'"] : [];
}

/** script-src sources on every page; Astro adds the hashes of the page's own scripts. */
export const SCRIPT_SOURCES = ["'self'"];
/** style-src sources on every page; Astro adds the hashes of the page's inline styles. */
export const STYLE_SOURCES = ["'self'"];

const unique = (values: string[]) => [...new Set(values)];

type DirectiveName =
  | 'default-src'
  | 'img-src'
  | 'connect-src'
  | 'worker-src'
  | 'font-src'
  | 'object-src'
  | 'base-uri'
  | 'form-action'
  | 'frame-src'
  | 'manifest-src';
/** One directive as text; each name is one Astro's `security.csp.directives` accepts. */
export type DirectiveText = `${DirectiveName} ${string}`;

/**
 * Every directive except script-src/style-src (those Astro writes, with hashes). `mapOrigins`
 * come from basemapOrigins() and extraMapOrigins().
 */
export function siteCspDirectives(mapOrigins: string[]): DirectiveText[] {
  const map = unique(mapOrigins);
  return [
    "default-src 'self'",
    `img-src ${["'self'", 'data:', 'blob:', ...map].join(' ')}`,
    `connect-src ${["'self'", ...map].join(' ')}`,
    "worker-src 'self' blob:",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    // No page embeds another site; child-src would also cover workers, so frames are named.
    "frame-src 'none'",
    "manifest-src 'self'",
  ];
}

/**
 * The Content-Security-Policy header for every path (dist/_headers). It holds what a <meta>
 * cannot (frame-ancestors) and the directives that are the same on every page, /admin/
 * included: hosts apply every matching rule of _headers and join the values, so a stricter
 * site-wide script-src or connect-src here would also bind the CMS on /admin/. The full policy,
 * with the hashes that differ from page to page, is the <meta> Astro writes into each page.
 */
export function headerPolicy(): string {
  return ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", 'upgrade-insecure-requests'].join('; ');
}

/**
 * A worker started from a script URL (Pagefind's /pagefind/pagefind-worker.js, where the search
 * compiles its WebAssembly) runs under the CSP of that script's HTTP response, not the page's
 * <meta>. On hosts that read _headers it gets this one; elsewhere it runs without a policy of its
 * own (the page's policy still decides whether it may be started: worker-src 'self').
 */
export function pagefindWorkerPolicy(): string {
  return ["default-src 'self'", "script-src 'self' 'wasm-unsafe-eval'", "object-src 'none'", "base-uri 'self'"].join(
    '; ',
  );
}

/** The other security headers of every path. */
export const SECURITY_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'geolocation=(self), camera=(), microphone=(), interest-cohort=()',
};

/** A policy string as directive → sources (names lower-cased, the first of a repeated name wins, as browsers do). */
export function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
    if (!name) continue;
    const key = name.toLowerCase();
    if (!directives.has(key)) directives.set(key, sources);
  }
  return directives;
}

const CSP_META = /<meta\s[^>]*http-equiv=["']?content-security-policy["']?[^>]*>/gi;

function metaContent(tag: string): string {
  const match = /\scontent=(?:"([^"]*)"|'([^']*)')/i.exec(tag);
  return (match?.[1] ?? match?.[2] ?? '')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

/** Every CSP <meta> of a page, in document order, with its policy text. */
export function cspMetas(html: string): { tag: string; policy: string }[] {
  return [...html.matchAll(CSP_META)].map((match) => ({ tag: match[0], policy: metaContent(match[0]) }));
}

/**
 * For a page that writes its own CSP <meta> (the CMS on /admin/): that policy, and the page
 * without the <meta> Astro injected. Astro's is recognised by its content starting with the
 * site's directives exactly as astro.config.mjs handed them over (`siteDirectives`).
 * Pages with only Astro's policy give `own: undefined` and are left as they are.
 */
export function splitCspMetas(html: string, siteDirectives: string[]): { own?: string; html: string } {
  const signature = `${siteDirectives.join(';')};`;
  const metas = cspMetas(html);
  const astro = metas.filter((meta) => meta.policy.startsWith(signature));
  const own = metas.filter((meta) => !meta.policy.startsWith(signature));
  if (own.length === 0 || astro.length === 0) return { own: own[0]?.policy, html };
  let out = html;
  for (const meta of astro) out = out.replace(meta.tag, '');
  return { own: own.map((meta) => meta.policy).join(', '), html: out };
}

/**
 * dist/_headers: the security headers for every path, the policy of Pagefind's worker, and for
 * each page with its own policy (the CMS) that policy as a header too, with frame-ancestors.
 * `base` is the site's base path.
 */
export function headersFile(options: { base: string; ownPolicies: { path: string; policy: string }[] }): string {
  const prefix = options.base.replace(/\/?$/, '/');
  const lines = [
    '# Written by `npm run build` (src/integrations/security-headers.ts); edits here are lost.',
    '# Read by Netlify, Cloudflare Pages and other hosts that support a _headers file.',
    '# The full Content-Security-Policy of each page (with the hashes of its own scripts and',
    '# styles) is the <meta http-equiv="content-security-policy"> in the page itself; the header',
    '# adds what a <meta> cannot say (frame-ancestors) and holds on every path.',
    `${prefix}*`,
    `  Content-Security-Policy: ${headerPolicy()}`,
    ...Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`),
  ];
  lines.push(`${prefix}pagefind/*`, `  Content-Security-Policy: ${pagefindWorkerPolicy()}`);
  for (const page of options.ownPolicies) {
    lines.push(
      `${prefix}${page.path.replace(/^\//, '')}`,
      `  Content-Security-Policy: ${page.policy}; frame-ancestors 'none'`,
    );
  }
  return `${lines.join('\n')}\n`;
}
