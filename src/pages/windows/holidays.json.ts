/** The holidays and the municipality's 年末年始・お盆 for the browser's 「受付中」 (src/scripts/hours/open-status.ts). */
import type { APIRoute } from 'astro';
import { getModel } from '../../lib/model/site-model.ts';
import { buildNow } from '../../lib/content/dates.ts';
import { holidaysPayload } from '../../lib/hours/holidays.ts';

export const GET: APIRoute = async () => {
  const { site } = await getModel();
  return new Response(JSON.stringify(holidaysPayload(site, buildNow())), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
