/**
 * One entry of /list/ as DOM: name, 種類, open now, phone in big digits, address, hours in words,
 * 空き, the note for the family, and (when the list is editable) 上へ・下へ・外す.
 */
import type { ListEntryData } from '../../lib/mylist/list-entries.ts';
import { NOTE_MAX, type ListEntry } from '../../lib/mylist/mylist.ts';

export type EntryAction = 'up' | 'down' | 'remove';

export interface EntryView {
  entry: ListEntry;
  data?: ListEntryData;
  position: number;
  editable: boolean;
}

function line(className: string, label: string, ...content: (Node | string)[]): HTMLElement {
  const p = document.createElement('p');
  p.className = className;
  const strong = document.createElement('span');
  strong.className = 'mylist-label';
  strong.textContent = label;
  p.append(strong, ...content);
  return p;
}

function heading(view: EntryView): HTMLElement {
  const h3 = document.createElement('h3');
  const number = document.createElement('span');
  number.className = 'mylist-number';
  number.textContent = `${view.position + 1}`;
  h3.append(number, ' ');
  if (!view.data) {
    h3.append('見つからない項目');
    return h3;
  }
  const link = document.createElement('a');
  link.href = view.data.url;
  link.textContent = view.data.name;
  h3.append(link);
  return h3;
}

function facts(data: ListEntryData): HTMLElement[] {
  const out: HTMLElement[] = [];
  const meta = document.createElement('p');
  meta.className = 'meta';
  meta.textContent = [data.status, data.category].filter(Boolean).join('・');
  out.push(meta);
  if (data.open) {
    const open = document.createElement('p');
    open.className = 'open-status open-status-large';
    open.dataset.openStatus = '';
    open.dataset.hours = data.open.hours;
    open.dataset.closed = data.open.closed;
    open.hidden = true;
    out.push(open);
  }
  if (data.phone) {
    const tel = document.createElement('a');
    tel.className = 'tel mylist-phone-number';
    tel.href = `tel:${data.phone}`;
    tel.textContent = data.phone;
    out.push(line('mylist-phone', '電話', tel));
  }
  if (data.hours) out.push(line('mylist-hours', '受付', data.hours));
  if (data.address) out.push(line('mylist-address', '場所', data.address));
  if (data.capacity) out.push(line('mylist-capacity', '定員・空き', data.capacity));
  return out;
}

function noteField(view: EntryView, name: string): HTMLElement[] {
  const note = view.entry.note ?? '';
  if (!view.editable) return note ? [line('mylist-note', 'メモ', note)] : [];
  const id = `mylist-note-${view.entry.id}`;
  const label = document.createElement('label');
  label.htmlFor = id;
  label.textContent = `ご家族へのメモ（${name}）`;
  const area = document.createElement('textarea');
  area.id = id;
  area.rows = 2;
  area.maxLength = NOTE_MAX;
  area.value = note;
  area.dataset.note = view.entry.id;
  const field = document.createElement('div');
  field.className = 'mylist-note-field no-print';
  field.append(label, area);
  // The printed handout shows the note as text, not as a form field.
  const printed = line('mylist-note print-only', 'メモ', note);
  printed.dataset.notePrint = view.entry.id;
  printed.classList.toggle('is-empty', !note);
  return [field, printed];
}

function actionButton(action: EntryAction, text: string, name: string, id: string): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.dataset.action = action;
  button.dataset.entry = id;
  // Every entry has these buttons: the name says which entry (and starts with the visible word).
  button.setAttribute('aria-label', `${text}（${name}）`);
  button.textContent = text;
  return button;
}

function actions(view: EntryView, name: string, count: number): HTMLElement {
  const p = document.createElement('p');
  p.className = 'mylist-actions no-print';
  const up = actionButton('up', '上へ', name, view.entry.id);
  const down = actionButton('down', '下へ', name, view.entry.id);
  up.disabled = view.position === 0;
  down.disabled = view.position === count - 1;
  p.append(up, down, actionButton('remove', 'リストから外す', name, view.entry.id));
  return p;
}

/** The entry's list item. */
export function entryItem(view: EntryView, count: number): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'card mylist-entry';
  item.dataset.entry = view.entry.id;
  const name = view.data?.name ?? view.entry.id;
  item.append(heading(view));
  if (view.data) item.append(...facts(view.data));
  else item.append(line('muted', '', 'このサイトから削除されたか、名前が変わった項目です。'));
  item.append(...noteField(view, name));
  if (view.editable) item.append(actions(view, name, count));
  return item;
}
