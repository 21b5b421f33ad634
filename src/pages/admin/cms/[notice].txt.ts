/**
 * /admin/cms/decap-cms.js.LICENSE.txt: the licences of the code in the CMS bundle, which the
 * bundle's first line points to. Published with the bundle, only when the CMS is on.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { cmsBundleFile, cmsBundleFiles } from '../../../lib/editing/cms-bundle.ts';
import { cmsEnabled } from '../../../lib/editing/cms-config.ts';

export const getStaticPaths = (() =>
  (cmsEnabled(process.env) ? cmsBundleFiles() : [])
    .filter((file) => file.endsWith('.txt'))
    .map((file) => ({ params: { notice: file.replace(/\.txt$/, '') } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(new Uint8Array(cmsBundleFile(`${params.notice}.txt`)), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
