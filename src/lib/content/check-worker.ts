/**
 * The helper thread of parallel-check.ts: takes the next file from the shared counter, checks it,
 * and so on until none is left; then returns its results by their place in the list.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { checkTaken, type FileToCheck } from './file-checker.ts';

const { files, next } = workerData as { files: FileToCheck[]; next: Int32Array };
try {
  parentPort!.postMessage({ ok: true, checked: checkTaken(files, next) });
} catch (error) {
  parentPort!.postMessage({ ok: false, message: (error as Error).stack ?? String(error) });
}
