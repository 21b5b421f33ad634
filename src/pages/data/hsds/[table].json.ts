/** /data/hsds/<table>.json — one Open Referral HSDS 3.0 table each (see src/lib/export/hsds.ts). */
import type { APIRoute } from 'astro';
import { getModel } from '../../../lib/model/site-model.ts';
import { buildHsds, HSDS_TABLES, hsdsIndex, type HsdsTable } from '../../../lib/export/hsds.ts';

export function getStaticPaths() {
  return [...HSDS_TABLES, 'index'].map((table) => ({ params: { table } }));
}

export const GET: APIRoute = async ({ params }) => {
  const model = await getModel();
  const table = params.table as HsdsTable | 'index';
  const body =
    table === 'index'
      ? hsdsIndex(
          model,
          Object.fromEntries(HSDS_TABLES.map((name) => [name, `${name}.json`])) as Record<HsdsTable, string>,
        )
      : buildHsds(model)[table];
  return new Response(JSON.stringify(body, null, 1), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
