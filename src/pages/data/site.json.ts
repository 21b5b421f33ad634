/** /data/site.json: the site's manifest for a prefecture's portal (src/lib/federation/manifest.ts, docs/data.md). */
import type { APIRoute } from 'astro';
import { buildNow, todayInJapan } from '../../lib/content/dates.ts';
import { siteManifest } from '../../lib/federation/manifest.ts';
import { getModel } from '../../lib/model/site-model.ts';

export const GET: APIRoute = async () => {
  const now = buildNow();
  const manifest = siteManifest(await getModel(), { builtAt: now, today: todayInJapan(now) });
  return new Response(JSON.stringify(manifest), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
