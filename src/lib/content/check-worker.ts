/** The helper thread of parallel-check.ts: checks the files it is given, one by one, in order. */
import { parentPort, workerData } from 'node:worker_threads';
import { checkContentFile, type FileToCheck } from './load.ts';

try {
  parentPort!.postMessage({ ok: true, checked: (workerData as FileToCheck[]).map(checkContentFile) });
} catch (error) {
  parentPort!.postMessage({ ok: false, message: (error as Error).stack ?? String(error) });
}
