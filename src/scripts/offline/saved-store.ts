/**
 * The saved areas in this browser's Cache Storage: save one (fetch every URL of its list and of
 * the shared list, with progress), read what is saved, remove one. Each area has a cache of its
 * own (src/lib/offline/cache-names.ts), so removing it is one delete; the shared files go with
 * the last area. A save is complete only when its list is stored last, as the marker.
 */
import { areaCacheName, areaOfCache, cacheNames } from '../../lib/offline/cache-names.ts';
import type { AreaSaveList } from '../../lib/offline/save-lists.ts';
import { SAVE_REQUEST_HEADER } from '../../lib/offline/sw-routes.ts';
import { BASE, href } from '../../lib/site/paths.ts';

/** What is stored as the marker of a complete save. */
export interface SavedArea {
  area: string;
  name: string;
  /** How many files, and their bytes as stored. */
  count: number;
  bytes: number;
  /** When it was saved (ISO). */
  savedAt: string;
}

const listUrl = (areaId: string) => href(`/offline/areas/${areaId}.json`);
const SAVED_MARKER = (areaId: string) => href(`/offline/areas/${areaId}.saved.json`);
const PARALLEL = 4;

export const offlineSupported = (): boolean => 'serviceWorker' in navigator && 'caches' in window;

async function fetchList<T>(url: string): Promise<T> {
  const response = await fetch(url, { headers: { [SAVE_REQUEST_HEADER]: '1' } });
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as T;
}

/** Fetches `urls` into `cache`, `PARALLEL` at a time; returns the bytes stored and the URLs that failed. */
async function fill(cache: Cache, urls: string[], progress: () => void): Promise<{ bytes: number; failed: string[] }> {
  let bytes = 0;
  const failed: string[] = [];
  const queue = [...urls];
  const worker = async () => {
    for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
      try {
        const response = await fetch(url, { headers: { [SAVE_REQUEST_HEADER]: '1' } });
        if (!response.ok) throw new Error(String(response.status));
        // Read first, then add: `bytes += await …` would read `bytes` before the wait and lose the
        // other workers' additions.
        const size = (await response.clone().arrayBuffer()).byteLength;
        await cache.put(url, response);
        bytes += size;
      } catch {
        failed.push(url);
      }
      progress();
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  return { bytes, failed };
}

export interface SaveProgress {
  done: number;
  total: number;
}

/** Saves one area (and the shared files); resolves with the marker, or rejects naming how many failed. */
export async function saveArea(areaId: string, onProgress: (progress: SaveProgress) => void): Promise<SavedArea> {
  const [list, shared] = await Promise.all([
    fetchList<AreaSaveList>(listUrl(areaId)),
    fetchList<{ pages: string[]; data: string[]; files: string[] }>(href('/offline/shared.json')),
  ]);
  const own = [listUrl(areaId), ...list.pages, ...list.data, ...(list.files ?? [])];
  const common = [...shared.pages, ...shared.data, ...shared.files].filter((url) => !own.includes(url));
  const progress = { done: 0, total: own.length + common.length };
  const step = () => {
    progress.done++;
    onProgress({ ...progress });
  };
  const names = cacheNames(BASE);
  const cache = await caches.open(areaCacheName(BASE, areaId));
  const results = [await fill(await caches.open(names.shared), common, step), await fill(cache, own, step)];
  const failed = results.flatMap((result) => result.failed);
  if (failed.length > 0) throw new SaveError(failed.length, progress.total);
  const saved: SavedArea = {
    area: areaId,
    name: list.name,
    count: progress.total,
    bytes: results.reduce((sum, result) => sum + result.bytes, 0),
    savedAt: new Date().toISOString(),
  };
  await cache.put(SAVED_MARKER(areaId), new Response(JSON.stringify(saved)));
  return saved;
}

export class SaveError extends Error {
  constructor(
    readonly failed: number,
    readonly total: number,
  ) {
    super(`${failed} / ${total}`);
  }
}

/** The areas saved completely on this device, by name. */
export async function savedAreas(): Promise<SavedArea[]> {
  if (!offlineSupported()) return [];
  const areas: SavedArea[] = [];
  for (const name of await caches.keys()) {
    const areaId = areaOfCache(BASE, name);
    if (!areaId) continue;
    const marker = await (await caches.open(name)).match(SAVED_MARKER(areaId));
    if (marker) areas.push((await marker.json()) as SavedArea);
  }
  return areas.sort((a, b) => a.name.localeCompare(b.name, 'ja'));
}

/** Removes a saved area; with the last one, the shared files too. */
export async function removeArea(areaId: string): Promise<void> {
  await caches.delete(areaCacheName(BASE, areaId));
  const left = (await caches.keys()).some((name) => areaOfCache(BASE, name) !== undefined);
  if (!left) await caches.delete(cacheNames(BASE).shared);
}

/** '1.2 MB' / '350 KB': a size in words a reader can compare. */
export function sizeInWords(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** '2026年12月2日 14:05' in Japan's time. */
export const timeInWords = (iso: string): string =>
  new Intl.DateTimeFormat('ja-JP', { timeZone: 'Asia/Tokyo', dateStyle: 'long', timeStyle: 'short' }).format(
    new Date(iso),
  );
