import { describe, expect, test } from 'vitest';
import {
  basemapOrigins,
  cspMetas,
  extraMapOrigins,
  extraScriptSources,
  headerPolicy,
  headersFile,
  pagefindWorkerPolicy,
  parsePolicy,
  siteCspDirectives,
  splitCspMetas,
} from './csp.ts';

describe('basemapOrigins', () => {
  test('地理院タイル for gsi-pale, gsi-std and the default', () => {
    expect(basemapOrigins('gsi-pale')).toEqual(['https://cyberjapandata.gsi.go.jp']);
    expect(basemapOrigins('gsi-std')).toEqual(['https://cyberjapandata.gsi.go.jp']);
    expect(basemapOrigins(undefined)).toEqual(['https://cyberjapandata.gsi.go.jp']);
  });

  test('none allows no host', () => {
    expect(basemapOrigins('none')).toEqual([]);
  });

  test("a style URL allows that URL's origin only (never its path or another host)", () => {
    expect(basemapOrigins('https://tiles.example.org/styles/pale/style.json?key=1')).toEqual([
      'https://tiles.example.org',
    ]);
    expect(basemapOrigins('https://tiles.example.org:8443/style.json')).toEqual(['https://tiles.example.org:8443']);
  });

  test('anything unknown or unsafe allows nothing (the map shows its plain background)', () => {
    for (const value of ['javascript:alert(1)', "'unsafe-inline'", '*', 'osm', '']) {
      expect(basemapOrigins(value), value).toEqual([]);
    }
  });
});

describe('extraMapOrigins', () => {
  test('takes bare https origins, space or comma separated', () => {
    expect(extraMapOrigins('https://a.example.org, https://b.example.org/')).toEqual({
      origins: ['https://a.example.org', 'https://b.example.org'],
      rejected: [],
    });
    expect(extraMapOrigins(undefined)).toEqual({ origins: [], rejected: [] });
  });

  test('refuses keywords, wildcards, paths and plain http', () => {
    const { origins, rejected } = extraMapOrigins(
      "* 'unsafe-eval' https://*.example.org https://a.example.org/tiles http://a.example.org data:",
    );
    expect(origins).toEqual([]);
    expect(rejected).toHaveLength(6);
  });
});

describe('siteCspDirectives', () => {
  const policy = parsePolicy(siteCspDirectives(['https://cyberjapandata.gsi.go.jp']).join(';'));

  test('allows exactly what the map needs, and nothing inline', () => {
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('img-src')).toEqual(["'self'", 'data:', 'blob:', 'https://cyberjapandata.gsi.go.jp']);
    expect(policy.get('connect-src')).toEqual(["'self'", 'https://cyberjapandata.gsi.go.jp']);
    expect(policy.get('worker-src')).toEqual(["'self'", 'blob:']);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    expect(policy.get('form-action')).toEqual(["'self'"]);
    expect(policy.get('frame-src')).toEqual(["'none'"]);
    expect([...policy.values()].flat()).not.toContain("'unsafe-inline'");
    // script-src and style-src are Astro's to write, with the page's hashes.
    expect(policy.has('script-src')).toBe(false);
    expect(policy.has('style-src')).toBe(false);
  });

  test('with basemap none, images and connections stay on the site', () => {
    const none = parsePolicy(siteCspDirectives(basemapOrigins('none')).join(';'));
    expect(none.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
    expect(none.get('connect-src')).toEqual(["'self'"]);
  });
});

describe('extraScriptSources', () => {
  test("'wasm-unsafe-eval' on /search/ only, under any base path", () => {
    expect(extraScriptSources('/search/')).toEqual(["'wasm-unsafe-eval'"]);
    expect(extraScriptSources('/care-map/search/', '/care-map/')).toEqual(["'wasm-unsafe-eval'"]);
    expect(extraScriptSources('/care-map/search/', '/care-map')).toEqual(["'wasm-unsafe-eval'"]);
    for (const path of ['/', '/map/', '/search/x/', '/resources/search/', '/searching/'])
      expect(extraScriptSources(path), path).toEqual([]);
  });
});

describe('CSP <meta> of pages with their own policy', () => {
  const site = siteCspDirectives([]);
  const astroMeta = `<meta http-equiv="content-security-policy" content="${site.join(';')}; script-src 'self' 'sha256-AAA='; style-src 'self';">`;
  const ownMeta = `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'unsafe-eval' https://unpkg.com/decap-cms@3.17.3/dist/decap-cms.js">`;

  test("drops Astro's and keeps the page's own", () => {
    const html = `<head><meta charset="utf-8">${ownMeta}<title>x</title>${astroMeta}</head>`;
    const split = splitCspMetas(html, site);
    expect(split.own).toBe(
      "default-src 'self'; script-src 'self' 'unsafe-eval' https://unpkg.com/decap-cms@3.17.3/dist/decap-cms.js",
    );
    expect(cspMetas(split.html).map((meta) => meta.tag)).toEqual([ownMeta]);
  });

  test("leaves a page with only Astro's policy as it is", () => {
    const html = `<head>${astroMeta}</head>`;
    expect(splitCspMetas(html, site)).toEqual({ own: undefined, html });
  });

  test('reads &#39; and &quot; in the content attribute', () => {
    expect(cspMetas(`<meta http-equiv=content-security-policy content="img-src &#39;self&#39;">`)[0].policy).toBe(
      "img-src 'self'",
    );
  });
});

describe('headersFile', () => {
  test('one rule for every path, and one per page with its own policy; all under the base path', () => {
    const file = headersFile({ base: '/care-map/', ownPolicies: [{ path: '/admin/', policy: "default-src 'self'" }] });
    const rules = file.split('\n').filter((line) => line && !line.startsWith('#'));
    expect(rules).toEqual([
      '/care-map/*',
      `  Content-Security-Policy: ${headerPolicy()}`,
      '  X-Content-Type-Options: nosniff',
      '  Referrer-Policy: strict-origin-when-cross-origin',
      '  Permissions-Policy: geolocation=(self), camera=(), microphone=(), interest-cohort=()',
      '/care-map/pagefind/*',
      `  Content-Security-Policy: ${pagefindWorkerPolicy()}`,
      '/care-map/admin/',
      "  Content-Security-Policy: default-src 'self'; frame-ancestors 'none'",
    ]);
  });

  test('the header policy forbids framing and binds nothing the CMS page needs differently', () => {
    const header = parsePolicy(headerPolicy());
    expect(header.get('frame-ancestors')).toEqual(["'none'"]);
    for (const name of ['default-src', 'script-src', 'style-src', 'img-src', 'connect-src'])
      expect(header.has(name), name).toBe(false);
  });
});

describe('pagefindWorkerPolicy', () => {
  test('lets the search worker compile WebAssembly from this site and nothing else', () => {
    const policy = parsePolicy(pagefindWorkerPolicy());
    expect(policy.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(policy.get('default-src')).toEqual(["'self'"]);
  });
});
