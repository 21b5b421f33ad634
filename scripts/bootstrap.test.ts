/** The checks of scripts/bootstrap.mjs that decide whether to install anything. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { installReason, versionOk } from './bootstrap.mjs';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function project(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bootstrap-'));
  dirs.push(dir);
  fs.writeFileSync(path.join(dir, 'package-lock.json'), '{}');
  return dir;
}

describe('versionOk', () => {
  test('Node.js 22.12 and later', () => {
    expect(versionOk('v24.21.0')).toBe(true);
    expect(versionOk('v22.12.0')).toBe(true);
    expect(versionOk('v22.11.9')).toBe(false);
    expect(versionOk('v20.20.2')).toBe(false);
    expect(versionOk('')).toBe(false);
    expect(versionOk(undefined)).toBe(false);
  });
});

describe('installReason', () => {
  test('missing, incomplete, stale, and in place', () => {
    const dir = project();
    expect(installReason(dir)).toContain('node_modules is missing');
    fs.mkdirSync(path.join(dir, 'node_modules'));
    expect(installReason(dir)).toContain('incomplete');
    const marker = path.join(dir, 'node_modules/.package-lock.json');
    fs.writeFileSync(marker, '{}');
    const past = new Date(Date.now() - 60_000);
    fs.utimesSync(marker, past, past);
    expect(installReason(dir)).toContain('newer than node_modules');
    fs.utimesSync(marker, new Date(), new Date());
    expect(installReason(dir)).toBeUndefined();
  });
});
