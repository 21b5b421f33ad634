/** /admin/cms/decap-cms.js.LICENSE.txt: the licences of the code in the CMS bundle, which its first line points to. */
import type { APIRoute } from 'astro';
import { CMS_ENTRY, cmsBundleFile } from '../../../lib/editing/cms-bundle.ts';

export const GET: APIRoute = () =>
  new Response(new Uint8Array(cmsBundleFile(`${CMS_ENTRY}.LICENSE.txt`)), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
