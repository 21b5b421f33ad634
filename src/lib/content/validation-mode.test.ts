import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadContent } from './load.ts';
import { reportOnlyWarning, skippedFiles, validationMode } from './validation-mode.ts';

describe('validationMode', () => {
  test('strict unless report-only is asked for by name', () => {
    expect(validationMode({})).toBe('strict');
    expect(validationMode({ CONTENT_VALIDATION: '' })).toBe('strict');
    expect(validationMode({ CONTENT_VALIDATION: 'strict' })).toBe('strict');
    expect(validationMode({ CONTENT_VALIDATION: ' report-only ' })).toBe('report-only');
  });

  test('a misspelt value is an error, not a silent strict or bypass', () => {
    expect(() => validationMode({ CONTENT_VALIDATION: 'report_only' })).toThrow(/strict か report-only/);
    expect(() => validationMode({ CONTENT_VALIDATION: 'off' })).toThrow();
  });
});

describe('skippedFiles', () => {
  test('names the entry files that failed their schema, not those with other errors', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-only-'));
    try {
      fs.cpSync(path.resolve('tests/fixtures/valid-town'), dir, { recursive: true });
      // Fails its schema (url must be http(s)): left out.
      const salon = path.join(dir, 'resources/chiiki/honcho-salon.md');
      fs.writeFileSync(salon, fs.readFileSync(salon, 'utf8').replace(/^kana: .*$/m, '$&\nurl: "javascript:alert(1)"'));
      // Passes its schema but has hostile text: kept (the pages escape it).
      const day = path.join(dir, 'resources/chiiki/sakura-day.md');
      fs.writeFileSync(day, fs.readFileSync(day, 'utf8').replace(/^name: .*$/m, 'name: "<b>デイ</b>"'));
      const loaded = await loadContent(dir, { today: '2026-11-22' });
      const rel = (file: string) => path.relative(process.cwd(), file).split(path.sep).join('/');
      expect(loaded.diagnostics.filter((d) => d.severity === 'error').map((d) => d.file).sort()).toEqual([rel(salon), rel(day)].sort());
      expect(skippedFiles(loaded)).toEqual([rel(salon)]);
      const warning = reportOnlyWarning(loaded);
      expect(warning).toContain('CONTENT_VALIDATION=report-only');
      expect(warning).toContain(`skipped: ${rel(salon)}`);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
