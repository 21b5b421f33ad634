/**
 * Reads a built site's files and lists every link to the site's own pages that would break where
 * the site is published under a base path (BASE_PATH): a root-relative link outside the base, or
 * one inside it that names no built file. Links come from HTML attributes (href, src, action,
 * srcset) and from the web-app manifest, which both name pages of the site by path.
 */
import fs from 'node:fs';
import path from 'node:path';

const ATTRIBUTE = /\s(?:href|src|action|srcset)="([^"]*)"/g;

function filesUnder(dir: string, suffix: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith(suffix))
    .map((name) => path.join(dir, name));
}

/** The site paths one HTML page links to (root-relative only; other links are not the site's). */
function pagePaths(html: string): string[] {
  const found: string[] = [];
  for (const match of html.matchAll(ATTRIBUTE)) {
    for (const candidate of match[1]!.split(',').map((part) => part.trim().split(/\s+/)[0]!)) {
      if (candidate.startsWith('/') && !candidate.startsWith('//')) found.push(candidate);
    }
  }
  return found;
}

function manifestPaths(text: string): string[] {
  const manifest = JSON.parse(text) as {
    start_url?: string;
    scope?: string;
    id?: string;
    icons?: { src: string }[];
  };
  return [manifest.start_url, manifest.scope, manifest.id, ...(manifest.icons ?? []).map((icon) => icon.src)].filter(
    (value): value is string => typeof value === 'string',
  );
}

/** Whether a path inside the base names a file of the build (a folder means its index.html). */
function isBuilt(outDir: string, base: string, sitePath: string): boolean {
  const inside = decodeURI(sitePath.slice(base.length).split(/[?#]/)[0]!);
  const file = path.join(outDir, inside);
  return fs.existsSync(inside === '' || inside.endsWith('/') ? path.join(file, 'index.html') : file);
}

/** "<file>: <link>" for each link that leaves the base or names nothing built. */
export function brokenSiteLinks(outDir: string, base: string): string[] {
  const problems: string[] = [];
  const check = (file: string, links: string[]) => {
    for (const link of links) {
      if (!link.startsWith(base)) problems.push(`${path.relative(outDir, file)}: ${link} (outside ${base})`);
      else if (!isBuilt(outDir, base, link)) problems.push(`${path.relative(outDir, file)}: ${link} (no such file)`);
    }
  };
  for (const file of filesUnder(outDir, '.html')) check(file, pagePaths(fs.readFileSync(file, 'utf8')));
  const manifest = path.join(outDir, 'manifest.webmanifest');
  if (fs.existsSync(manifest)) check(manifest, manifestPaths(fs.readFileSync(manifest, 'utf8')));
  return problems;
}
