/** /sitemap.xml — every public page (see src/lib/export/sitemap.ts). Absolute URLs need SITE_URL. */
import type { APIRoute } from 'astro';
import { getModel } from '../lib/model/site-model.ts';
import { sitemapPaths, sitemapXml } from '../lib/export/sitemap.ts';

const pageFiles = Object.keys(import.meta.glob('./**/*.astro')).map((file) => file.replace(/^\.\//, ''));

export const GET: APIRoute = async ({ site }) => {
  const model = await getModel();
  const xml = sitemapXml(sitemapPaths(pageFiles, model), import.meta.env.BASE_URL, site?.href);
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
