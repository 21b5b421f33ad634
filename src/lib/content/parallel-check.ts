/**
 * The two-thread FileChecker (file-checker.ts): on a large content folder, a helper thread checks
 * entry files while the calling thread checks others, each taking the next file from a shared
 * counter until none is left, so the work splits by speed (the helper starts later: it loads its
 * modules first). Each file's checks are its own (YAML, Markdown, text safety, schema); the checks
 * across files stay with loadContent.
 *
 * Kept apart from load.ts so that the pages, which only read what the build has loaded, never
 * bundle a worker.
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import {
  checkEntryFile,
  forEachTaken,
  oneThreadChecker,
  sourceOfChecked,
  type CheckedEntryFile,
  type CheckedFile,
  type FileChecker,
  type FileToCheck,
} from './file-checker.ts';

/** The other thread's side: checks the files it takes from `next`, and returns them by their place in `files`. */
export type HelperThread = (files: FileToCheck[], next: Int32Array) => Promise<Map<number, CheckedFile>>;

/** Below this many entry files, a helper thread costs more than it saves. */
export const HELPER_MIN_FILES = 2_000;

/** A helper in a worker thread when the machine has a second core; undefined when it would only add work. */
export function helperThread(): HelperThread | undefined {
  if (os.availableParallelism() < 2) return undefined;
  return (files, next) =>
    new Promise((resolve, reject) => {
      const worker = new Worker(new URL('./check-worker.ts', import.meta.url), { workerData: { files, next } });
      worker.once('message', (message: { ok: true; checked: Map<number, CheckedFile> } | { ok: false; message: string }) => {
        if (message.ok) resolve(message.checked);
        else reject(new Error(`検証の補助スレッドでエラーが起きました: ${message.message}`));
      });
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`検証の補助スレッドが終了しました（コード ${code}）`)));
    });
}

/** This thread and `helper` share the files of a large folder; a small one is checked here alone. */
export function twoThreadChecker(helper: HelperThread): FileChecker {
  return {
    async checkFiles(files) {
      if (files.length < HELPER_MIN_FILES) return oneThreadChecker.checkFiles(files);
      const next = new Int32Array(new SharedArrayBuffer(4));
      const helped = helper(files.map(({ file, collection }) => ({ file, collection })), next);
      // If this thread fails first, the helper's answer is no longer awaited: keep it from being reported as unhandled.
      helped.catch(() => {});
      const checked: CheckedEntryFile[] = new Array(files.length);
      forEachTaken(next, files.length, (n) => (checked[n] = checkEntryFile(files[n]!)));
      for (const [n, there] of await helped) {
        checked[n] = { data: there.data, problems: there.problems, source: sourceOfChecked(files[n]!, there) };
      }
      return checked;
    },
  };
}

/** The checker for this machine: two threads when it has a second core, one otherwise. */
export function machineFileChecker(): FileChecker {
  const helper = helperThread();
  return helper ? twoThreadChecker(helper) : oneThreadChecker;
}
