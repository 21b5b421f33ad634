/**
 * The build step that puts ふりがな into built pages (see ruby-html.ts for what changes in a
 * page). The pages are shared out among worker threads (src/integrations/furigana-worker.ts), each
 * given a list of files. Most text repeats from page to page (the menu, the footer, category and
 * area names), so each text node is read once per worker and its markup reused.
 */
import fs from 'node:fs';
import path from 'node:path';
import { addRuby, segmentsToHtml } from './ruby-html.ts';
import type { Reader } from './reader.ts';

export interface RubyReport {
  pages: number;
  /** Pages that got ruby (the others are not Japanese or have no kanji in their text). */
  rewritten: number;
  /** Bytes of the pages before and after. */
  bytesBefore: number;
  bytesAfter: number;
  /** Distinct text nodes read. */
  texts: number;
}

/** Every .html file under `dir` (paths relative to it), folders in `skip` (relative, e.g. "admin") left out. */
export function htmlFiles(dir: string, skip: ReadonlySet<string> = new Set(), prefix = ''): string[] {
  return fs.readdirSync(path.join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return skip.has(relative) ? [] : htmlFiles(dir, skip, relative);
    return entry.isFile() && entry.name.endsWith('.html') ? [relative] : [];
  });
}

/** `files` split into `parts` lists of about the same size (every `parts`-th file, so each part has pages of every kind). */
export function shareOut<T>(files: readonly T[], parts: number): T[][] {
  const shares: T[][] = Array.from({ length: Math.max(1, parts) }, () => []);
  files.forEach((file, index) => shares[index % shares.length]!.push(file));
  return shares;
}

/** Adds ruby to `files` (relative to `outDir`) in place; a file is written only when it changed. */
export function addRubyToFiles(outDir: string, files: readonly string[], reader: Reader): RubyReport {
  const markup = new Map<string, string>();
  const read = (text: string) => {
    let html = markup.get(text);
    if (html === undefined) markup.set(text, (html = segmentsToHtml(reader.read(text))));
    return html;
  };
  const report: RubyReport = {
    pages: 0,
    rewritten: 0,
    bytesBefore: 0,
    bytesAfter: 0,
    texts: 0,
  };
  for (const file of files) {
    const full = path.join(outDir, file);
    const before = fs.readFileSync(full, 'utf8');
    const after = addRuby(before, read);
    const size = Buffer.byteLength(before);
    report.pages++;
    report.bytesBefore += size;
    if (after === before) {
      report.bytesAfter += size;
      continue;
    }
    report.rewritten++;
    report.bytesAfter += Buffer.byteLength(after);
    fs.writeFileSync(full, after);
  }
  report.texts = markup.size;
  return report;
}

/** Reports of several workers as one (distinct texts are counted per worker). */
export function sumReports(reports: readonly RubyReport[]): RubyReport {
  const sum: RubyReport = {
    pages: 0,
    rewritten: 0,
    bytesBefore: 0,
    bytesAfter: 0,
    texts: 0,
  };
  for (const report of reports) for (const key of Object.keys(sum) as (keyof RubyReport)[]) sum[key] += report[key];
  return sum;
}
