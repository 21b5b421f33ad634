/** The search documents' staging: the RAM disk only when it has room, the disk otherwise. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { bytesNeeded, nodeIo, stageDocuments, type StagedDocument, type StagingIo } from './document-staging.ts';

let ramDisk: string;
let disk: string;
beforeEach(() => {
  ramDisk = fs.mkdtempSync(path.join(os.tmpdir(), 'ram-'));
  disk = fs.mkdtempSync(path.join(os.tmpdir(), 'disk-'));
});
afterEach(() => {
  for (const dir of [ramDisk, disk]) fs.rmSync(dir, { recursive: true, force: true });
});

const documents: StagedDocument[] = Array.from({ length: 40 }, (_, n) => ({
  file: path.join('resources', `entry-${n}`, 'index.html'),
  text: `<html lang="ja"><body><h1>資源 ${n}</h1>${'説明'.repeat(n * 50)}</body></html>`,
}));

/** Every document is in `dir`, with its text. */
function expectAll(dir: string) {
  for (const document of documents) expect(fs.readFileSync(path.join(dir, document.file), 'utf8')).toBe(document.text);
}

/** The real file system, with the RAM disk's free space and writes under our control. */
function io(options: { free?: number; failAfter?: number; code?: string }): StagingIo {
  let written = 0;
  return {
    ...nodeIo,
    freeBytes: (dir) => (dir === ramDisk && options.free !== undefined ? options.free : nodeIo.freeBytes(dir)),
    writeFile(file, text) {
      if (file.startsWith(ramDisk) && options.failAfter !== undefined && written++ >= options.failAfter) {
        throw Object.assign(new Error(`${options.code ?? 'ENOSPC'}: no space left on device, write`), {
          code: options.code ?? 'ENOSPC',
        });
      }
      nodeIo.writeFile(file, text);
    },
  };
}

describe('stageDocuments', () => {
  test('a RAM disk with room holds the documents', () => {
    const staged = stageDocuments(documents, { ramDisk, disk }, io({ free: 1e9 }));
    expect(staged.onRamDisk).toBe(true);
    expect(staged.fallback).toBeUndefined();
    expect(staged.dir.startsWith(ramDisk)).toBe(true);
    expectAll(staged.dir);
  });

  test('no RAM disk (macOS, Windows, a container without /dev/shm): the disk', () => {
    const staged = stageDocuments(documents, { ramDisk: path.join(ramDisk, 'missing'), disk });
    expect(staged.onRamDisk).toBe(false);
    expect(staged.fallback).toContain('がありません');
    expect(staged.dir.startsWith(disk)).toBe(true);
    expectAll(staged.dir);
  });

  test('a small RAM disk (16 MB /dev/shm for a larger index): the disk, saying both sizes', () => {
    const staged = stageDocuments(documents, { ramDisk, disk }, io({ free: bytesNeeded(documents) }));
    expect(staged.onRamDisk).toBe(false);
    expect(staged.fallback).toMatch(/空き .* MB < 必要 .* MB/);
    expectAll(staged.dir);
    expect(fs.readdirSync(ramDisk)).toEqual([]);
  });

  test('a RAM disk that fills up while writing (ENOSPC): starts again on disk, nothing left behind, nothing lost', () => {
    const staged = stageDocuments(documents, { ramDisk, disk }, io({ free: 1e9, failAfter: 7 }));
    expect(staged).toMatchObject({ onRamDisk: false, fallback: expect.stringContaining('ENOSPC') });
    expect(staged.dir.startsWith(disk)).toBe(true);
    expectAll(staged.dir);
    expect(fs.readdirSync(ramDisk)).toEqual([]);
  });

  test('another write error is not hidden', () => {
    expect(() => stageDocuments(documents, { ramDisk, disk }, io({ free: 1e9, failAfter: 3, code: 'EACCES' }))).toThrow(
      'EACCES',
    );
    expect(fs.readdirSync(ramDisk)).toEqual([]);
  });

  test('bytesNeeded counts whole blocks per file and folder', () => {
    expect(bytesNeeded([{ file: 'a/index.html', text: 'x' }])).toBe(2 * 4096);
    expect(
      bytesNeeded([
        { file: 'a/index.html', text: 'x'.repeat(5000) },
        { file: 'b/index.html', text: '' },
      ]),
    ).toBe((2 + 1 + 2) * 4096);
  });
});
