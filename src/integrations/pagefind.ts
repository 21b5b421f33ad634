/**
 * Builds the Pagefind search index as part of `npm run build`, beside the pages: at
 * astro:config:done a worker thread (search-index-worker.ts) takes the validated content, makes
 * one small search document per resource, area, network and organization
 * (src/lib/search/search-document.ts) and runs Pagefind on them in its own process, while Astro renders
 * the pages on the main thread; at astro:build:done the index is moved into the output.
 *
 * Indexing documents rather than the built pages means the index is ready about when the pages
 * are, the pages carry no hidden search data, and the index holds only what a search should find.
 *
 * Japanese: the documents are <html lang="ja"> and the index is forced to Japanese; Pagefind's
 * extended binary splits the words. Index-time and query-time splitting can differ
 * (https://github.com/Pagefind/pagefind/issues/1237); see src/lib/search/search-terms.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import type { ModelSource, RenderedBodies } from '../lib/model/load-model.ts';
import { contentDir } from '../lib/content/content-dir.ts';
import { loadContentOnce } from '../lib/content/shared-load.ts';
import { offerRenderedBodies } from '../lib/model/rendered-bodies.ts';
import { isInside } from '../lib/content/file-paths.ts';
import { AREA_SEARCH_ROOT } from '../lib/offline/area-search.ts';

/**
 * Documents per Pagefind index. Pagefind keeps a whole index in memory until it is written, so
 * a larger site is indexed as several indexes one after the other — /pagefind/, /pagefind-2/, …
 * — that the search page merges in the browser (Pagefind multisite, `mergeIndex`);
 * /pagefind/merge.json lists the extra ones. The same entries are found; the order of the hits
 * can differ a little, because each index weighs words by its own documents.
 * PAGEFIND_PAGES_PER_INDEX overrides it (to try the split on a small site, or to trade memory
 * for fewer requests).
 */
export const PAGES_PER_INDEX = 8_000;

/** Items cut into runs of at most `perIndex`, as even as possible, in key order (a collection stays together). */
export function splitIntoIndexes<T>(items: readonly T[], perIndex: number, keyOf: (item: T) => string): T[][] {
  const sorted = [...items].sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0));
  const count = Math.max(1, Math.ceil(sorted.length / perIndex));
  const size = Math.ceil(sorted.length / count);
  return Array.from({ length: count }, (_, index) => sorted.slice(index * size, (index + 1) * size));
}

/** Folder of the n-th index (0-based) inside the output. */
export const indexFolder = (n: number) => (n === 0 ? 'pagefind' : `pagefind-${n + 1}`);

/** What the worker is given. */
export interface IndexJob {
  loaded: ModelSource;
  /** A folder of its own: documents and indexes are made here, then moved into the output. */
  staging: string;
  perIndex: number;
  /** Also each area's own index, for saving an area offline (a build; not the dev server). */
  areaIndexes?: boolean;
}

export interface IndexResult {
  pages: number;
  indexes: number;
  /** Areas' own indexes written (src/lib/offline/area-search.ts). */
  areaIndexes: number;
  /** The site's indexes alone, and everything. */
  indexMs: number;
  ms: number;
}

/** What the worker reports: the rendered bodies first, then the end. */
export type WorkerMessage =
  | { kind: 'bodies'; rendered: RenderedBodies }
  | { kind: 'done'; result: IndexResult }
  | { kind: 'failed'; message: string };

/**
 * Starts the worker at once and gives it the job when `job` resolves, so that the worker loads
 * its modules while the content is still being validated. `done` settles when every index is
 * written into `job.staging/output`; `bodies` when the worker has rendered the bodies (undefined
 * if it ended without them).
 */
export function startIndexing(job: Promise<IndexJob>): {
  done: Promise<IndexResult>;
  bodies: Promise<RenderedBodies | undefined>;
} {
  let bodiesReady!: (rendered: RenderedBodies | undefined) => void;
  const bodies = new Promise<RenderedBodies | undefined>((resolve) => (bodiesReady = resolve));
  const done = new Promise<IndexResult>((resolve, reject) => {
    const worker = new Worker(new URL('./search-index-worker.ts', import.meta.url));
    job.then(
      (value) => worker.postMessage(value),
      (error: Error) => {
        void worker.terminate();
        reject(error);
      },
    );
    let settled = false;
    worker.on('message', (message: WorkerMessage) => {
      if (message.kind === 'bodies') return bodiesReady(message.rendered);
      settled = true;
      if (message.kind === 'done') resolve(message.result);
      else reject(new Error(`検索索引を作れませんでした: ${message.message}`));
    });
    worker.once('error', (error) => {
      settled = true;
      reject(error);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`検索索引の worker が終了しました（コード ${code}）`));
    });
  });
  // Whatever happens to the index, the pages never wait for bodies that will not come.
  done.then(
    () => bodiesReady(undefined),
    () => bodiesReady(undefined),
  );
  return { done, bodies };
}

/** Moves a folder, copying when the two are on different file systems. */
function moveFolder(from: string, to: string): void {
  fs.rmSync(to, { recursive: true, force: true });
  try {
    fs.renameSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    fs.cpSync(from, to, { recursive: true });
    fs.rmSync(from, { recursive: true, force: true });
  }
}

/** The job for the loaded content folder (`raw`, the data as written, is left out: half the copying). */
async function jobFor(staging: string, areaIndexes = false): Promise<IndexJob> {
  const { site, categories, topics, areas, organizations, resources, networks } = await loadContentOnce(contentDir());
  const lean = <T extends { raw?: unknown }>(entries: T[]) => entries.map(({ raw: _raw, ...entry }) => entry);
  return {
    loaded: {
      site,
      categories,
      topics,
      areas: lean(areas),
      organizations: lean(organizations),
      resources: lean(resources),
      networks: lean(networks),
    },
    staging,
    areaIndexes,
    perIndex: Number(process.env.PAGEFIND_PAGES_PER_INDEX) || PAGES_PER_INDEX,
  };
}

/** /pagefind/merge.json: the extra indexes the search page merges (an empty list for one index). */
const mergeList = (indexes: number) =>
  JSON.stringify(Array.from({ length: indexes - 1 }, (_, n) => `${indexFolder(n + 1)}/`));

const DEV_TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
};

export default function pagefindIntegration(): AstroIntegration {
  let building = false;
  let indexing: Promise<IndexResult> | undefined;
  let staging = '';
  let cacheDir = '';
  let giveJob: () => void = () => {};
  let bodies: Promise<RenderedBodies | undefined> | undefined;
  return {
    name: 'pagefind',
    hooks: {
      // The worker starts before the content is validated (this integration comes before
      // content-validation.ts in astro.config.mjs), loads its modules meanwhile, and gets its job
      // at astro:config:done; it then runs beside Astro's bundling and page rendering.
      'astro:config:setup': ({ command, config }) => {
        building = command === 'build';
        if (!building) return;
        staging = path.join(fileURLToPath(config.cacheDir), `search-index-${process.pid}`);
        const job = new Promise<IndexJob>(
          (resolve, reject) => (giveJob = () => jobFor(staging, true).then(resolve, reject)),
        );
        const started = startIndexing(job);
        indexing = started.done;
        // Reported at astro:build:done; an unhandled rejection before then would end the build early.
        indexing.catch(() => {});
        bodies = started.bodies;
      },
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
        if (!building) return;
        // Validated by now (content-validation.ts, at astro:config:setup).
        giveJob();
        // The pages take the bodies the worker renders (src/lib/model/rendered-bodies.ts).
        offerRenderedBodies(contentDir(), bodies!);
      },
      // `npm start`: the same index, made in the background and remade after a content edit, served
      // at /pagefind/ by the dev server, so the search page works while content is edited.
      'astro:server:setup': ({ server, logger }) => {
        const devStaging = path.join(cacheDir, 'search-index-dev');
        const output = path.join(devStaging, 'output');
        let ready: Promise<IndexResult | undefined> = Promise.resolve(undefined);
        const reindex = () => {
          ready = startIndexing(jobFor(devStaging))
            .done.then((result) => {
              fs.writeFileSync(path.join(output, 'pagefind', 'merge.json'), mergeList(result.indexes));
              logger.info(`検索索引を作りました（${result.pages} 件、${(result.ms / 1000).toFixed(1)} 秒）`);
              return result;
            })
            .catch((error: Error) => {
              logger.warn(`検索索引を作れませんでした: ${error.message.split('\n')[0]}`);
              return undefined;
            });
        };
        reindex();
        let timer: NodeJS.Timeout | undefined;
        const dir = contentDir();
        server.watcher.on('all', (_event, file) => {
          if (!isInside(dir, file)) return;
          clearTimeout(timer);
          timer = setTimeout(reindex, 500);
        });
        const prefix = `${server.config.base.replace(/\/?$/, '/')}pagefind`;
        server.middlewares.use(async (request, response, next) => {
          const pathname = decodeURIComponent((request.url ?? '').split('?')[0]!);
          const match = pathname.startsWith(prefix)
            ? /^(pagefind(?:-\d+)?)\/(.+)$/.exec(pathname.slice(prefix.length - 'pagefind'.length))
            : null;
          if (!match) return next();
          await ready;
          const file = path.join(output, match[1]!, match[2]!);
          if (!file.startsWith(output + path.sep) || !fs.existsSync(file)) return next();
          response.setHeader('Content-Type', DEV_TYPES[path.extname(file)] ?? 'application/octet-stream');
          response.end(fs.readFileSync(file));
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!indexing) return;
        const outDir = fileURLToPath(dir);
        const waitStarted = Date.now();
        const result = await indexing;
        const output = path.join(staging, 'output');
        for (let n = 0; n < result.indexes; n++)
          moveFolder(path.join(output, indexFolder(n)), path.join(outDir, indexFolder(n)));
        if (result.areaIndexes > 0)
          moveFolder(path.join(output, AREA_SEARCH_ROOT), path.join(outDir, AREA_SEARCH_ROOT));
        fs.rmSync(staging, { recursive: true, force: true });
        fs.writeFileSync(path.join(outDir, 'pagefind', 'merge.json'), mergeList(result.indexes));
        logger.info(
          `Pagefind: ${result.pages} entries indexed${result.indexes > 1 ? ` into ${result.indexes} indexes` : ''} in ${(result.indexMs / 1000).toFixed(1)}s, ` +
            `${result.areaIndexes} areas' own indexes (for saving offline) in ${((result.ms - result.indexMs) / 1000).toFixed(1)}s, beside the pages ` +
            `(the build waited ${((Date.now() - waitStarted) / 1000).toFixed(1)}s for it)`,
        );
      },
    },
  };
}
