/**
 * Checks on a Markdown body before it reaches a page: no raw HTML, and links only to
 * http(s), mailto, tel or pages of this site. Rendering sanitizes as well (see render.ts).
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { visit } from 'unist-util-visit';

export interface MarkdownProblem {
  line: number;
  column: number;
  rule: 'markdown-html' | 'markdown-link';
  message: string;
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
      const snippet = (node as { value: string }).value.slice(0, 30).replace(/\s+/g, ' ');
      problems.push({
        ...at(node),
        rule: 'markdown-html',
        message: `本文に HTML（${snippet}）は書けません。Markdown の書き方（**太字**、- 箇条書き、[文字](https://…)）にしてください`,
      });
    }
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
      const url = (node as { url: string }).url;
      if (!isSafeHref(url)) {
        problems.push({
          ...at(node),
          rule: 'markdown-link',
          message: `本文のリンク先「${url.slice(0, 60)}」は使えません。https://、mailto:、tel: で始まるリンクか、このサイト内のページにしてください`,
        });
      }
    }
  });
  return problems;
}
