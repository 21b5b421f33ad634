/**
 * Issue 6, item 8: export the sample town to /data/resources.csv → import that file into an
 * empty content folder → export again → the same bytes. The imported folder must validate.
 */
import { cp, mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../content/load.ts';
import { parseCsv } from '../text/csv.ts';
import { applyChanges } from '../import/apply.ts';
import { importCsv } from '../import/import-csv.ts';
import { RESOURCE_CSV_COLUMNS, resourcesCsv } from './resources-csv.ts';
import { loadModel } from '../model/load-model.ts';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const TODAY = '2026-11-22';

let work: string;
beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'round-trip-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('resources.csv round trip', () => {
  it('export → import into an empty folder → export gives the identical CSV', async () => {
    const { model } = await loadModel(path.join(ROOT, 'content'), TODAY);
    const first = resourcesCsv(model);
    expect(model.resources.length).toBeGreaterThan(100);

    // The empty folder: the town's reference lists only (what a new municipality starts from), no resources.
    const target = path.join(work, 'empty-town');
    await mkdir(target);
    for (const item of ['site.yaml', 'categories.yaml', 'topics.yaml', 'areas', 'organizations']) {
      await cp(path.join(ROOT, 'content', item), path.join(target, item), { recursive: true });
    }
    const empty = await loadContent(target, { today: TODAY });
    expect(empty.resources).toHaveLength(0);

    const result = importCsv(new TextEncoder().encode(first), empty, { verifiedAt: TODAY, source: 'round trip' });
    expect(result.fatal).toBeUndefined();
    expect(result.detected?.layout.id).toBe('site-export');
    expect(result.rejected).toEqual([]);
    expect(result.changes.filter((change) => change.kind === 'new')).toHaveLength(model.resources.length);
    await applyChanges(target, result.changes);

    const { loaded, model: again } = await loadModel(target, TODAY);
    expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const second = resourcesCsv(again);
    if (second !== first) {
      // Show the first differing row and column rather than two 100 kB strings.
      const a = parseCsv(first);
      const b = parseCsv(second);
      const row = a.findIndex((cells, index) => JSON.stringify(cells) !== JSON.stringify(b[index]));
      const column = a[row]?.findIndex((cell, index) => cell !== b[row]?.[index]);
      expect({ row, column: RESOURCE_CSV_COLUMNS[column], after: b[row]?.[column] }).toEqual({
        row,
        column: RESOURCE_CSV_COLUMNS[column],
        after: a[row]?.[column],
      });
    }
    expect(second).toBe(first);
  }, 60_000);

  it('importing the export into the folder it came from changes nothing', async () => {
    const copy = path.join(work, 'same-town');
    await cp(path.join(ROOT, 'content'), copy, { recursive: true });
    const { loaded, model } = await loadModel(copy, TODAY);
    const result = importCsv(new TextEncoder().encode(resourcesCsv(model)), loaded, { verifiedAt: TODAY, source: 'x' });
    const kinds = result.changes.map((change) => change.kind);
    expect(kinds.filter((kind) => kind !== 'unchanged')).toEqual([]);
    expect(kinds).toHaveLength(model.resources.length);
  }, 60_000);
});
