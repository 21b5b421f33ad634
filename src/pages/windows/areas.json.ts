/**
 * What the finder's search box and 現在地 need in the browser: the areas with their 町丁目,
 * boundaries and a centre (for "nearest" when a point is inside none). Fetched only when used.
 */
import type { APIRoute } from 'astro';
import { getModel } from '../../lib/model/site-model.ts';
import { finderAreas } from '../../lib/finder/finder-data.ts';

export const GET: APIRoute = async () => {
  const model = await getModel();
  return new Response(JSON.stringify(finderAreas(model)), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
