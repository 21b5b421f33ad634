/**
 * The Content-Security-Policy of /admin/, the only page that runs the CMS. The page writes it in
 * its own <meta>; the security-headers integration then drops the site-wide policy Astro put
 * there and repeats this one in dist/_headers for that one path. No other page is loosened.
 *
 * What the editor needs, measured in Chromium (docs/publishing.md 「編集画面（CMS）」):
 * - 'unsafe-eval': Decap checks its configuration with ajv, which compiles the check with
 *   new Function(); without it the CMS stops at 「Error loading the CMS configuration」.
 * - style-src 'unsafe-inline': its interface is styled by emotion, which writes <style> elements.
 * - img-src data: blob:: its icons and previews.
 * - GitHub mode: the API (connect-src) and avatars (img-src), and the deployer's OAuth client.
 *   Local mode (`npm run cms`): the local backend is reached through the dev server, same origin.
 * Scripts come only from 'self': the bundle is served from /admin/cms/.
 */
import type { CmsBackend } from './cms-config.ts';

export interface CmsPolicyOptions {
  /** The GitHub backend, when the deployer configured one (CMS_REPO …). */
  backend?: CmsBackend;
  /** `npm run cms`: the local backend only. */
  local?: boolean;
}

/** The policy of a page that loads no CMS (nothing configured): nothing but its own text. */
export const CMS_OFF_POLICY = "default-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'";

export function cmsPolicy(options: CmsPolicyOptions): string {
  if (!options.backend && !options.local) return CMS_OFF_POLICY;
  const github = options.local ? undefined : options.backend;
  const authOrigin = github?.baseUrl ? new URL(github.baseUrl).origin : undefined;
  const connect = ["'self'", ...(github ? ['https://api.github.com'] : []), ...(authOrigin ? [authOrigin] : [])];
  const images = ["'self'", 'data:', 'blob:', ...(github ? ['https://avatars.githubusercontent.com'] : [])];
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    `img-src ${images.join(' ')}`,
    `connect-src ${connect.join(' ')}`,
    "font-src 'self' data:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}
