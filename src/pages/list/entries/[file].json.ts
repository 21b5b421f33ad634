/** /list/entries/<n>.json: what /list/ shows of the resources whose ids hash to file n (src/lib/mylist/list-entries.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getModel } from '../../../lib/model/site-model.ts';
import { listEntryFiles, type ListEntryData } from '../../../lib/mylist/list-entries.ts';

export const getStaticPaths = (async () => {
  const files = listEntryFiles(await getModel());
  return files.map((entries, index) => ({ params: { file: String(index) }, props: { entries } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ entries: ListEntryData[] }> = ({ props }) =>
  new Response(JSON.stringify(props.entries), { headers: { 'content-type': 'application/json; charset=utf-8' } });
