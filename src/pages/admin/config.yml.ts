/**
 * /admin/config.yml: the Decap CMS configuration, generated at build time from the schemas
 * (src/lib/editing/cms-config.ts) and the built content (category and topic choices). Under
 * `npm run cms` the local backend's root is the content folder itself, so paths start there.
 */
import type { APIRoute } from 'astro';
import { stringify } from 'yaml';
import { cmsBackendFromEnv, cmsConfig, cmsLocalFromEnv } from '../../lib/editing/cms-config.ts';
import { contentDir } from '../../lib/content/content-dir.ts';
import { loadContentOnce } from '../../lib/content/shared-load.ts';
import { relativePath } from '../../lib/content/file-paths.ts';

/** The content folder as a path inside the repository (CMS_CONTENT_PATH overrides). */
function contentPathInRepository(): string {
  if (process.env.CMS_CONTENT_PATH) return process.env.CMS_CONTENT_PATH;
  const relative = relativePath(process.cwd(), contentDir());
  return relative && !relative.startsWith('..') ? relative : 'content';
}

export const GET: APIRoute = async ({ site }) => {
  // The loaded folder, not the site's model, which refuses content with errors: the editor must
  // still start to fix them.
  const loaded = await loadContentOnce(contentDir());
  // Unconfigured builds still publish the generated config (with a placeholder repository) so a
  // deployer can read what the CMS will show; the admin page does not load the CMS then.
  const backend = cmsBackendFromEnv(process.env) ?? { repo: 'OWNER/REPOSITORY', branch: 'main' };
  const siteUrl = site ? new URL(import.meta.env.BASE_URL, site).href : undefined;
  const local = cmsLocalFromEnv(process.env);
  const { config } = cmsConfig({
    backend,
    local,
    contentPath: local ? '' : contentPathInRepository(),
    siteUrl,
    choices: {
      categories: loaded.categories.map(({ id, name }) => ({ id, name })),
      topics: loaded.topics.map(({ id, name }) => ({ id, name })),
    },
  });
  const header = '# Generated from src/schemas/ by src/lib/editing/cms-config.ts at build time. Do not edit.\n';
  return new Response(header + stringify(config, { lineWidth: 0 }), {
    headers: { 'Content-Type': 'text/yaml; charset=utf-8' },
  });
};
