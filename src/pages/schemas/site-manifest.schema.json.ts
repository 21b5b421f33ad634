/** /schemas/site-manifest.schema.json: the JSON Schema of /data/site.json, generated from src/lib/federation/manifest-schema.ts. */
import type { APIRoute } from 'astro';
import { manifestJsonSchema } from '../../lib/federation/manifest-schema.ts';

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(manifestJsonSchema(), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
