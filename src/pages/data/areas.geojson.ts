/** /data/areas.geojson: area boundaries with a label point, for the maps (see src/lib/map/geojson.ts). */
import type { APIRoute } from 'astro';
import { getModel } from '../../lib/model/site-model.ts';
import { areasGeoJSON } from '../../lib/map/geojson.ts';
import type { Boundary } from '../../lib/map/geo.ts';

export const GET: APIRoute = async () => {
  const model = await getModel();
  const data = areasGeoJSON(
    model.areas.map((area) => ({
      id: area.id,
      name: area.name,
      level: area.level,
      boundary: area.boundary as Boundary | undefined,
    })),
  );
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/geo+json; charset=utf-8' } });
};
