/**
 * The offline page (/offline/): says when the page asked for was never saved, and lists the pages
 * this device keeps (from the worker's cache of pages seen, with their titles) and マイリスト.
 */
import { cacheNames } from '../../lib/offline/cache-names.ts';
import { BASE, href } from '../../lib/site/paths.ts';
import { loadLists } from '../mylist/mylist-store.ts';

/** The <title> of a saved page, without the site's name after the bar. */
function titleOf(html: string): string | undefined {
  const title = /<title>([^<]*)<\/title>/.exec(html)?.[1];
  if (!title) return undefined;
  const text = new DOMParser().parseFromString(title, 'text/html').documentElement.textContent ?? '';
  return text.split(' | ')[0];
}

async function pagesSeen(): Promise<{ url: string; title: string }[]> {
  if (!('caches' in window)) return [];
  const cache = await caches.open(cacheNames(BASE).pages);
  const pages: { url: string; title: string }[] = [];
  for (const request of await cache.keys()) {
    const url = new URL(request.url);
    if (url.pathname === href('/offline/')) continue;
    const response = await cache.match(request);
    const title = response ? titleOf(await response.text()) : undefined;
    pages.push({ url: url.pathname + url.search, title: title ?? decodeURIComponent(url.pathname) });
  }
  return pages.sort((a, b) => a.title.localeCompare(b.title, 'ja'));
}

async function drawPages(): Promise<void> {
  const list = document.querySelector<HTMLElement>('[data-offline-pages]')!;
  const pages = await pagesSeen();
  document.querySelector<HTMLElement>('[data-offline-pages-none]')!.hidden = pages.length > 0;
  list.replaceChildren(
    ...pages.map(({ url, title }) => {
      const li = document.createElement('li');
      const link = document.createElement('a');
      link.href = url;
      link.textContent = title;
      li.append(link);
      return li;
    }),
  );
}

const count = loadLists().lists.reduce((sum, list) => sum + list.entries.length, 0);
document.querySelector<HTMLElement>('[data-offline-mylist-count]')!.textContent =
  count > 0 ? `（${count}件。保存してあれば電波がなくても見られます）` : '（まだ何も入っていません）';
document.querySelector<HTMLElement>('[data-offline-missing]')!.hidden = location.pathname === href('/offline/');
void drawPages();
