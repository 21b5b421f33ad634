/**
 * `npm run bench`'s offline figures (issue 16, item 5): what saving one 地区 transfers, measured
 * in Chromium against the built site (the responses the save button's requests get, counted from
 * the files on disk, raw and gzip level 6 as a compressing host sends them), and from the build's
 * output: the worker's precache, the shared save list, the 地区 lists, the search index, and the
 * registration script a page loads first.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export interface OfflineFigures {
  /** The 地区 measured in the browser (the one with the most pages), and what its save transferred. */
  district?: string;
  saveFiles?: number;
  saveBytes?: number;
  saveGzipBytes?: number;
  /** From disk: gzip bytes. */
  precacheGzip: number;
  precacheFiles: number;
  sharedGzip: number;
  districtGzipMedian: number;
  districtGzipMax: number;
  /** One 地区's save with the shared list (what a first save transfers, counted from disk). */
  districtWithSharedGzipMedian: number;
  districtWithSharedGzipMax: number;
  /** gzip bytes by part (see partOf): the shared list, and the median 地区's own list. */
  sharedParts: Record<string, number>;
  districtParts: Record<string, number>;
  searchIndexGzip: number;
  registrationBytes: number;
  registrationGzip: number;
  workerGzip: number;
}

const fileOf = (dist: string, sitePath: string) => {
  const inside = decodeURIComponent(sitePath.replace(/^\//, ''));
  return path.join(dist, inside === '' || inside.endsWith('/') ? `${inside}index.html` : inside);
};
const gzipOf = (file: string) => zlib.gzipSync(fs.readFileSync(file), { level: 6 }).length;
const gzipSum = (dist: string, paths: string[]) =>
  paths.reduce((sum, p) => sum + (fs.existsSync(fileOf(dist, p)) ? gzipOf(fileOf(dist, p)) : 0), 0);

interface SaveList {
  area: string;
  pages: string[];
  data: string[];
  files: string[];
}
const everything = (list: SaveList) => [...list.pages, ...list.data, ...list.files];

/** What a saved file is, for the figures by part: the kinds of page, map data, bundles, the search index's parts. */
export function partOf(sitePath: string): string {
  const search = /^\/pagefind(?:-\d+|-areas\/[^/]+)?\/(.+)$/.exec(sitePath)?.[1];
  if (search !== undefined) {
    if (/^(?:index|filter|fragment)\//.test(search)) return `search ${search.split('/')[0]}`;
    if (search.startsWith('wasm.')) return 'search wasm';
    if (search === 'pagefind.js') return 'search pagefind.js';
    return 'search entry+meta';
  }
  if (sitePath.startsWith('/_astro/')) return 'scripts+styles';
  if (sitePath.startsWith('/data/')) return 'map data';
  if (/^\/windows\/[^/]+\/[^/]+\/$/.test(sitePath)) return 'finder answers';
  if (sitePath.startsWith('/resources/')) return 'resource pages';
  if (sitePath.startsWith('/areas/')) return 'area pages';
  return 'other';
}

/** gzip bytes of a list by part, largest first. */
function byPart(dist: string, paths: string[]): Record<string, number> {
  const parts: Record<string, number> = {};
  for (const p of paths) parts[partOf(p)] = (parts[partOf(p)] ?? 0) + gzipSum(dist, [p]);
  return Object.fromEntries(Object.entries(parts).sort((a, b) => b[1] - a[1]));
}

/** The 地区 lists: an area whose list names one area page (no areas inside it) and not every resource. */
function districtLists(dist: string): SaveList[] {
  const dir = path.join(dist, 'offline/areas');
  return fs
    .readdirSync(dir)
    .map((name) => JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')) as SaveList)
    .filter((list) => list.pages.filter((page) => /\/areas\/[^/]+\/$/.test(page)).length === 1)
    .sort((a, b) => a.pages.length - b.pages.length);
}

/** The figures from the build's output (the site at '/'). */
export function offlineDiskFigures(dist: string): OfflineFigures {
  const worker = fs.readFileSync(path.join(dist, 'sw.js'), 'utf8');
  const precache = [...worker.matchAll(/"url":"([^"]+)"/g)].map((match) => match[1]!);
  const shared = JSON.parse(fs.readFileSync(path.join(dist, 'offline/shared.json'), 'utf8')) as SaveList;
  const lists = districtLists(dist)
    .map((list) => ({ list, gzip: gzipSum(dist, everything(list)) }))
    .sort((a, b) => a.gzip - b.gzip);
  const districts = lists.map((entry) => entry.gzip);
  const median = lists[Math.floor(lists.length / 2)];
  const sharedGzip = gzipSum(dist, everything(shared));
  const search = shared.files.filter((file) => file.startsWith('/pagefind'));
  const home = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  const register = /src="(\/_astro\/OfflineRegistration[^"]+)"/.exec(home)?.[1];
  const registerCode = register ? fs.readFileSync(fileOf(dist, register), 'utf8') : '';
  const registration = [register, ...[...registerCode.matchAll(/"\.\/([^"]+\.js)"/g)].map((m) => `/_astro/${m[1]}`)]
    .filter((p): p is string => Boolean(p))
    .map((p) => fileOf(dist, p));
  return {
    precacheGzip: gzipSum(dist, precache),
    precacheFiles: precache.length,
    sharedGzip,
    districtGzipMedian: median?.gzip ?? 0,
    districtGzipMax: Math.max(0, ...districts),
    districtWithSharedGzipMedian: (median?.gzip ?? 0) + sharedGzip,
    districtWithSharedGzipMax: Math.max(0, ...districts) + sharedGzip,
    sharedParts: byPart(dist, everything(shared)),
    districtParts: median ? byPart(dist, everything(median.list)) : {},
    searchIndexGzip: gzipSum(dist, search),
    registrationBytes: registration.reduce((sum, file) => sum + fs.statSync(file).size, 0),
    registrationGzip: registration.reduce((sum, file) => sum + gzipOf(file), 0),
    workerGzip: gzipOf(path.join(dist, 'sw.js')),
  };
}

/**
 * Saves the 地区 with the most pages in Chromium (a first visit: the shared files come too) and
 * counts what the save requests got. `open` gives a page of a fresh context with service workers on.
 */
export async function offlineSaveInBrowser(
  dist: string,
  siteUrl: string,
  open: () => Promise<import('playwright-core').Page>,
): Promise<Pick<OfflineFigures, 'district' | 'saveFiles' | 'saveBytes' | 'saveGzipBytes'>> {
  const district = districtLists(dist).at(-1)!.area;
  const page = await open();
  await page.goto(siteUrl);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.goto(`${siteUrl}areas/${district}/`);
  const fetched: string[] = [];
  page.on('requestfinished', (request) => {
    if (request.headers()['x-offline-save']) fetched.push(decodeURIComponent(new URL(request.url()).pathname));
  });
  await page.getByRole('button', { name: 'この地域を端末に保存' }).click();
  await page.getByRole('button', { name: '保存を削除' }).waitFor({ timeout: 600_000 });
  await page.context().close();
  const files = fetched.map((p) => fileOf(dist, p)).filter((file) => fs.existsSync(file));
  return {
    district,
    saveFiles: fetched.length,
    saveBytes: files.reduce((sum, file) => sum + fs.statSync(file).size, 0),
    saveGzipBytes: files.reduce((sum, file) => sum + gzipOf(file), 0),
  };
}
