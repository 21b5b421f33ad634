/**
 * The Markdown pipeline of the site: remark → rehype → sanitize. astro.config.mjs installs it
 * as Astro's processor (Astro 7 defaults to Sätteri; we keep remark/unified).
 */
import rehypeSanitize from 'rehype-sanitize';
import { sanitizeSchema } from './sanitize.ts';

export const markdownOptions = {
  rehypePlugins: [[rehypeSanitize, sanitizeSchema]] as [typeof rehypeSanitize, typeof sanitizeSchema][],
  smartypants: false,
};
