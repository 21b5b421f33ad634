/**
 * sitemap.xml: every public HTML page. Static pages are found from the files under src/pages
 * (so a page added later appears without editing a list); pages with a parameter are listed
 * from the model for the routes we know. Admin, print and error pages stay out.
 */
import type { SiteModel } from '../model/model.ts';
import { AUDIENCES, TARGETS } from '../../schemas/index.ts';
import { escapeXml } from './text.ts';

/** Routes that are not for search engines. */
const EXCLUDED = [/^admin\//, /^print\//, /^404\.astro$/, /^500\.astro$/];

/** Parameter routes → the ids they are built for. */
function dynamicPaths(route: string, model: SiteModel): string[] | undefined {
  const ids = (list: readonly { id: string }[]) => list.map((item) => item.id);
  const table: Record<string, string[]> = {
    'resources/[id]': ids(model.resources),
    'areas/[id]': ids(model.areas),
    'networks/[id]': ids(model.networks),
    'organizations/[id]': ids(model.organizations),
    'resources/category/[id]': ids(model.categories),
    'resources/target/[id]': TARGETS.filter((target) => model.targetsInUse.has(target)),
    'windows/[topic]': ids(model.topics),
    'resources/audience/[id]': AUDIENCES.filter((audience) =>
      model.resources.some((resource) => resource.audience.includes(audience)),
    ),
  };
  const values = table[route];
  return values?.map((value) => `/${route.replace(/\[[^\]]+\]/, value)}/`);
}

/**
 * Site paths (with leading and trailing slash, before the base path) from page files relative
 * to src/pages, e.g. ['index.astro', 'resources/[id].astro'].
 */
export function sitemapPaths(pageFiles: readonly string[], model: SiteModel): string[] {
  const paths = new Set<string>();
  for (const file of pageFiles) {
    if (!file.endsWith('.astro') || EXCLUDED.some((pattern) => pattern.test(file))) continue;
    // Astro does not route files or folders whose name starts with _ (partials, helpers).
    if (file.split('/').some((segment) => segment.startsWith('_'))) continue;
    const route = file.replace(/\.astro$/, '').replace(/(^|\/)index$/, '');
    if (route.includes('[')) {
      for (const path of dynamicPaths(route, model) ?? []) paths.add(path);
    } else {
      paths.add(route ? `/${route}/` : '/');
    }
  }
  return [...paths].sort();
}

/**
 * The XML. Sitemaps need absolute URLs, which need the site's origin (SITE_URL); without it the
 * locations are written relative to the host and a comment says so.
 */
export function sitemapXml(paths: readonly string[], base: string, site?: string): string {
  const prefix = base.replace(/\/?$/, '');
  const location = (path: string) => (site ? new URL(`${prefix}${path}`, site).href : `${prefix}${path}`);
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>'];
  if (!site)
    lines.push(
      '<!-- SITE_URL が設定されていないため、URL はサイトの中の位置だけで書いています。公開するときは SITE_URL=https://… を付けてビルドしてください。 -->',
    );
  lines.push('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
  for (const path of paths) lines.push(`  <url><loc>${escapeXml(location(path))}</loc></url>`);
  lines.push('</urlset>', '');
  return lines.join('\n');
}
