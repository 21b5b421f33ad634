/**
 * /admin/preview.css: the site's stylesheet for the CMS's preview pane (an iframe), so a resource
 * being edited looks like its page. Served on its own: imported into /admin/ itself, the site's
 * element styles would restyle the CMS's interface.
 */
import type { APIRoute } from 'astro';
import siteStyle from '../../styles/global.css?raw';

export const GET: APIRoute = () => new Response(siteStyle, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
