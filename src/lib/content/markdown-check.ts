/**
 * Checks on a Markdown body before it reaches a page: no raw HTML, and links only to
 * http(s), mailto, tel or pages of this site. Rendering sanitizes as well (see render.ts).
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { visit } from 'unist-util-visit';
import { problem, RULES, type Problem } from './rules.ts';

export interface MarkdownProblem extends Problem {
  line: number;
  column: number;
}

const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/** True for http(s)/mailto/tel links and for links inside this site (/…, #…, relative). */
export function isSafeHref(href: string): boolean {
  const trimmed = href.trim();
  // Browsers ignore tabs and newlines inside a scheme ("java\tscript:"), so we do too.
  const compact = trimmed.replace(/[\u0000-\u001f\s]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact);
  if (scheme) return SAFE_SCHEMES.has(scheme[1].toLowerCase() + ':');
  if (compact.startsWith('//')) return false; // protocol-relative: another site
  return true;
}

const parser = unified().use(remarkParse).use(remarkGfm);

/** Problems in a body; `firstLine` is the body's first line in the file. */
export function checkMarkdown(body: string, firstLine: number): MarkdownProblem[] {
  // Raw HTML and autolinks need a `<`, links, images and definitions a `[`; GFM's bare links
  // (www., http(s)://, e-mail) are always http(s) or mailto, except xmpp:. A body with none of
  // these has nothing to check, and most bodies are plain sentences: parsing them all would
  // cost about a second per 10,000 entries.
  if (!/[<[]|xmpp:/i.test(body)) return [];
  const tree = parser.parse(body);
  const problems: MarkdownProblem[] = [];
  const at = (node: { position?: { start: { line: number; column: number } } }) => ({
    line: (node.position?.start.line ?? 1) + firstLine - 1,
    column: node.position?.start.column ?? 1,
  });
  visit(tree, (node) => {
    if (node.type === 'html') {
      problems.push({ ...at(node), ...problem(RULES.markdownHtml, { html: (node as { value: string }).value }) });
    }
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
      const url = (node as { url: string }).url;
      if (!isSafeHref(url)) {
        problems.push({ ...at(node), ...problem(RULES.markdownLink, { url }) });
      }
    }
  });
  return problems;
}
