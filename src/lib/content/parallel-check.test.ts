/**
 * The helper thread (parallel-check.ts) must change nothing but the time: on a generated folder
 * large enough to use it, the loaded content and every diagnostic — file, line, column, field,
 * message — are the same with and without it, including problems found in the helper's half by
 * the checks across files (whose positions are looked up again afterwards).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generateContent } from '../../../scripts/generate-content.ts';
import { checkTaken } from './file-checker.ts';
import { loadContent, type LoadedContent } from './load.ts';
import { formatLine } from './report.ts';
import { HELPER_MIN_FILES, helperThread, twoThreadChecker, type HelperThread } from './parallel-check.ts';

const TODAY = '2026-11-22';
let dir: string;
let alone: LoadedContent;
let helped: LoadedContent;
/** How many files the helper checked. */
let helperFiles = 0;

const lastFile = (folder: string) => fs.readdirSync(folder).sort().map((name) => path.join(folder, name)).at(-1)!;
const edit = (file: string, change: (text: string) => string) => fs.writeFileSync(file, change(fs.readFileSync(file, 'utf8')));

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parallel-check-'));
  generateContent({ resources: HELPER_MIN_FILES + 100, out: dir });
  // Problems at the end of the list (the helper's half) and one at the start (this thread's).
  const lastWindow = lastFile(path.join(dir, 'resources/windows'));
  edit(lastWindow, (text) => text.replace(/^servesAreas: \[.*\]$/m, 'servesAreas: [no-such-district]')); // across files
  edit(lastWindow, (text) => text.replace(/^phone: .*$/m, 'phone: "電話番号"')); // schema
  const lastNetwork = lastFile(path.join(dir, 'networks'));
  edit(lastNetwork, (text) => text.replace(/^---\n/, '---\nname: [unclosed\n')); // YAML
  fs.writeFileSync(path.join(dir, 'resources/windows/zz-sjis.md'), Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0x83, 0x65, 0x0a])); // not UTF-8
  const firstArea = fs.readdirSync(path.join(dir, 'areas')).sort()[0]!;
  edit(path.join(dir, 'areas', firstArea), (text) => `${text}\nunknownField: 1\n`);

  alone = await loadContent(dir, { today: TODAY });
  const helper = helperThread()!;
  helped = await loadContent(dir, {
    today: TODAY,
    fileChecker: twoThreadChecker(async (files, next) => {
      const checked = await helper(files, next);
      helperFiles = checked.size;
      return checked;
    }),
  });
}, 120_000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A helper (in this thread) that takes every file before this thread starts: all positions are then looked up again. */
const takeAll: HelperThread = async (...args) => checkTaken(...args);

describe('checking with a helper thread', () => {
  test('the helper checks part of a folder this large, and this thread the rest', () => {
    expect(helperFiles).toBeGreaterThan(0);
    expect(helperFiles).toBeLessThan(helped.resources.length);
  });

  test('the same diagnostics, to the column, in the same order', () => {
    const lines = (loaded: LoadedContent) => loaded.diagnostics.map((d) => formatLine(d));
    expect(lines(helped)).toEqual(lines(alone));
    const text = lines(helped).join('\n');
    // The cross-file problem in the helper's half points at the line where it is written.
    const dangling = helped.diagnostics.find((d) => d.rule === 'dangling-reference');
    expect(dangling?.field).toBe('servesAreas[0]');
    expect(dangling?.line).toBeGreaterThan(1);
    expect(text).toContain('no-such-district');
    expect(helped.diagnostics.some((d) => d.rule === 'encoding' && d.file.endsWith('zz-sjis.md'))).toBe(true);
    expect(helped.diagnostics.some((d) => d.field === 'phone')).toBe(true);
    expect(helped.diagnostics.some((d) => d.file.includes('networks/') && d.severity === 'error')).toBe(true);
    expect(helped.diagnostics.some((d) => d.file.includes('areas/') && d.field === 'unknownField')).toBe(true);
  });

  test('a file checked by the helper is looked up again for the checks across files', async () => {
    const all = await loadContent(dir, { today: TODAY, fileChecker: twoThreadChecker(takeAll) });
    expect(all.diagnostics.map((d) => formatLine(d))).toEqual(alone.diagnostics.map((d) => formatLine(d)));
    expect(all.diagnostics.find((d) => d.rule === 'dangling-reference')?.line).toBeGreaterThan(1);
  });

  test('the same content, entry for entry', () => {
    expect(helped.resources.length).toBe(alone.resources.length);
    expect(isDeepStrictEqual(helped, alone)).toBe(true);
  });
});
