/**
 * The portal's Astro config, passed inline to build() by scripts/portal.ts (the repository keeps
 * one astro.config.mjs, for the municipality's site). Pages in src/portal/pages, the site's styles
 * and components, the same strict CSP; members published on other hosts are allowed as
 * connect-src (their manifests, search indexes and map data are read from there).
 */
import type { AstroInlineConfig } from 'astro';
import securityHeaders from '../integrations/security-headers.ts';
import { basemapOrigins, SCRIPT_SOURCES, siteCspDirectives, STYLE_SOURCES } from '../lib/site/csp.ts';
import type { FederationConfig } from '../lib/federation/federation-config.ts';

/** The origins of members published on another host (https://…); same-host members need none. */
export function memberOrigins(config: FederationConfig): string[] {
  return [...new Set(config.members.filter((m) => /^https?:\/\//.test(m.url)).map((m) => new URL(m.url).origin))];
}

export function portalAstroConfig(options: {
  root: string;
  outDir: string;
  base: string;
  config: FederationConfig;
}): AstroInlineConfig {
  // the map's basemap host (none: no host at all) and members on other hosts
  const directives = siteCspDirectives([...basemapOrigins(options.config.basemap), ...memberOrigins(options.config)]);
  return {
    root: options.root,
    configFile: false,
    srcDir: 'src/portal',
    publicDir: 'public',
    outDir: options.outDir,
    base: options.base,
    trailingSlash: 'always',
    output: 'static',
    build: { format: 'directory' },
    // No code blocks on the portal; Shiki's inline styles would not pass the CSP anyway.
    markdown: { syntaxHighlight: false },
    integrations: [securityHeaders({ siteDirectives: directives })],
    security: {
      csp: {
        algorithm: 'SHA-256',
        directives,
        scriptDirective: { resources: SCRIPT_SOURCES },
        styleDirective: { resources: STYLE_SOURCES },
      },
    },
    devToolbar: { enabled: false },
    cacheDir: process.env.ASTRO_CACHE_DIR || undefined,
    logLevel: 'warn',
  };
}
