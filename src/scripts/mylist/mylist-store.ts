/**
 * マイリスト kept in this browser's localStorage, and nowhere else: nothing here sends anything.
 * The key carries the site's base path, so two sites on one host keep separate lists.
 */
import { parseLists, type MyLists } from '../../lib/mylist/mylist.ts';
import { BASE } from '../../lib/site/paths.ts';

const KEY = `mylist:${BASE}`;

export function loadLists(): MyLists {
  try {
    return parseLists(localStorage.getItem(KEY));
  } catch {
    return parseLists(null); // storage switched off: an empty list that is not kept
  }
}

export function saveLists(lists: MyLists): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(lists));
  } catch {
    // storage full or switched off: the page still works for this visit
  }
}

/** Calls back when another tab changed the lists. */
export function onOtherTabChange(callback: () => void): void {
  addEventListener('storage', (event) => {
    if (event.key === KEY) callback();
  });
}
