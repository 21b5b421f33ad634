/** /data/resources.csv — 公共施設一覧 layout + our columns, UTF-8 with BOM (see src/lib/export/resources-csv.ts). */
import type { APIRoute } from 'astro';
import { getModel } from '../../lib/model/site-model.ts';
import { resourcesCsv } from '../../lib/export/resources-csv.ts';

export const GET: APIRoute = async () => {
  const csv = resourcesCsv(await getModel());
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
