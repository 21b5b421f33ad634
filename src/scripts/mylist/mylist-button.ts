/**
 * The 「マイリストに追加」 buttons on resource cards and pages. The pages print them hidden (they
 * need JavaScript); this shows them, gives each its words (「マイリストから外す」 when listed) and,
 * with one listener for the whole page, adds or removes on a click. Cards drawn in the browser
 * (search results, the map) get theirs from `mylistLine`.
 */
import { CARD_LABELS } from '../../lib/resources/card-model.ts';
import { currentList, hasEntry, listName, toggleEntry } from '../../lib/mylist/mylist.ts';
import { loadLists, onOtherTabChange, saveLists } from './mylist-store.ts';

const SELECTOR = 'button[data-mylist]';

function label(button: HTMLButtonElement, listed: boolean): void {
  button.textContent = listed ? CARD_LABELS.mylist.remove : CARD_LABELS.mylist.add;
  button.classList.toggle('is-listed', listed);
}

/** Shows every マイリスト button under root with the words for the current list. */
export function showButtons(root: ParentNode = document): void {
  const list = currentList(loadLists());
  for (const button of root.querySelectorAll<HTMLButtonElement>(SELECTOR)) {
    label(button, hasEntry(list, button.dataset.mylist ?? ''));
    const line = button.closest<HTMLElement>('.mylist-line');
    if (line) line.hidden = false;
  }
}

/** The button's line for a card drawn in the browser. */
export function mylistLine(resourceId: string): HTMLElement {
  const line = document.createElement('p');
  line.className = 'mylist-line';
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'mylist-button';
  button.dataset.mylist = resourceId;
  label(button, hasEntry(currentList(loadLists()), resourceId));
  line.append(button);
  return line;
}

/**
 * One polite line that says what a click did (the button's new words alone are easy to miss). It
 * is in the page before the first click: a live region added with its text is often not read.
 */
const status = document.createElement('p');
status.className = 'visually-hidden';
status.setAttribute('role', 'status');
document.body.append(status);
function announce(text: string): void {
  status.textContent = text;
}

function onClick(event: Event): void {
  const button = (event.target as Element | null)?.closest<HTMLButtonElement>(SELECTOR);
  const id = button?.dataset.mylist;
  if (!button || !id) return;
  const lists = toggleEntry(loadLists(), id);
  saveLists(lists);
  const listed = hasEntry(currentList(lists), id);
  for (const same of document.querySelectorAll<HTMLButtonElement>(SELECTOR)) {
    if (same.dataset.mylist === id) label(same, listed);
  }
  announce(`${listName(lists, lists.current)}${listed ? 'に追加しました' : 'から外しました'}`);
}

document.addEventListener('click', onClick);
onOtherTabChange(() => showButtons());
showButtons();
