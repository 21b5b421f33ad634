/**
 * ふりがな in the built pages: after Astro has written the pages, every Japanese page gets ruby
 * over its kanji (src/lib/furigana/). Readings come from the content's `kana` and readings.yaml,
 * the rest from the analyzer, which runs here at build time only. The analyzer's dictionary is
 * loaded while the pages are rendered; the pages are rewritten while the search index finishes.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentDir } from '../lib/content/content-dir.ts';
import { loadContentOnce } from '../lib/content/shared-load.ts';
import { namedReadings } from '../lib/furigana/names.ts';
import { makeReader, type NamedReading } from '../lib/furigana/reader.ts';
import { addRubyToPages } from '../lib/furigana/site-pages.ts';
import { loadTokenizer, type Tokenizer } from '../lib/text/japanese-analyzer.ts';

/** Pages that are not the residents' (the CMS) keep their text as it is. */
const SKIPPED_FOLDERS = new Set(['admin']);

export default function furiganaIntegration(): AstroIntegration {
  let tokenizer: Promise<Tokenizer> | undefined;
  return {
    name: 'furigana',
    hooks: {
      // After validation (which keeps the main thread busy), before the pages are rendered.
      'astro:build:start': () => {
        tokenizer = loadTokenizer();
        tokenizer.catch(() => {}); // reported at astro:build:done
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!tokenizer) return;
        const loaded = await loadContentOnce(contentDir());
        const named = (entries: readonly { data: NamedReading }[]) => entries.map(({ data }) => data);
        const names = namedReadings(
          named(loaded.areas),
          [loaded.organizations, loaded.resources, loaded.networks].flatMap(named),
        );
        const reader = makeReader({ tokenizer: await tokenizer, names, readings: loaded.readings });
        const report = addRubyToPages(fileURLToPath(dir), reader, SKIPPED_FOLDERS);
        const megabytes = (bytes: number) => (bytes / 1e6).toFixed(1);
        const growth = ((report.bytesAfter / Math.max(1, report.bytesBefore) - 1) * 100).toFixed(1);
        // scripts/bench.ts reads this line.
        logger.info(
          `ふりがな: ${report.pages} pages, ${report.texts} distinct texts read in ${(report.ms / 1000).toFixed(1)}s; ` +
            `HTML ${megabytes(report.bytesBefore)} MB → ${megabytes(report.bytesAfter)} MB (+${growth}%)` +
            (reader.unaligned.length
              ? `; ${reader.unaligned.length} names read by the dictionary (their kana did not fit)`
              : ''),
        );
      },
    },
  };
}
