/**
 * The list of saved areas (src/components/SavedAreas.astro), with a way to remove each; on
 * /list/ it also keeps the pages of マイリスト's entries, so the list opens without a signal.
 */
import { cacheNames } from '../../lib/offline/cache-names.ts';
import { SAVE_REQUEST_HEADER } from '../../lib/offline/sw-routes.ts';
import { BASE, href } from '../../lib/site/paths.ts';
import { loadLists } from '../mylist/mylist-store.ts';
import { offlineSupported, removeArea, savedAreas, sizeInWords, timeInWords, type SavedArea } from './saved-store.ts';

function item(saved: SavedArea, onRemove: (saved: SavedArea) => void): HTMLLIElement {
  const li = document.createElement('li');
  const link = document.createElement('a');
  link.href = href(`/areas/${saved.area}/`);
  link.textContent = saved.name;
  const words = document.createElement('span');
  words.textContent = `（${saved.count}件、${sizeInWords(saved.bytes)}、${timeInWords(saved.savedAt)}に保存）`;
  const remove = document.createElement('button');
  remove.type = 'button';
  remove.textContent = '保存を削除';
  remove.setAttribute('aria-label', `${saved.name}の保存を削除`);
  remove.addEventListener('click', () => onRemove(saved));
  li.append(link, words, ' ', remove);
  return li;
}

async function draw(section: HTMLElement): Promise<void> {
  const list = section.querySelector<HTMLElement>('[data-saved-areas-list]')!;
  const none = section.querySelector<HTMLElement>('[data-saved-areas-none]')!;
  const status = section.querySelector<HTMLElement>('[data-saved-areas-status]')!;
  const areas = await savedAreas();
  none.hidden = areas.length > 0;
  list.replaceChildren(
    ...areas.map((saved) =>
      item(saved, async () => {
        await removeArea(saved.area);
        status.textContent = `${saved.name}の保存を削除しました。`;
        await draw(section);
      }),
    ),
  );
  section.hidden = false;
}

/** マイリスト's entries: their pages into a cache of their own (the entry files the list page fetched are kept by the worker). */
async function keepListedPages(): Promise<void> {
  if (!document.querySelector('[data-mylist-page]') || !navigator.onLine) return;
  const ids = new Set(loadLists().lists.flatMap((list) => list.entries.map((entry) => entry.id)));
  const cache = await caches.open(cacheNames(BASE).mylist);
  for (const id of ids) {
    const url = href(`/resources/${id}/`);
    try {
      const response = await fetch(url, { headers: { [SAVE_REQUEST_HEADER]: '1' } });
      if (response.ok) await cache.put(url, response);
    } catch {
      // offline now: the copy kept earlier stays
    }
  }
}

if (offlineSupported()) {
  document.querySelectorAll<HTMLElement>('[data-saved-areas]').forEach((section) => void draw(section));
  void keepListedPages();
}
