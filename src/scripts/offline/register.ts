/**
 * Registers the service worker (/sw.js, scope: the site's base path). Nothing else of the
 * offline support loads with a page; a browser without service workers simply goes on without.
 */
import { BASE } from '../../lib/site/paths.ts';

if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register(`${BASE}sw.js`, { scope: BASE }).catch(() => {
    // Not allowed here (a private window, a policy): the site works as before, online.
  });
}
