/** /manifest.webmanifest: makes the site installable (src/lib/offline/web-manifest.ts). */
import type { APIRoute } from 'astro';
import { getModel } from '../lib/model/site-model.ts';
import { webManifest } from '../lib/offline/web-manifest.ts';
import { BASE } from '../lib/site/paths.ts';

export const GET: APIRoute = async () => {
  const { site } = await getModel();
  const manifest = webManifest({ name: site.name, municipality: site.municipality.name, base: BASE });
  return new Response(JSON.stringify(manifest), { headers: { 'content-type': 'application/manifest+json' } });
};
