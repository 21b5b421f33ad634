/**
 * ふりがな in the built pages: after Astro has written the pages, every Japanese page gets ruby
 * over its kanji (src/lib/furigana/). Readings come from the content's `kana` and readings.yaml,
 * the rest from the analyzer, which runs here at build time only. One worker thread per core
 * (furigana-worker.ts) loads the analyzer's dictionary while the pages are rendered; when they are
 * written, each thread gets its share of them, while the search index finishes.
 *
 * FURIGANA=off leaves the pages without readings: it exists for `npm run bench -- --furigana`,
 * which measures the build with and without this step.
 */
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { contentDir } from '../lib/content/content-dir.ts';
import { loadContentOnce } from '../lib/content/shared-load.ts';
import { namedReadings } from '../lib/furigana/names.ts';
import type { NamedReading } from '../lib/furigana/reader.ts';
import { htmlFiles, shareOut, sumReports, type RubyReport } from '../lib/furigana/site-pages.ts';
import type { FuriganaJob, FuriganaResult } from './furigana-worker.ts';

/** Pages that are not the residents' (the CMS) keep their text as it is. */
const SKIPPED_FOLDERS = new Set(['admin']);
/** More threads than this would each load the dictionary for little gain. */
const MOST_THREADS = 4;

interface Thread {
  run(job: FuriganaJob): Promise<FuriganaResult>;
}

/** A thread that loads the dictionary now and waits for its pages (it does not keep the process alive until then). */
function startThread(): Thread {
  const worker = new Worker(new URL('./furigana-worker.ts', import.meta.url));
  worker.unref();
  const result = new Promise<FuriganaResult>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`ふりがなの処理が終了コード ${code} で止まりました`)));
  });
  result.catch(() => {}); // reported when the pages are sent (astro:build:done)
  return {
    run(job) {
      worker.ref();
      worker.postMessage(job);
      return result;
    },
  };
}

/** The names staff gave readings for, as the threads want them. */
async function contentReadings(): Promise<Pick<FuriganaJob, 'names' | 'readings'>> {
  const loaded = await loadContentOnce(contentDir());
  const named = (entries: readonly { data: NamedReading }[]) => entries.map(({ data }) => data);
  const names = namedReadings(
    named(loaded.areas),
    [loaded.organizations, loaded.resources, loaded.networks].flatMap(named),
  );
  return { names, readings: [...loaded.readings] };
}

function logReport(
  logger: AstroIntegrationLogger,
  report: RubyReport,
  threads: number,
  ms: number,
  unaligned: string[],
) {
  const megabytes = (bytes: number) => (bytes / 1e6).toFixed(1);
  const growth = ((report.bytesAfter / Math.max(1, report.bytesBefore) - 1) * 100).toFixed(1);
  // scripts/bench.ts reads this line.
  logger.info(
    `ふりがな: ${report.pages} pages, ${report.texts} distinct texts read in ${(ms / 1000).toFixed(1)}s ` +
      `(${threads} threads, ${report.rewritten} pages with ruby); ` +
      `HTML ${megabytes(report.bytesBefore)} MB → ${megabytes(report.bytesAfter)} MB (+${growth}%)` +
      (unaligned.length ? `; ${unaligned.length} names read by the dictionary (their kana did not fit)` : ''),
  );
}

export default function furiganaIntegration(): AstroIntegration {
  let threads: Thread[] = [];
  return {
    name: 'furigana',
    hooks: {
      // After validation (which keeps the main thread busy), before the pages are rendered.
      'astro:build:start': ({ logger }) => {
        if (process.env.FURIGANA === 'off') logger.warn('FURIGANA=off: ページにふりがなを入れません（計測用）');
        else threads = Array.from({ length: Math.min(os.availableParallelism(), MOST_THREADS) }, startThread);
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (threads.length === 0) return;
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        const readings = await contentReadings();
        const shares = shareOut(htmlFiles(outDir, SKIPPED_FOLDERS), threads.length);
        const results = await Promise.all(
          threads.map((thread, index) => thread.run({ outDir, files: shares[index]!, ...readings })),
        );
        const report = sumReports(results.map((result) => result.report));
        logReport(logger, report, threads.length, performance.now() - started, results[0]?.unaligned ?? []);
      },
    },
  };
}
