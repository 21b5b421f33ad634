/**
 * What ふりがな costs, for npm run bench -- --furigana: the same build run again with FURIGANA=off
 * (src/integrations/furigana.ts), and the HTML of both outputs compared as sent (raw and gzip).
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export interface HtmlBytes {
  files: number;
  raw: number;
  gzip: number;
}

/** The .html files under `dir`, their bytes as written and gzip-compressed (level 6, as servers do). */
export function htmlBytes(dir: string): HtmlBytes {
  const sum: HtmlBytes = { files: 0, raw: 0, gzip: 0 };
  for (const entry of fs.readdirSync(dir, {
    recursive: true,
    withFileTypes: true,
  })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const bytes = fs.readFileSync(path.join(entry.parentPath, entry.name));
    sum.files++;
    sum.raw += bytes.length;
    sum.gzip += zlib.gzipSync(bytes, { level: 6 }).length;
  }
  return sum;
}

/** One line: build times as a ratio, the HTML with and without readings. */
export function furiganaLine(
  withMs: number,
  withoutMs: number,
  withHtml: HtmlBytes,
  withoutHtml: HtmlBytes,
  seconds: (ms: number) => string,
): string {
  const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
  const growth = (after: number, before: number) => `+${((after / before - 1) * 100).toFixed(1)} %`;
  return (
    `ふりがな: build ${seconds(withMs)} with, ${seconds(withoutMs)} without (FURIGANA=off); ratio ${(withMs / withoutMs).toFixed(2)} (target ≤ 1.15); ` +
    `HTML (${withHtml.files} files) ${mb(withoutHtml.raw)} → ${mb(withHtml.raw)} (${growth(withHtml.raw, withoutHtml.raw)}), ` +
    `gzip ${mb(withoutHtml.gzip)} → ${mb(withHtml.gzip)} (${growth(withHtml.gzip, withoutHtml.gzip)})`
  );
}
