/**
 * Prettier for the project (run by `npm run format` / `npm run lint`). The plugin is resolved from
 * this folder, where the lint tools are installed apart from the site's own dependencies.
 */
import * as astroPlugin from 'prettier-plugin-astro';

export default {
  printWidth: 120,
  singleQuote: true,
  trailingComma: 'all',
  // Whitespace between inline elements is text on the page: keep it exactly as written.
  htmlWhitespaceSensitivity: 'strict',
  plugins: [astroPlugin],
  overrides: [{ files: '*.astro', options: { parser: 'astro' } }],
};
