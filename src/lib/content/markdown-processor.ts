/**
 * The Markdown pipeline of the site: remark → rehype → sanitize, through Astro's own Markdown
 * renderer (@astrojs/markdown-remark). astro.config.mjs installs `siteMarkdown` as Astro's
 * Markdown config (Astro 7 defaults to Sätteri; we keep remark/unified), and the pages render
 * the bodies with renderMarkdownBody(), which builds the renderer from that same config.
 *
 * No syntax highlighting: Shiki colours code with style="" attributes, which the CSP (no
 * 'unsafe-inline') blocks and the sanitizer strips anyway.
 */
import { unified } from "@astrojs/markdown-remark";
import rehypeSanitize from "rehype-sanitize";
import { sanitizeSchema } from "./sanitize.ts";
import { rehypeSiteBase } from "./site-base-links.ts";

// Sanitize first; then the site links it kept get the base path the site is published under.
export const markdownOptions = {
  rehypePlugins: [
    [rehypeSanitize, sanitizeSchema],
    [rehypeSiteBase, { base: process.env.BASE_PATH ?? "/" }],
  ] as [typeof rehypeSanitize, typeof sanitizeSchema][],
  smartypants: false,
};

export const siteMarkdown = {
  processor: unified(markdownOptions),
  syntaxHighlight: false as const,
};

let renderer:
  ReturnType<typeof siteMarkdown.processor.createRenderer> | undefined;

/** A body as HTML, sanitized. */
export async function renderMarkdownBody(body: string): Promise<string> {
  renderer ??= siteMarkdown.processor.createRenderer({
    syntaxHighlight: siteMarkdown.syntaxHighlight,
  });
  return (await (await renderer).render(body)).code;
}
