// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import contentValidation from './src/integrations/content-validation.ts';
import pagefind from './src/integrations/pagefind.ts';
import { markdownOptions } from './src/lib/content/markdown-processor.ts';

// BASE_PATH: where the site is served (e.g. /care-map/ on GitHub Pages); SITE_URL: its origin.
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  site: process.env.SITE_URL || undefined,
  base,
  trailingSlash: 'always',
  output: 'static',
  build: { format: 'directory' },
  // Keep the remark/rehype pipeline (Astro 7 defaults to Sätteri) and sanitize every body.
  markdown: { processor: unified(markdownOptions) },
  integrations: [contentValidation(), pagefind()],
  devToolbar: { enabled: false },
  // Separate caches let several builds run side by side (tests, benchmarks).
  cacheDir: process.env.ASTRO_CACHE_DIR || undefined,
});
