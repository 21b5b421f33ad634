/**
 * The worker thread of portal-data.ts: writes the map's tiles and the search router into the
 * staging folder it is given and answers with their summaries (the members' problems included),
 * or with the error that stopped it.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { PortalDataJob, PortalDataMessage } from './portal-data.ts';
import { writePortalTiles } from './portal-tiles.ts';
import { writeSearchRouter } from './write-search-router.ts';

const { members, baseDir, staging } = workerData as PortalDataJob;
let message: PortalDataMessage;
try {
  const tiles = writePortalTiles(members, baseDir, staging);
  const router = await writeSearchRouter(members, baseDir, staging);
  message = { ok: true, tiles, router };
} catch (error) {
  message = { ok: false, message: (error as Error).stack ?? String(error) };
}
parentPort!.postMessage(message);
