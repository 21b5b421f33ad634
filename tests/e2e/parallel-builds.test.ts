/**
 * Two member sites built at the same time from this one checkout, into folders outside it, as
 * `npm run bench:federation` does two at a time. Astro keeps a static build's server chunks in
 * `<cwd>/.astro/.prerender/` when the output folder lies outside the working directory, so two
 * such builds started from the repository deleted each other's chunks (ERR_MODULE_NOT_FOUND);
 * buildAstroSite starts each in a working folder of its own. Both must finish, whole.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { buildAstroSite } from '../../scripts/bench-federation-build.ts';
import { OUTSIDE_VITEST } from './build-site.ts';
import type { RunResult } from '../../scripts/bench-process.ts';

const fixture = path.resolve('tests/fixtures/valid-town');
const MEMBERS = ['minami', 'kita'];
let work: string;
let results: RunResult[];

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'parallel-builds-'));
  results = await Promise.all(
    MEMBERS.map((id) =>
      buildAstroSite({
        outDir: path.join(work, 'members', id),
        // The build is a production build, as from a terminal.
        env: { ...OUTSIDE_VITEST, CONTENT_DIR: fixture, BASE_PATH: `/m/${id}/` },
        log: path.join(work, `${id}.log`),
      }),
    ),
  );
}, 600_000);

afterAll(() => {
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

test('both builds finish with every page and their own base path', () => {
  for (const [i, id] of MEMBERS.entries()) {
    const dist = path.join(work, 'members', id);
    expect(results[i]!.code, fs.readFileSync(path.join(work, `${id}.log`), 'utf8').slice(-2000)).toBe(0);
    expect(JSON.parse(fs.readFileSync(path.join(dist, 'data/site.json'), 'utf8')).municipality.code).toBe('139998');
    expect(fs.readFileSync(path.join(dist, 'search/index.html'), 'utf8')).toContain(`/m/${id}/`);
    expect(fs.readdirSync(dist).some((name) => name.startsWith('pagefind'))).toBe(true);
  }
});

test('no build leaves its server chunks in its output', () => {
  for (const id of MEMBERS) expect(fs.existsSync(path.join(work, 'members', id, '.prerender'))).toBe(false);
});
