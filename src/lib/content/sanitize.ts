/**
 * What may survive from a Markdown body into a page. The validator already refuses raw HTML
 * and unsafe links; this is the second wall for content that bypassed it.
 */
import { defaultSchema, type Options } from 'rehype-sanitize';

export const sanitizeSchema: Options = {
  ...defaultSchema,
  protocols: {
    ...defaultSchema.protocols,
    href: ['http', 'https', 'mailto', 'tel'],
    src: ['http', 'https'],
  },
};
