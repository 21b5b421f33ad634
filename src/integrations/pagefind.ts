/**
 * Builds the Pagefind search index after Astro has written the site: part of `npm run build`,
 * not a manual step. Indexes the detail pages (resources, areas, networks, organizations);
 * lists, the home page and the search/map pages would only repeat them.
 *
 * Japanese: Pagefind indexes Japanese only for <html lang="ja"> pages (Base.astro) with the
 * extended binary (the npm package's default). Word splitting can differ between index and query
 * time (https://github.com/Pagefind/pagefind/issues/1237); see src/lib/search-terms.ts.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Pages to index, relative to the output folder: one level below each collection's list. */
export const INDEXED_PAGES = '{resources,areas,networks,organizations}/*/index.html';

/** Parts of every page that say nothing about the entry (menus, notices, footer). */
export const EXCLUDED_SELECTORS = [
  '.site-header',
  '.site-footer',
  '.breadcrumbs',
  '.sample-notice',
  '.skip-link',
  '.no-print',
  '.small-map',
  // Lists of other entries (an organization's or an area's resources) would make the page a hit
  // for every name in them; each entry is found on its own page.
  '.cards',
  'section[aria-labelledby^="group-"]',
];

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = Date.now();
        const pagefind = await import('pagefind');
        try {
          const { index, errors } = await pagefind.createIndex({
            // Every page is Japanese; a stray lang on one page must not split the index.
            forceLanguage: 'ja',
            excludeSelectors: EXCLUDED_SELECTORS,
          });
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: outDir, glob: INDEXED_PAGES });
          if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
          if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
          logger.info(`Pagefind: ${added.page_count} pages indexed in ${((Date.now() - started) / 1000).toFixed(1)}s`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
