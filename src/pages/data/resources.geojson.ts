/** /data/resources.geojson: every located resource for the map (see src/lib/geojson.ts). */
import type { APIRoute } from 'astro';
import { getModel } from '../../lib/site-model.ts';
import { SINGLE_FILE_THRESHOLD } from '../../lib/geojson.ts';
import { allMapPoints } from '../../lib/map-points.ts';

export const GET: APIRoute = async () => {
  const data = allMapPoints(await getModel());
  if (data.features.length > SINGLE_FILE_THRESHOLD) {
    console.warn(
      `[map] ${data.features.length} located resources in one /data/resources.geojson: above ${SINGLE_FILE_THRESHOLD} the map gets slow; see src/lib/geojson.ts.`,
    );
  }
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/geo+json; charset=utf-8' } });
};
