/** /data/resources.geojson: every located resource (the map's data when it is one file, and a download; see src/lib/map/map-points.ts). */
import type { APIRoute } from 'astro';
import { getModel } from '../../lib/model/site-model.ts';
import { allMapPoints, mapParts } from '../../lib/map/map-points.ts';

export const GET: APIRoute = async () => {
  const model = await getModel();
  const data = allMapPoints(model);
  const parts = mapParts(model);
  if (parts) {
    console.info(
      `[map] ${data.features.length} located resources: /map/ reads them per 圏域 (${parts.length} files under /data/resources/); see src/lib/map/map-points.ts.`,
    );
  }
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/geo+json; charset=utf-8' } });
};
