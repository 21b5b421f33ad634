/**
 * After the build (and after the search index is in place: this integration comes after
 * pagefind.ts in astro.config.mjs, and Astro runs each astro:build:done in turn): completes the
 * save lists the pages wrote (/offline/areas/<id>.json, see src/lib/offline/save-lists.ts) with
 * the scripts, styles and search-index files their pages need and what it all weighs, writes
 * /offline/shared.json, and builds the service worker /sw.js (src/scripts/offline/sw.ts bundled
 * with esbuild; Workbox's injectManifest adds the precache: the offline page and its files).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { injectManifest } from 'workbox-build';
import { assetClosure, namedAssets, outputFile } from '../lib/offline/site-files.ts';
import type { AreaSaveList } from '../lib/offline/save-lists.ts';
import { areaSearchFolder, isUnusedSearchFile } from '../lib/offline/area-search.ts';

type SharedList = { pages: string[]; data: string[] };

const swSource = fileURLToPath(new URL('../scripts/offline/sw.ts', import.meta.url));

/** The build's output read as the browser would ask for it (site paths below `base`). */
function outputReader(outDir: string, base: string) {
  const bytes = new Map<string, number>();
  const read = (sitePath: string): string | undefined => {
    const file = outputFile(sitePath, base);
    if (!file) return undefined;
    try {
      return fs.readFileSync(path.join(outDir, file), 'utf8');
    } catch {
      return undefined;
    }
  };
  const size = (sitePath: string): number => {
    if (!bytes.has(sitePath)) {
      const file = outputFile(sitePath, base);
      bytes.set(
        sitePath,
        file && fs.existsSync(path.join(outDir, file)) ? fs.statSync(path.join(outDir, file)).size : 0,
      );
    }
    return bytes.get(sitePath)!;
  };
  /** The /_astro/ files the pages need, followed through their imports. */
  const assetsOf = (pages: string[]) =>
    assetClosure(
      pages.flatMap((page) => namedAssets(read(page) ?? '', base)),
      base,
      read,
    );
  return { read, size, assetsOf };
}

/** The files of one search bundle below `folder` (a path in the output), as site paths; the fragments too unless `withFragments` is false. */
function searchBundle(outDir: string, base: string, folder: string, withFragments = true): string[] {
  const dir = path.join(outDir, folder);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && (withFragments || !entry.parentPath.includes(`${path.sep}fragment`)))
    .filter((entry) => !isUnusedSearchFile(entry.name) && entry.name !== 'merge.json')
    .map(
      (entry) => `${base}${path.relative(outDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')}`,
    )
    .sort();
}

/** Every file of the site's own search index but the per-entry fragments: what a search of the whole town needs to run at all. */
function searchCore(outDir: string, base: string): string[] {
  const folders = fs.readdirSync(outDir).filter((name) => /^pagefind(?:-\d+)?$/.test(name));
  const merge = folders.includes('pagefind') ? [`${base}pagefind/merge.json`] : [];
  return [...merge, ...folders.flatMap((folder) => searchBundle(outDir, base, folder, false))].sort();
}

/** Page URL → the search fragment that shows it in results (Pagefind keeps each entry's as gzip JSON). */
function fragmentsByPage(outDir: string, base: string): Map<string, string> {
  const byPage = new Map<string, string>();
  for (const folder of fs.readdirSync(outDir).filter((name) => /^pagefind(?:-\d+)?$/.test(name))) {
    const dir = path.join(outDir, folder, 'fragment');
    if (!fs.existsSync(dir)) continue;
    for (const name of fs.readdirSync(dir)) {
      const text = zlib.gunzipSync(fs.readFileSync(path.join(dir, name))).toString('utf8');
      const url = /"url":"([^"]+)"/.exec(text)?.[1];
      // The index names pages from the site's root; a page named with the base already stays as it is.
      if (url)
        byPage.set(
          url.startsWith(base) && base !== '/' ? url : `${base}${url.replace(/^\//, '')}`,
          `${base}${folder}/fragment/${name}`,
        );
    }
  }
  return byPage;
}

const total = (paths: string[], size: (p: string) => number) => paths.reduce((sum, p) => sum + size(p), 0);

/** Completes every area's list and writes the shared one; returns the files of the shared list. */
function writeSaveLists(outDir: string, base: string, href: (p: string) => string): string[] {
  const reader = outputReader(outDir, base);
  const written = JSON.parse(fs.readFileSync(path.join(outDir, 'offline/shared.json'), 'utf8')) as SharedList;
  const shared = {
    pages: written.pages.map(href),
    data: written.data.map(href),
  };
  // The search index is not shared: each area saves its own (src/lib/offline/area-search.ts).
  const sharedFiles = reader.assetsOf(shared.pages);
  const sharedAll = [...shared.pages, ...shared.data, ...sharedFiles];
  const sharedSet = new Set(sharedAll);
  fs.writeFileSync(
    path.join(outDir, 'offline/shared.json'),
    JSON.stringify({
      ...shared,
      files: sharedFiles,
      bytes: total(sharedAll, reader.size),
    }),
  );
  const fragments = fragmentsByPage(outDir, base);
  const areasDir = path.join(outDir, 'offline/areas');
  for (const name of fs.existsSync(areasDir) ? fs.readdirSync(areasDir) : []) {
    const file = path.join(areasDir, name);
    const written = JSON.parse(fs.readFileSync(file, 'utf8')) as AreaSaveList;
    const list = {
      ...written,
      pages: written.pages.map(href),
      data: written.data.map(href),
    };
    const pageFiles = reader.assetsOf(list.pages).filter((asset) => !sharedSet.has(asset));
    // The area's own index; the whole town (no index of its own) the site's index and its pages' fragments.
    const ownIndex = searchBundle(outDir, base, areaSearchFolder(list.area));
    const searchFiles =
      ownIndex.length > 0
        ? ownIndex
        : [...searchCore(outDir, base), ...list.pages.flatMap((page) => fragments.get(page) ?? [])];
    const files = [...new Set([...pageFiles, ...searchFiles])];
    const bytes = total([...list.pages, ...list.data, ...files], reader.size);
    fs.writeFileSync(file, JSON.stringify({ ...list, files, bytes }));
  }
  return sharedFiles;
}

/** /sw.js: our worker bundled with Workbox's modules, and the precache list injected. */
async function buildWorker(outDir: string, base: string) {
  const staging = fs.mkdtempSync(path.join(os.tmpdir(), 'offline-sw-'));
  try {
    const bundled = path.join(staging, 'sw.js');
    const sections = fs.readdirSync(outDir).filter((name) => !name.startsWith('.'));
    await build({
      entryPoints: [swSource],
      bundle: true,
      format: 'iife',
      minify: true,
      target: 'es2022',
      outfile: bundled,
      logLevel: 'silent',
      define: {
        __OFFLINE_BASE__: JSON.stringify(base),
        __OFFLINE_SECTIONS__: JSON.stringify(sections),
        'process.env.NODE_ENV': '"production"',
      },
    });
    const reader = outputReader(outDir, base);
    const offlinePage = `${base}offline/`;
    const precache = [offlinePage, ...reader.assetsOf([offlinePage])].map((p) => outputFile(p, base)!);
    return await injectManifest({
      swSrc: bundled,
      swDest: path.join(outDir, 'sw.js'),
      globDirectory: outDir,
      globPatterns: [...precache, 'manifest.webmanifest', 'icons/*.svg'],
      modifyURLPrefix: { '': base },
      maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
    });
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

export default function offline(): AstroIntegration {
  let base = '/';
  return {
    name: 'offline',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/, '/');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const href = (p: string) => `${base}${p.replace(/^\//, '')}`;
        const sharedFiles = writeSaveLists(outDir, base, href);
        const worker = await buildWorker(outDir, base);
        const swBytes = fs.statSync(path.join(outDir, 'sw.js')).size;
        logger.info(
          `offline: sw.js ${(swBytes / 1024).toFixed(1)} KB, precache ${worker.count} files ` +
            `${(worker.size / 1024).toFixed(1)} KB; the shared save list names ${sharedFiles.length} files`,
        );
        for (const warning of worker.warnings) logger.warn(`offline: ${warning}`);
      },
    },
  };
}
