/**
 * /offline/areas/<id>.json: what 「この地域を端末に保存」 fetches for one area (src/lib/offline/save-lists.ts).
 * Written with paths from the site's root; the build puts the base path in front and adds the files
 * (src/integrations/offline.ts), which knows the base for certain.
 */
import type { APIRoute } from 'astro';
import { getModel } from '../../../lib/model/site-model.ts';
import { areaSaveList } from '../../../lib/offline/save-lists.ts';

export async function getStaticPaths() {
  return (await getModel()).areas.map((area) => ({ params: { id: area.id } }));
}

export const GET: APIRoute = async ({ params }) =>
  new Response(JSON.stringify(areaSaveList(await getModel(), params.id!, (path) => path)), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
