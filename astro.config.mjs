// @ts-check
import { defineConfig } from 'astro/config';
import contentValidation from './src/integrations/content-validation.ts';
import pagefind from './src/integrations/pagefind.ts';
import offline from './src/integrations/offline.ts';
import furigana from './src/integrations/furigana.ts';
import { siteMarkdown } from './src/lib/content/markdown-processor.ts';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import securityHeaders from './src/integrations/security-headers.ts';
import { contentDir } from './src/lib/content/content-dir.ts';
import { readWithoutFollowing } from './src/lib/content/no-follow.ts';
import {
  basemapOrigins,
  extraMapOrigins,
  SCRIPT_SOURCES,
  siteCspDirectives,
  STYLE_SOURCES,
} from './src/lib/site/csp.ts';

// No usage data leaves the machine: set here rather than as a `VAR=value` prefix in package.json,
// which cmd and PowerShell do not understand. Astro reads it when it records an event, after
// loading this file.
process.env.ASTRO_TELEMETRY_DISABLED ??= '1';

// Astro lets any environment variable replace `import.meta.env.<NAME>` in the pages, its own
// BASE_URL, SITE and ASSETS_PREFIX included: a BASE_URL left in the environment (Vitest sets one
// to '/'; some CI systems have their own) made every page link ignore BASE_PATH while the
// stylesheets kept it. The base comes from BASE_PATH alone.
for (const name of ['BASE_URL', 'SITE', 'ASSETS_PREFIX']) delete process.env[name];

// BASE_PATH: where the site is served (e.g. /care-map/ on GitHub Pages); SITE_URL: its origin.
const base = process.env.BASE_PATH || '/';

// CSP: the map's tile host is whatever the content's site.yaml names as `map.basemap`
// (src/lib/site/csp.ts). A missing or broken site.yaml is reported by the validator, not here;
// a link in its place is not followed (the validator refuses it too).
function configuredBasemap() {
  try {
    const text = readWithoutFollowing(path.join(contentDir(), 'site.yaml')).toString('utf8');
    const basemap = parseYaml(text)?.map?.basemap;
    return typeof basemap === 'string' ? basemap : undefined;
  } catch {
    return undefined;
  }
}
const extraOrigins = extraMapOrigins(process.env.MAP_EXTRA_ORIGINS);
if (extraOrigins.rejected.length > 0) {
  throw new Error(`MAP_EXTRA_ORIGINS: ${extraOrigins.rejected.join(' ')} は https://host の形の origin ではありません`);
}
const cspDirectives = siteCspDirectives([...basemapOrigins(configuredBasemap()), ...extraOrigins.origins]);

export default defineConfig({
  site: process.env.SITE_URL || undefined,
  base,
  trailingSlash: 'always',
  output: 'static',
  build: { format: 'directory' },
  // The remark/rehype pipeline with the sanitizer (Astro 7 defaults to Sätteri); the pages render
  // the bodies with this same config (src/lib/content/markdown-processor.ts).
  markdown: siteMarkdown,
  // Order matters: pagefind starts its worker before content-validation validates (astro:config:setup),
  // and security-headers reads the pages and furigana rewrites their text while the search index is
  // finishing (astro:build:done; the hooks run in this order, furigana before pagefind waits);
  // offline comes after pagefind, whose index its save lists and service worker name.
  integrations: [
    securityHeaders({ siteDirectives: cspDirectives }),
    furigana(),
    pagefind(),
    offline(),
    contentValidation(),
  ],
  // A strict CSP on every page: Astro writes a <meta> with the hashes of each page's own
  // scripts and styles (never 'unsafe-inline'); /search/ adds 'wasm-unsafe-eval' in Base.astro.
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: cspDirectives,
      scriptDirective: { resources: SCRIPT_SOURCES },
      styleDirective: { resources: STYLE_SOURCES },
    },
  },
  devToolbar: { enabled: false },
  // Separate caches let several builds run side by side (tests, benchmarks).
  cacheDir: process.env.ASTRO_CACHE_DIR || undefined,
});
