/**
 * The web app manifest (/manifest.webmanifest) that makes the site installable: its name from
 * site.yaml, start page and scope at the site's base path (so an installed copy of one site never
 * opens another on the same host), and the site's own pin icon.
 */
export interface WebManifestInput {
  /** site.yaml `name`. */
  name: string;
  /** The municipality's name: the short name under the icon. */
  municipality: string;
  /** The site's base path, e.g. '/' or '/care-map/'. */
  base: string;
}

/** The site's green (the header's colour in src/styles/global.css). */
export const THEME_COLOR = '#1d6b4f';

export function webManifest(input: WebManifestInput) {
  const base = input.base.replace(/\/?$/, '/');
  return {
    name: input.name,
    short_name: input.municipality.length <= 12 ? input.municipality : input.name.slice(0, 12),
    description: `${input.municipality}の相談窓口とサービス・場所`,
    lang: 'ja',
    dir: 'ltr',
    start_url: base,
    scope: base,
    id: base,
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: THEME_COLOR,
    icons: [
      { src: `${base}icons/icon.svg`, sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
      { src: `${base}icons/icon-maskable.svg`, sizes: 'any', type: 'image/svg+xml', purpose: 'maskable' },
    ],
  };
}
