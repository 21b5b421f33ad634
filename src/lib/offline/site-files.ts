/**
 * The files a built page needs to work without the network: the scripts and styles its HTML
 * names under /_astro/, and, followed through, every chunk those scripts import (statically or
 * with a dynamic import, such as the map library a map page loads on demand). Read from the
 * build's output, so the save lists name exactly what the browser will ask for.
 */

/** Bundled files (scripts, styles, fonts) a page or a chunk can name. */
const ASSET = /_astro\/[\w.~-]+\.(?:js|mjs|css|woff2?|svg|png|wasm)/g;
/** A chunk's relative imports: `from "./x.js"`, `import("./x.js")`. */
const RELATIVE = /["'`]\.\/([\w.~-]+\.(?:js|mjs|css))["'`]/g;

/** The /_astro/ files named in a page or a stylesheet, as site paths below `base` ('/_astro/x.js' for '/'). */
export function namedAssets(text: string, base: string): string[] {
  const prefix = base.replace(/\/?$/, '/');
  return [...new Set([...text.matchAll(ASSET)].map((match) => `${prefix}${match[0]}`))];
}

/** The files a chunk at `chunkPath` (a site path in /_astro/) imports. */
export function chunkImports(code: string, chunkPath: string, base: string): string[] {
  const folder = chunkPath.slice(0, chunkPath.lastIndexOf('/') + 1);
  const relative = [...code.matchAll(RELATIVE)].map((match) => `${folder}${match[1]}`);
  return [...new Set([...relative, ...namedAssets(code, base)])].filter((file) => file !== chunkPath);
}

/**
 * Every /_astro/ file reachable from `start` (site paths), following scripts' imports and
 * stylesheets' URLs. `read` gives a file's text, or undefined when the build has no such file
 * (a name the pattern caught by chance): that name is then left out.
 */
export function assetClosure(start: Iterable<string>, base: string, read: (sitePath: string) => string | undefined) {
  const seen = new Set<string>();
  const queue = [...start];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    const text = read(file);
    if (text === undefined) continue;
    seen.add(file);
    if (/\.(?:m?js|css)$/.test(file)) queue.push(...chunkImports(text, file, base));
  }
  return [...seen].sort();
}

/** The file in the output for a site path: '/care-map/areas/x/' → 'areas/x/index.html' (undefined outside the base). */
export function outputFile(sitePath: string, base: string): string | undefined {
  const prefix = base.replace(/\/?$/, '/');
  if (!sitePath.startsWith(prefix)) return undefined;
  const inside = decodeURIComponent(sitePath.slice(prefix.length));
  return inside === '' || inside.endsWith('/') ? `${inside}index.html` : inside;
}
