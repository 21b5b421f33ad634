import { describe, expect, it } from 'vitest';
import { assetClosure, chunkImports, namedAssets, outputFile } from './site-files.ts';

describe('the files a built page needs', () => {
  it('names the /_astro/ scripts and styles of a page, under the base', () => {
    const html =
      '<link rel="stylesheet" href="/care-map/_astro/Base.a1.css"><script type="module" src="/care-map/_astro/page.b2.js"></script><a href="/care-map/areas/">x</a>';
    expect(namedAssets(html, '/care-map/')).toEqual(['/care-map/_astro/Base.a1.css', '/care-map/_astro/page.b2.js']);
  });

  it("follows a chunk's static and dynamic imports", () => {
    const code = 'import{t}from"./paths.x1.js";const m=()=>import("./map-common.y2.js");';
    expect(chunkImports(code, '/_astro/page.js', '/')).toEqual(['/_astro/paths.x1.js', '/_astro/map-common.y2.js']);
  });

  it('closes over imports of imports, once each, and leaves out names the build has no file for', () => {
    const files: Record<string, string> = {
      '/_astro/a.js': 'import"./b.js";import("./c.js")',
      '/_astro/b.js': 'import"./a.js";new URL("_astro/worker.mjs")',
      '/_astro/c.js': '"./ghost.js"',
      '/_astro/worker.mjs': '',
    };
    expect(assetClosure(['/_astro/a.js'], '/', (p) => files[p])).toEqual([
      '/_astro/a.js',
      '/_astro/b.js',
      '/_astro/c.js',
      '/_astro/worker.mjs',
    ]);
  });

  it('maps a site path to its file in the output', () => {
    expect(outputFile('/care-map/', '/care-map/')).toBe('index.html');
    expect(outputFile('/care-map/areas/x/', '/care-map/')).toBe('areas/x/index.html');
    expect(outputFile('/care-map/data/areas.geojson', '/care-map/')).toBe('data/areas.geojson');
    expect(outputFile('/other/areas/', '/care-map/')).toBeUndefined();
  });
});
