/**
 * /admin/cms/<name>.js: the CMS's own code (the bundle and the chunks it loads on demand), copied
 * from the installed `decap-cms` package into the site (src/lib/editing/cms-bundle.ts), so /admin/
 * loads no script from another origin. Published only when the CMS is on (CMS_REPO, npm run cms).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { cmsBundleFile, cmsBundleFiles } from '../../../lib/editing/cms-bundle.ts';
import { cmsEnabled } from '../../../lib/editing/cms-config.ts';

export const getStaticPaths = (() =>
  (cmsEnabled(process.env) ? cmsBundleFiles() : [])
    .filter((file) => file.endsWith('.js'))
    .map((file) => ({ params: { script: file.replace(/\.js$/, '') } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(new Uint8Array(cmsBundleFile(`${params.script}.js`)), {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
  });
