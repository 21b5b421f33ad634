/** /offline/shared.json: what every saved area needs (src/lib/offline/save-lists.ts); paths from the site's root, completed by the build (src/integrations/offline.ts). */
import type { APIRoute } from 'astro';
import { sharedSaveList } from '../../lib/offline/save-lists.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(sharedSaveList((path) => path)), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
