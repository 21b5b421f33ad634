/**
 * Links that respect the configured base path (BASE_PATH), always with a trailing slash: the one
 * place the base is worked out, for the pages at build time and the browser scripts alike (it reads
 * only import.meta.env, so browser bundles can import it).
 */

/** The site's base path with one trailing slash: '/' or '/care-map/'. */
export const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** href('/resources/x/') → '/care-map/resources/x/' when the site lives under /care-map/. */
export function href(path: string): string {
  const clean = path.replace(/^\//, '');
  return `${BASE}${clean}`;
}

export const resourceHref = (id: string) => href(`/resources/${id}/`);
export const areaHref = (id: string) => href(`/areas/${id}/`);
export const networkHref = (id: string) => href(`/networks/${id}/`);
export const organizationHref = (id: string) => href(`/organizations/${id}/`);
export const categoryHref = (id: string) => href(`/resources/category/${id}/`);
