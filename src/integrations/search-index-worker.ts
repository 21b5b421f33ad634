/**
 * Builds the Pagefind index in a worker thread while Astro renders the pages (started by
 * src/integrations/pagefind.ts at astro:config:done, awaited at astro:build:done).
 *
 * It makes the site model from the validated content it is given, writes one small document per
 * entry (src/lib/search/search-document.ts) — a folder per index when the site is split (see
 * PAGES_PER_INDEX) — and runs the Pagefind command on each, one after the other. The command is
 * a separate process, so its work happens on another core than Astro's rendering.
 *
 * The documents wait on a RAM disk when it has room, else in the build cache on disk
 * (src/lib/search/document-staging.ts). The indexes go to the staging folder, next to the output.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parentPort } from 'node:worker_threads';
import { modelFromLoaded, type RenderedBodies } from '../lib/model/load-model.ts';
import { stageDocuments } from '../lib/search/document-staging.ts';
import { documentEntries, type DocumentEntry } from '../lib/search/search-document.ts';
import { clashingPages, saltDocument } from '../lib/search/pagefind-ids.ts';
import { areaSaveList } from '../lib/offline/save-lists.ts';
import {
  AREA_MAX_FRAGMENTS,
  areaSearchDocuments,
  areaSearchFolder,
  areasWithOwnSearch,
  isUnusedSearchFile,
} from '../lib/offline/area-search.ts';
import type { SiteModel } from '../lib/model/model.ts';
import { indexFolder, splitIntoIndexes, type IndexJob, type IndexResult, type WorkerMessage } from './pagefind.ts';

/** Where the documents go when it has room (src/lib/search/document-staging.ts). */
const RAM_DISK = '/dev/shm';

/** Fragment files per index at most (see runPagefind). */
const MAX_FRAGMENTS = Number(process.env.PAGEFIND_MAX_FRAGMENTS) || 1_000;

function runPagefind(site: string, output: string): Promise<void> {
  // The npm package's own launcher picks the extended binary, the one that splits Japanese into words.
  const launcher = fileURLToPath(new URL('runner/bin.cjs', import.meta.resolve('pagefind')));
  return new Promise((resolve, reject) => {
    // --max-fragments: above that many entries an index keeps its result data ("fragments") in
    // shared files of a few entries each instead of one file per entry. At 10,000 resources the
    // output has 8,600 fewer files (and 7 MB less: similar entries compress together), while a
    // result still loads one small file.
    const args = [
      '--site',
      site,
      '--output-path',
      output,
      '--force-language',
      'ja',
      '--max-fragments',
      String(MAX_FRAGMENTS),
      '--silent',
    ];
    const child = spawn(process.execPath, [launcher, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // Pages are the build's critical path; the index has time to spare (the build seldom waits
    // for it), so it runs at a lower priority and takes the core the rendering leaves free. (The
    // launcher starts the binary after this, so the binary inherits the priority.)
    if (child.pid) os.setPriority(child.pid, 10);
    let log = '';
    child.stdout.on('data', (chunk) => (log += chunk));
    child.stderr.on('data', (chunk) => (log += chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`Pagefind exited with ${code}: ${log.trim()}`)),
    );
  });
}

/**
 * Each area's own index (src/lib/offline/area-search.ts), through Pagefind's Node API: one
 * Pagefind process for them all, the documents handed over in memory (`texts`, made once for the
 * site's index). Returns how many were written.
 */
async function buildAreaIndexes(model: SiteModel, texts: Map<string, string>, output: string): Promise<number> {
  // Like the site's index (runPagefind), at a lower priority than the pages: on Linux a thread's
  // priority is its own and a process started from it inherits it, so lowering this worker
  // thread's lowers Pagefind's service process, started by the first createIndex below.
  os.setPriority(10);
  const pagefind = await import('pagefind');
  const urls = new Set(texts.keys());
  let written = 0;
  try {
    for (const areaId of areasWithOwnSearch(model.areas)) {
      const pages = areaSearchDocuments(areaSaveList(model, areaId, (p) => p).pages, urls);
      const { index, errors } = await pagefind.createIndex({
        forceLanguage: 'ja',
        maxFragments: AREA_MAX_FRAGMENTS,
      });
      if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
      await Promise.all(pages.map((url) => index.addHTMLFile({ url, content: texts.get(url)! })));
      const folder = path.join(output, areaSearchFolder(areaId));
      const result = await index.writeFiles({ outputPath: folder });
      if (result.errors.length > 0) throw new Error(`Pagefind: ${result.errors.join('; ')}`);
      await index.deleteIndex();
      for (const name of fs.readdirSync(folder)) if (isUnusedSearchFile(name)) fs.rmSync(path.join(folder, name));
      written++;
    }
  } finally {
    await pagefind.close();
  }
  return written;
}

/** A search document as staged: its file, its page URL and its HTML. */
interface StagedDocument {
  file: string;
  url: string;
  text: string;
}

/**
 * Makes every page's Pagefind name unique across the site's indexes (src/lib/search/pagefind-ids.ts):
 * while a later index holds a name an earlier one has, that index is written again with the
 * clashing pages' documents salted. Rare (about one build in ten at 10,000 entries), so the cost is
 * one more run of one index when it happens.
 */
async function separatePageIds(
  groups: DocumentEntry[][],
  outputs: string[],
  reindex: (documents: StagedDocument[], n: number) => Promise<void>,
): Promise<void> {
  const salts = new Map<string, number>();
  for (let round = 1; ; round++) {
    const clashes = outputs.length > 1 ? clashingPages(outputs) : [];
    if (clashes.length === 0) return;
    if (round > 3)
      throw new Error(
        `Pagefind gave pages of different indexes the same name: ${clashes.map((c) => c.url).join(', ')}`,
      );
    // Entry URLs are the pages' URLs in the index (/resources/<id>/).
    for (const clash of clashes) salts.set(clash.url, round);
    for (const n of new Set(clashes.map((clash) => clash.index))) {
      console.warn(
        `[search] 索引 ${n + 1} に、ほかの索引と同じ名前のページがあったので作り直します（${clashes
          .filter((c) => c.index === n)
          .map((c) => c.url)
          .join(', ')}）。`,
      );
      await reindex(
        groups[n]!.map((entry) => documentOf(entry, salts.get(entry.url))),
        n,
      );
    }
  }
}

function documentOf(entry: DocumentEntry, salt?: number): StagedDocument {
  const text = entry.make();
  return {
    file: path.join(entry.url, 'index.html'),
    url: entry.url,
    text: salt === undefined ? text : saltDocument(text, salt),
  };
}

async function buildIndex(job: IndexJob): Promise<IndexResult> {
  const started = Date.now();
  const rendered: RenderedBodies = new Map();
  const model = await modelFromLoaded(job.loaded, rendered);
  // The pages need the same HTML: hand it over instead of rendering every body twice.
  parentPort!.postMessage({ kind: 'bodies', rendered } satisfies WorkerMessage);
  const entries = documentEntries(model);
  const groups = splitIntoIndexes(entries, job.perIndex, (entry) => entry.url);
  fs.rmSync(job.staging, { recursive: true, force: true });
  fs.mkdirSync(job.staging, { recursive: true });
  const places = { ramDisk: RAM_DISK, disk: job.staging };
  /** Each document's HTML, kept for the area indexes. */
  const texts = new Map<string, string>();
  const stagedDirs: string[] = [];
  let told = false;
  try {
    // One Pagefind at a time (each holds its whole index in memory), but the documents of the
    // next index are written while the previous one is being indexed.
    let indexing: Promise<void> = Promise.resolve();
    for (const [n, group] of groups.entries()) {
      const documents = group.map((entry) => documentOf(entry));
      if (job.areaIndexes) group.forEach((entry, i) => texts.set(entry.url, documents[i]!.text));
      const staged = stageDocuments(documents, places);
      stagedDirs.push(staged.dir);
      if (staged.fallback && !told) console.warn(`[search] 検索用の文書はディスクに置きます（${staged.fallback}）。`);
      told ||= Boolean(staged.fallback);
      await indexing;
      const output = path.join(job.staging, 'output', indexFolder(n));
      indexing = runPagefind(staged.dir, output).then(() => fs.rmSync(staged.dir, { recursive: true, force: true }));
    }
    await indexing;
    const outputs = groups.map((_, n) => path.join(job.staging, 'output', indexFolder(n)));
    await separatePageIds(groups, outputs, (documents, n) => {
      if (job.areaIndexes) for (const document of documents) texts.set(document.url, document.text);
      const staged = stageDocuments(documents, places);
      stagedDirs.push(staged.dir);
      fs.rmSync(outputs[n]!, { recursive: true, force: true });
      return runPagefind(staged.dir, outputs[n]!).then(() => fs.rmSync(staged.dir, { recursive: true, force: true }));
    });
  } finally {
    for (const dir of stagedDirs) fs.rmSync(dir, { recursive: true, force: true });
  }
  const indexMs = Date.now() - started;
  const areaIndexes = job.areaIndexes ? await buildAreaIndexes(model, texts, path.join(job.staging, 'output')) : 0;
  return {
    pages: entries.length,
    indexes: groups.length,
    areaIndexes,
    indexMs,
    ms: Date.now() - started,
  };
}

// Started before the content is validated; the job comes once it is (pagefind.ts).
parentPort!.once('message', (job: IndexJob) =>
  buildIndex(job).then(
    (result) => parentPort!.postMessage({ kind: 'done', result } satisfies WorkerMessage),
    (error: Error) =>
      parentPort!.postMessage({
        kind: 'failed',
        message: error.stack ?? error.message,
      } satisfies WorkerMessage),
  ),
);
