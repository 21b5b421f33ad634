import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { CMS_ENTRY, cmsBundleFile, cmsBundleFiles, cmsDistDir, cmsVersion } from './cms-bundle.ts';

describe('the CMS bundle served from /admin/cms/', () => {
  test("is the installed decap-cms package's own build, with its chunks and licence notice", () => {
    const files = cmsBundleFiles();
    expect(files).toContain(CMS_ENTRY);
    expect(files).toContain(`${CMS_ENTRY}.LICENSE.txt`);
    expect(files.filter((file) => /^\d+\.decap-cms\.js$/.test(file)).length).toBeGreaterThan(10);
    expect(cmsBundleFile(CMS_ENTRY).equals(readFileSync(path.join(cmsDistDir(), CMS_ENTRY)))).toBe(true);
    expect(cmsVersion()).toMatch(/^3\./);
  });

  test('leaves out source maps, the duplicate build and the media encoder', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'cms-bundle-'));
    mkdirSync(dir, { recursive: true });
    for (const name of [
      'decap-cms.js',
      'decap-cms.js.map',
      '12.decap-cms.js',
      '12.cms.js',
      'cms.js',
      'ab12.wasm',
      'decap-cms.js.LICENSE.txt',
    ]) {
      writeFileSync(path.join(dir, name), name);
    }
    expect(cmsBundleFiles(dir)).toEqual(['12.decap-cms.js', 'decap-cms.js', 'decap-cms.js.LICENSE.txt']);
    expect(() => cmsBundleFile('ab12.wasm', dir)).toThrow(/not a CMS bundle file/);
    expect(() => cmsBundleFile('../package.json', dir)).toThrow(/not a CMS bundle file/);
  });
});
