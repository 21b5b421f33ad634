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
  const districts = districtLists(dist).map((list) => gzipSum(dist, everything(list)));
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
    sharedGzip: gzipSum(dist, everything(shared)),
    districtGzipMedian: districts[Math.floor(districts.length / 2)] ?? 0,
    districtGzipMax: Math.max(0, ...districts),
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
