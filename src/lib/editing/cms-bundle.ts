/**
 * The editor's code, served from our own origin under /admin/cms/ (src/pages/admin/cms/[file].ts):
 * the prebuilt bundle of the `decap-cms` package (Decap CMS with React, as its authors build it)
 * and the chunks it loads on demand, copied byte for byte from node_modules. No CDN: many
 * municipal networks block them, and a script from another origin on the page that holds a
 * GitHub token would be a supply-chain risk. Node only (reads the installed package).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

/** The bundle's entry file; the page loads it, and it loads its chunks from beside itself. */
export const CMS_ENTRY = 'decap-cms.js';

/** The folder of the installed bundle. */
export function cmsDistDir(): string {
  return path.dirname(require.resolve(`decap-cms/dist/${CMS_ENTRY}`));
}

/** The installed Decap CMS version (shown in docs and the page's comment, checked by the tests). */
export function cmsVersion(): string {
  return (require('decap-cms/package.json') as { version: string }).version;
}

/**
 * The files served: the entry, its numbered chunks and the licence notice the bundle points to.
 * Left out: source maps, the `*.cms.js` duplicate build, and the WebP encoder's .wasm (media
 * uploads, which we do not use; it would also need 'wasm-unsafe-eval').
 */
export function cmsBundleFiles(dir = cmsDistDir()): string[] {
  return readdirSync(dir)
    .filter((name) => name === CMS_ENTRY || /^\d+\.decap-cms\.js$/.test(name) || name === `${CMS_ENTRY}.LICENSE.txt`)
    .sort();
}

/** One served file's bytes; only names from cmsBundleFiles() (the route's static paths) reach here. */
export function cmsBundleFile(name: string, dir = cmsDistDir()): Buffer {
  if (!cmsBundleFiles(dir).includes(name)) throw new Error(`not a CMS bundle file: ${name}`);
  return readFileSync(path.join(dir, name));
}
