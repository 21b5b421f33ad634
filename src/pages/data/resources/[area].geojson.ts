/** /data/resources/<area>.geojson: the located resources of one area, for its page's small map and a split /map/ (src/lib/map/map-points.ts). */
import type { APIRoute } from 'astro';
import { getModel } from '../../../lib/model/site-model.ts';
import { areasWithPointFiles, partMapPoints } from '../../../lib/map/map-points.ts';

export async function getStaticPaths() {
  return areasWithPointFiles(await getModel()).map((area) => ({ params: { area } }));
}

export const GET: APIRoute = async ({ params }) => {
  const data = partMapPoints(await getModel(), params.area!);
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/geo+json; charset=utf-8' } });
};
