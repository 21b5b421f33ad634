/**
 * The build step that puts ふりがな into every built page (see ruby-html.ts for what changes in a
 * page). Most text repeats from page to page (the menu, the footer, category and area names), so
 * each text node is read once per build and its markup reused.
 */
import fs from 'node:fs';
import path from 'node:path';
import { addRuby, segmentsToHtml } from './ruby-html.ts';
import type { Reader } from './reader.ts';

export interface RubyReport {
  pages: number;
  /** Bytes of the pages before and after. */
  bytesBefore: number;
  bytesAfter: number;
  /** Distinct text nodes read. */
  texts: number;
  ms: number;
}

/** Every .html file under `dir`, folders in `skip` (relative, e.g. "admin") left out. */
function htmlFiles(dir: string, skip: ReadonlySet<string>, prefix = ''): string[] {
  return fs.readdirSync(path.join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return skip.has(relative) ? [] : htmlFiles(dir, skip, relative);
    return entry.isFile() && entry.name.endsWith('.html') ? [relative] : [];
  });
}

/** Adds ruby to the pages under `outDir` in place. */
export function addRubyToPages(outDir: string, reader: Reader, skip: ReadonlySet<string> = new Set()): RubyReport {
  const started = performance.now();
  const markup = new Map<string, string>();
  const read = (text: string) => {
    let html = markup.get(text);
    if (html === undefined) markup.set(text, (html = segmentsToHtml(reader.read(text))));
    return html;
  };
  const report: RubyReport = { pages: 0, bytesBefore: 0, bytesAfter: 0, texts: 0, ms: 0 };
  for (const file of htmlFiles(outDir, skip)) {
    const full = path.join(outDir, file);
    const before = fs.readFileSync(full, 'utf8');
    const after = addRuby(before, read);
    report.pages++;
    report.bytesBefore += Buffer.byteLength(before);
    report.bytesAfter += after === before ? Buffer.byteLength(before) : Buffer.byteLength(after);
    if (after !== before) fs.writeFileSync(full, after);
  }
  report.texts = markup.size;
  report.ms = performance.now() - started;
  return report;
}
