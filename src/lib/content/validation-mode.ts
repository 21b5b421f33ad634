/**
 * The escape hatch `CONTENT_VALIDATION=report-only`: the build prints every error and carries on
 * with the entries that passed their schema, instead of stopping. For emergencies (a site that
 * must go out while one file is being fixed) and for the hostile-content test that proves the
 * pages escape what the validator would have refused. Never the default; the build says so loudly.
 */
import path from 'node:path';
import type { LoadedContent } from './load.ts';
import { relativePath } from './file-paths.ts';

export type ValidationMode = 'strict' | 'report-only';

export function validationMode(env: Record<string, string | undefined> = process.env): ValidationMode {
  const value = env.CONTENT_VALIDATION?.trim();
  if (!value || value === 'strict') return 'strict';
  if (value === 'report-only') return 'report-only';
  throw new Error(`CONTENT_VALIDATION は strict か report-only です（指定: ${value}）`);
}

const ENTRY_FOLDERS = ['areas', 'organizations', 'resources', 'networks'];

/**
 * Entry files that are left out of the site: they have errors and did not pass their schema.
 * Paths as the diagnostics print them. (Entries with only cross-file errors, such as a dangling
 * reference, are kept; whether the pages can cope with them is not promised.)
 */
export function skippedFiles(loaded: LoadedContent): string[] {
  const kept = new Set(
    [...loaded.areas, ...loaded.organizations, ...loaded.resources, ...loaded.networks].map((entry) => path.resolve(loaded.dir, entry.file)),
  );
  const skipped = new Set<string>();
  for (const diagnostic of loaded.diagnostics) {
    if (diagnostic.severity !== 'error') continue;
    const absolute = path.resolve(diagnostic.file);
    const relative = relativePath(loaded.dir, absolute).split('/');
    if (relative[0] === '..' || !ENTRY_FOLDERS.includes(relative[0]) || relative.length < 2) continue;
    if (!kept.has(absolute)) skipped.add(diagnostic.file);
  }
  return [...skipped].sort();
}

/** The warning printed before the errors when the build goes on despite them. */
export function reportOnlyWarning(loaded: LoadedContent): string {
  const skipped = skippedFiles(loaded);
  const bar = '!'.repeat(72);
  return [
    bar,
    '!! CONTENT_VALIDATION=report-only: コンテンツの誤りを無視してサイトを作ります。',
    '!! 公開してよいのは、誤りの内容を確かめた緊急時だけです。直したら必ず外してください。',
    '!! 項目の形が正しくない（スキーマに合わない）ファイルはサイトに載りません:',
    ...(skipped.length > 0 ? skipped.map((file) => `!!   skipped: ${file}`) : ['!!   （なし）']),
    bar,
  ].join('\n');
}
