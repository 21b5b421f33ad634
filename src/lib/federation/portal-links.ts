/**
 * Which links from the members' published data the portal may put on its pages. Without imports,
 * so the browser side (the map's popups and list) checks with the same rule as the build.
 */

/**
 * A link the portal may put on a page: a path on its own host ('/…', not '//…') or an http(s) URL.
 * Anything else (javascript:, data:, a path that climbs out) is refused.
 */
export function isSafePortalLink(link: string): boolean {
  if (link.startsWith('/')) return !link.startsWith('//') && !/(^|\/)\.\.(\/|$)/.test(link);
  try {
    const { protocol } = new URL(link);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}
