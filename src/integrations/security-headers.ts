/**
 * After the build: writes dist/_headers (the header file Netlify, Cloudflare Pages and similar
 * static hosts read) and keeps pages that declare their own Content-Security-Policy (/admin/, the
 * CMS) from also carrying Astro's site-wide one — two policies would both apply, and the
 * stricter site policy would block the CMS. See docs/publishing.md 「セキュリティの設定」.
 */
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { cspMetas, headersFile, splitCspMetas } from '../lib/site/csp.ts';
import { relativePath } from '../lib/content/file-paths.ts';

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** Bytes read first: a page's <head> is about 1.2 KB (the CSP <meta> included). */
const HEAD_BYTES = 8 * 1024;

/**
 * The <head> of a page: the policies are <meta> tags there, so at tens of thousands of pages
 * there is no need to read whole files. Falls back to the whole file when </head> is not near
 * the start. Read synchronously: the pages were just written and are in memory, and an awaited
 * read costs three trips through the thread pool (open, read, close) per page — for 11,874 pages
 * 0.2–0.5 s against 0.1 s, at the very end of the build, when nothing else waits for this thread.
 */
const headBuffer = Buffer.allocUnsafe(HEAD_BYTES);
function readHead(file: string): string {
  const fd = openSync(file, 'r');
  try {
    const bytesRead = readSync(fd, headBuffer, 0, HEAD_BYTES, 0);
    const end = headBuffer.subarray(0, bytesRead).indexOf('</head>');
    if (end >= 0) return headBuffer.toString('utf8', 0, end);
  } finally {
    closeSync(fd);
  }
  return readFileSync(file, 'utf8');
}

/** `siteDirectives`: the directives astro.config.mjs gave `security.csp` (to recognise Astro's <meta>). */
export default function securityHeaders(options: { siteDirectives: string[] }): AstroIntegration {
  let base = '/';
  return {
    name: 'security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const ownPolicies: { path: string; policy: string }[] = [];
        const unprotected: string[] = [];
        const files = await htmlFiles(outDir);
        const withOwnPolicy: string[] = [];
        for (const file of files) {
          const head = readHead(file);
          if (cspMetas(head).length === 0) unprotected.push(path.relative(outDir, file));
          else if (splitCspMetas(head, options.siteDirectives).own) withOwnPolicy.push(file);
        }
        for (const file of withOwnPolicy) {
          const split = splitCspMetas(await readFile(file, 'utf8'), options.siteDirectives);
          if (!split.own) continue;
          // The page brings its own policy: drop the one Astro injected, keep the page's.
          await writeFile(file, split.html);
          const relative = relativePath(outDir, path.dirname(file));
          ownPolicies.push({ path: relative ? `/${relative}/` : '/', policy: split.own });
          logger.info(`${path.relative(outDir, file)}: the page's own CSP replaces the site-wide one`);
        }
        if (unprotected.length > 0) {
          // e.g. an HTML file copied from public/: Astro did not render it, so it has no policy.
          logger.warn(
            `CSP がないページがあります: ${unprotected.slice(0, 10).join(', ')}${unprotected.length > 10 ? ` ほか ${unprotected.length - 10} 件` : ''}`,
          );
        }
        await writeFile(path.join(outDir, '_headers'), headersFile({ base, ownPolicies }));
        logger.info('_headers written (CSP frame-ancestors, nosniff, Referrer-Policy, Permissions-Policy)');
      },
    },
  };
}
