/**
 * A helper thread for loadContent (load.ts, `helper`): on a large content folder, it checks entry
 * files while the calling thread checks others, each taking the next file from a shared counter
 * until none is left, so the work splits by speed (the helper starts later: it loads its modules
 * first). Each file's checks are its own (YAML, Markdown, text safety, schema); the checks across
 * files stay with the caller.
 *
 * Kept apart from load.ts so that the pages, which only read what the build has loaded, never
 * bundle a worker.
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CheckedFile, FileToCheck } from './load.ts';

/** A helper when the machine has a second core; undefined when it would only add work. */
export function helperThread(): ((files: FileToCheck[], next: Int32Array) => Promise<Map<number, CheckedFile>>) | undefined {
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
