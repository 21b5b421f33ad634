/**
 * The portal's data beside its pages: the map's tiles (portal-tiles.ts) and the search router
 * (write-search-router.ts) are made in a worker thread while Astro builds the pages, so that on a
 * machine with two cores neither waits for the other (at 62 members they take about as long as
 * the pages). Astro empties its output folder when it starts, so the worker writes into a staging
 * folder beside it, and the parts are moved in once both are done.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { PortalMember } from './members.ts';
import type { PortalTiles } from './portal-tiles.ts';
import type { SearchRouterSummary } from './write-search-router.ts';

export interface PortalDataJob {
  members: readonly PortalMember[];
  /** federation.yaml's folder (members' dist paths are relative to it) */
  baseDir: string;
  /** where the worker writes tiles/ and search-router/ */
  staging: string;
}

export interface PortalData {
  tiles: PortalTiles;
  router: SearchRouterSummary;
}

export type PortalDataMessage = ({ ok: true } & PortalData) | { ok: false; message: string };

/** The staging folder for an output folder: beside it (same disk, so the parts move by renaming). */
export function stagingFor(out: string): string {
  return path.join(path.dirname(out), `.${path.basename(out)}-data-${process.pid}`);
}

/** Starts the tiles and the router in a worker thread; the promise settles when both are written. */
export function startPortalData(job: PortalDataJob): Promise<PortalData> {
  fs.rmSync(job.staging, { recursive: true, force: true });
  fs.mkdirSync(job.staging, { recursive: true });
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./portal-data-worker.ts', import.meta.url), { workerData: job });
    worker.once('message', (message: PortalDataMessage) => {
      if (message.ok) resolve({ tiles: message.tiles, router: message.router });
      else reject(new Error(`地図のタイルと検索の案内を作れませんでした: ${message.message}`));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`地図と検索の案内のスレッドが終了しました（コード ${code}）`)));
  });
}

/** Moves what the worker wrote into the built portal and removes the staging folder. */
export function placePortalData(staging: string, out: string): void {
  for (const name of fs.readdirSync(staging)) {
    fs.rmSync(path.join(out, name), { recursive: true, force: true });
    fs.renameSync(path.join(staging, name), path.join(out, name));
  }
  fs.rmSync(staging, { recursive: true, force: true });
}
