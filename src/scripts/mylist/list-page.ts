/**
 * /list/: draws the current マイリスト (or a shared one from the address's #share=…, read-only
 * until saved), and wires the list controls, the entries' 上へ・下へ・外す and notes, the share
 * link with its QR code, and printing. Everything stays in this browser (mylist-store.ts).
 */
import {
  addList,
  currentList,
  deleteList,
  listName,
  moveEntry,
  readShareFragment,
  removeEntry,
  renameList,
  selectList,
  setNote,
  type MyList,
  type MyLists,
} from '../../lib/mylist/mylist.ts';
import { loadEntries } from './list-data.ts';
import { entryItem, type EntryAction } from './list-entry-dom.ts';
import { listMap } from './list-map.ts';
import { loadLists, onOtherTabChange, saveLists } from './mylist-store.ts';

const root = document.querySelector<HTMLElement>('[data-mylist-page]')!;
const part = <T extends HTMLElement>(name: string) => root.querySelector<T>(`[data-mylist-${name}]`)!;
const where = { base: root.dataset.entriesBase ?? '', count: Number(root.dataset.entryFiles) || 1 };

let lists: MyLists = loadLists();
/** The list the address carries, shown read-only until saved. */
let shared: MyList | undefined;

function update(next: MyLists): void {
  lists = next;
  saveLists(lists);
  void render();
}

function renderControls(): void {
  const select = part<HTMLSelectElement>('select');
  select.replaceChildren(
    ...lists.lists.map((list, index) => {
      const option = document.createElement('option');
      option.value = String(index);
      option.textContent = `${listName(lists, index)}（${list.entries.length}件）`;
      return option;
    }),
  );
  select.value = String(lists.current);
  part<HTMLInputElement>('name').value = currentList(lists).name ?? '';
}

async function renderEntries(list: MyList, editable: boolean): Promise<void> {
  const data = await loadEntries(
    list.entries.map((entry) => entry.id),
    where,
  );
  const items = list.entries.map((entry, position) =>
    entryItem({ entry, data: data.get(entry.id), position, editable }, list.entries.length),
  );
  part('entries').replaceChildren(...items);
  part('empty').hidden = list.entries.length > 0;
  const map = listMap(list.entries.map((entry) => data.get(entry.id)?.location));
  part('map-svg').replaceChildren(...(map ? [map] : []));
  part('map').hidden = !map;
  const { update: updateOpenStatus } = await import('../hours/open-status.ts');
  void updateOpenStatus();
}

async function renderShare(list: MyList, title: string): Promise<void> {
  part('share').hidden = list.entries.length === 0;
  if (list.entries.length === 0) return;
  const { qrSvg, shareUrl } = await import('./list-share.ts');
  const url = shareUrl(list);
  part<HTMLInputElement>('link').value = url;
  part('qr').replaceChildren(qrSvg(url, `「${title}」を開く QR コード`));
}

async function render(): Promise<void> {
  const list = shared ?? currentList(lists);
  const title = shared ? shared.name || '共有されたリスト' : listName(lists, lists.current);
  part('nojs').hidden = true;
  part('shared').hidden = !shared;
  part('controls').hidden = Boolean(shared);
  const heading = part('title');
  heading.textContent = title;
  heading.hidden = false;
  if (!shared) renderControls();
  await renderEntries(list, !shared);
  await renderShare(list, title);
}

/** Moves the entry, then puts the focus back on the same button of the same entry (or its twin). */
function move(id: string, action: 'up' | 'down'): void {
  update(moveEntry(lists, id, action === 'up' ? -1 : 1));
  void render().then(() => {
    const item = part('entries').querySelector(`[data-entry="${CSS.escape(id)}"]`);
    const same = item?.querySelector<HTMLButtonElement>(`button[data-action="${action}"]`);
    const other = item?.querySelector<HTMLButtonElement>(`button[data-action="${action === 'up' ? 'down' : 'up'}"]`);
    (same && !same.disabled ? same : other)?.focus();
  });
}

function onEntryClick(event: Event): void {
  const button = (event.target as Element).closest<HTMLButtonElement>('button[data-action]');
  const id = button?.dataset.entry;
  if (!button || !id) return;
  const action = button.dataset.action as EntryAction;
  if (action === 'remove') {
    update(removeEntry(lists, id));
    part('title').focus();
  } else move(id, action);
}

let noteTimer: ReturnType<typeof setTimeout> | undefined;
function onNoteInput(event: Event): void {
  const area = event.target as HTMLTextAreaElement;
  const id = area.dataset.note;
  if (!id) return;
  lists = setNote(lists, id, area.value);
  saveLists(lists);
  const printed = part('entries').querySelector<HTMLElement>(`[data-note-print="${CSS.escape(id)}"]`);
  if (printed) {
    printed.lastChild!.textContent = area.value;
    printed.classList.toggle('is-empty', !area.value.trim());
  }
  clearTimeout(noteTimer);
  noteTimer = setTimeout(() => void renderShare(currentList(lists), listName(lists, lists.current)), 300);
}

function wireControls(): void {
  part<HTMLSelectElement>('select').addEventListener('change', (event) =>
    update(selectList(lists, Number((event.target as HTMLSelectElement).value))),
  );
  part('new').addEventListener('click', () => update(addList(lists)));
  part('rename').addEventListener('click', () => update(renameList(lists, part<HTMLInputElement>('name').value)));
  part('delete').addEventListener('click', () => {
    if (confirm(`「${listName(lists, lists.current)}」を削除しますか？`)) update(deleteList(lists));
  });
  part('entries').addEventListener('click', onEntryClick);
  part('entries').addEventListener('input', onNoteInput);
  part('print').addEventListener('click', () => print());
  part('copy').addEventListener('click', async () => {
    const link = part<HTMLInputElement>('link');
    link.select();
    const copied = await navigator.clipboard?.writeText(link.value).then(
      () => true,
      () => false,
    );
    part('copied').textContent = copied ? 'コピーしました' : 'リンクを選びました。コピーしてください';
  });
}

function readAddress(): void {
  shared = location.hash ? readShareFragment(location.hash) : undefined;
}

part('save').addEventListener('click', () => {
  if (!shared) return;
  const saved = shared;
  shared = undefined;
  history.replaceState(null, '', location.pathname + location.search);
  update(addList(lists, saved));
  part('title').focus();
});
addEventListener('hashchange', () => {
  readAddress();
  void render();
});
onOtherTabChange(() => {
  lists = loadLists();
  void render();
});
part('title').tabIndex = -1;
wireControls();
readAddress();
void render();
