/**
 * One of the threads that put ふりがな into the built pages (started by src/integrations/furigana.ts
 * when the build starts, so that each loads the analyzer's dictionary while the pages are rendered;
 * a thread cannot use another's). At astro:build:done each is sent its share of the pages.
 */
import { parentPort } from 'node:worker_threads';
import { makeReader, type NamedReading } from '../lib/furigana/reader.ts';
import { addRubyToFiles, type RubyReport } from '../lib/furigana/site-pages.ts';
import { loadTokenizer } from '../lib/text/japanese-analyzer.ts';

/** What the integration sends each thread once the pages are written. */
export interface FuriganaJob {
  outDir: string;
  files: string[];
  names: NamedReading[];
  readings: [string, string][];
}

/** What each thread answers. */
export interface FuriganaResult {
  report: RubyReport;
  /** Names whose kana did not fit their kanji (the same in every thread). */
  unaligned: string[];
}

const tokenizer = loadTokenizer();
parentPort!.once('message', async (job: FuriganaJob) => {
  const reader = makeReader({ tokenizer: await tokenizer, names: job.names, readings: new Map(job.readings) });
  const result: FuriganaResult = { report: addRubyToFiles(job.outDir, job.files, reader), unaligned: reader.unaligned };
  parentPort!.postMessage(result);
});
