/**
 * Builds the Pagefind search index after Astro has written the site: part of `npm run build`,
 * not a manual step. Indexes the detail pages (resources, areas, networks, organizations);
 * lists, the home page and the search/map pages would only repeat them.
 *
 * Japanese: Pagefind indexes Japanese only for <html lang="ja"> pages (Base.astro) with the
 * extended binary (the npm package's default). Word splitting can differ between index and query
 * time (https://github.com/Pagefind/pagefind/issues/1237); see src/lib/search-terms.ts.
 */
import fs from 'node:fs';
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

/**
 * Pages per Pagefind index. Pagefind keeps a whole index in memory until it is written (about
 * 0.25 MB per page here: 2.7 GB at 10,000 pages, 11.7 GB at 50,000), so a larger site is indexed
 * as several indexes one after the other — /pagefind/, /pagefind-2/, … — that the search page
 * merges in the browser (Pagefind multisite, `mergeIndex`); /pagefind/merge.json lists the extra
 * ones. The same pages are found; the order of the hits can differ a little, because each index
 * weighs words by its own pages. PAGEFIND_PAGES_PER_INDEX overrides it (e.g. to try the split on
 * a small site, or to trade memory for fewer requests).
 */
export const PAGES_PER_INDEX = 8_000;

/** Pages cut into runs of at most `perIndex`, as even as possible, in path order (a category stays together). */
export function splitIntoIndexes(pages: readonly string[], perIndex: number): string[][] {
  const sorted = [...pages].sort();
  const count = Math.max(1, Math.ceil(sorted.length / perIndex));
  const size = Math.ceil(sorted.length / count);
  return Array.from({ length: count }, (_, index) => sorted.slice(index * size, (index + 1) * size));
}

/** Folder of the n-th index (0-based) inside the output. */
export const indexFolder = (n: number) => (n === 0 ? 'pagefind' : `pagefind-${n + 1}`);

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = Date.now();
        const pagefind = await import('pagefind');
        const perIndex = Number(process.env.PAGEFIND_PAGES_PER_INDEX) || PAGES_PER_INDEX;
        const pages = fs.globSync(INDEXED_PAGES, { cwd: outDir });
        const groups = pages.length > perIndex ? splitIntoIndexes(pages, perIndex) : [undefined];
        let indexed = 0;
        try {
          for (const [n, group] of groups.entries()) {
            const { index, errors } = await pagefind.createIndex({
              // Every page is Japanese; a stray lang on one page must not split the index.
              forceLanguage: 'ja',
              excludeSelectors: EXCLUDED_SELECTORS,
            });
            if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
            if (!group) {
              const added = await index.addDirectory({ path: outDir, glob: INDEXED_PAGES });
              if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
              indexed += added.page_count;
            } else {
              // A few files in flight at a time: the service answers each one.
              for (let start = 0; start < group.length; start += 64) {
                const added = await Promise.all(
                  group.slice(start, start + 64).map(async (sourcePath) =>
                    index.addHTMLFile({ sourcePath, content: await fs.promises.readFile(path.join(outDir, sourcePath), 'utf8') }),
                  ),
                );
                const failed = added.flatMap((result) => result.errors);
                if (failed.length > 0) throw new Error(`Pagefind: ${failed.join('; ')}`);
                indexed += added.length;
              }
            }
            const written = await index.writeFiles({ outputPath: path.join(outDir, indexFolder(n)) });
            if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
            // Frees the service's memory before the next index.
            await index.deleteIndex();
          }
          // The search page reads this to merge the other indexes (an empty list for one index).
          const extra = groups.slice(1).map((_, n) => `${indexFolder(n + 1)}/`);
          fs.writeFileSync(path.join(outDir, 'pagefind', 'merge.json'), JSON.stringify(extra));
          logger.info(
            `Pagefind: ${indexed} pages indexed${groups.length > 1 ? ` into ${groups.length} indexes` : ''} in ${((Date.now() - started) / 1000).toFixed(1)}s`,
          );
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
