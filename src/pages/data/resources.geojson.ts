/** /data/resources.geojson: every located resource for the map (see src/lib/geojson.ts). */
import type { APIRoute } from 'astro';
import { getModel } from '../../lib/site-model.ts';
import { facetInputOf, resourceFacets } from '../../lib/facets.ts';
import { resourcesGeoJSON, SINGLE_FILE_THRESHOLD } from '../../lib/geojson.ts';

export const GET: APIRoute = async () => {
  const model = await getModel();
  const groups = model.categoryGroups.map(({ group }) => group);
  const data = resourcesGeoJSON(
    model.resources.map((resource) => ({
      id: resource.id,
      name: resource.name,
      location: resource.location,
      address: resource.address,
      phone: resource.phone,
      professionalOnly: resource.professionalOnly,
      facets: resourceFacets(facetInputOf(resource), model.areas),
    })),
    groups,
  );
  if (data.features.length > SINGLE_FILE_THRESHOLD) {
    console.warn(
      `[map] ${data.features.length} located resources in one /data/resources.geojson: above ${SINGLE_FILE_THRESHOLD} the map gets slow; see src/lib/geojson.ts.`,
    );
  }
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/geo+json; charset=utf-8' } });
};
