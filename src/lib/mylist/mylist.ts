/**
 * マイリスト: the short lists a care manager keeps for each family, in the browser only. This is the
 * pure part (the lists' shape, every change as a new value, the share link's fragment and which
 * entry file holds an id); src/scripts/mylist/ keeps it in localStorage and draws it.
 *
 * Browser bundles import it: it imports nothing.
 */

export interface ListEntry {
  /** A resource id. */
  id: string;
  /** The care manager's short note for the family. */
  note?: string;
}

export interface MyList {
  /** Only what the user typed; shown as リスト1, リスト2 … otherwise (no client's name by default). */
  name?: string;
  entries: ListEntry[];
}

export interface MyLists {
  /** The list the buttons add to. */
  current: number;
  lists: MyList[];
}

export const NOTE_MAX = 200;
export const NAME_MAX = 40;
const ID = /^[a-z0-9][a-z0-9-]{0,99}$/;

export const emptyLists = (): MyLists => ({ current: 0, lists: [{ entries: [] }] });

/** The name to show: the typed one, or リスト1, リスト2 … by position. */
export function listName(lists: MyLists, index: number): string {
  return lists.lists[index]?.name || `リスト${index + 1}`;
}

function cleanText(value: unknown, max: number): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '').slice(0, max);
  return text.trim() ? text : undefined;
}

function cleanList(value: unknown): MyList | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const raw = value as { name?: unknown; entries?: unknown };
  if (!Array.isArray(raw.entries)) return undefined;
  const seen = new Set<string>();
  const entries: ListEntry[] = [];
  for (const item of raw.entries as { id?: unknown; note?: unknown }[]) {
    if (!item || typeof item.id !== 'string' || !ID.test(item.id) || seen.has(item.id)) continue;
    seen.add(item.id);
    const note = cleanText(item.note, NOTE_MAX);
    entries.push(note ? { id: item.id, note } : { id: item.id });
  }
  const name = cleanText(raw.name, NAME_MAX);
  return name ? { name, entries } : { entries };
}

/** What localStorage held, checked: anything unreadable becomes one empty list, never an error. */
export function parseLists(text: string | null | undefined): MyLists {
  let raw: { current?: unknown; lists?: unknown };
  try {
    raw = JSON.parse(text ?? 'null') ?? {};
  } catch {
    return emptyLists();
  }
  const lists = Array.isArray(raw.lists) ? raw.lists.map(cleanList).filter((list) => list !== undefined) : [];
  if (lists.length === 0) return emptyLists();
  const current = Number.isInteger(raw.current) ? Math.min(Math.max(raw.current as number, 0), lists.length - 1) : 0;
  return { current, lists };
}

export const currentList = (state: MyLists): MyList => state.lists[state.current]!;
export const hasEntry = (list: MyList, id: string): boolean => list.entries.some((entry) => entry.id === id);

function withCurrent(state: MyLists, change: (list: MyList) => MyList): MyLists {
  const lists = state.lists.map((list, index) => (index === state.current ? change(list) : list));
  return { ...state, lists };
}

/** Adds the id to the current list, or takes it out when it is there. */
export function toggleEntry(state: MyLists, id: string): MyLists {
  if (!ID.test(id)) return state;
  return withCurrent(state, (list) =>
    hasEntry(list, id)
      ? { ...list, entries: list.entries.filter((entry) => entry.id !== id) }
      : { ...list, entries: [...list.entries, { id }] },
  );
}

export function removeEntry(state: MyLists, id: string): MyLists {
  return withCurrent(state, (list) => ({ ...list, entries: list.entries.filter((entry) => entry.id !== id) }));
}

/** Moves an entry one place up (-1) or down (+1); at either end nothing changes. */
export function moveEntry(state: MyLists, id: string, by: -1 | 1): MyLists {
  return withCurrent(state, (list) => {
    const from = list.entries.findIndex((entry) => entry.id === id);
    const to = from + by;
    if (from < 0 || to < 0 || to >= list.entries.length) return list;
    const entries = [...list.entries];
    [entries[from], entries[to]] = [entries[to]!, entries[from]!];
    return { ...list, entries };
  });
}

export function setNote(state: MyLists, id: string, note: string): MyLists {
  const text = cleanText(note, NOTE_MAX);
  return withCurrent(state, (list) => ({
    ...list,
    entries: list.entries.map((entry) => (entry.id === id ? (text ? { id, note: text } : { id }) : entry)),
  }));
}

export function renameList(state: MyLists, name: string): MyLists {
  const text = cleanText(name, NAME_MAX);
  return withCurrent(state, (list) => (text ? { ...list, name: text } : { entries: list.entries }));
}

/** A new list (empty, or a received one) becomes the current one. */
export function addList(state: MyLists, list: MyList = { entries: [] }): MyLists {
  return { current: state.lists.length, lists: [...state.lists, list] };
}

export function selectList(state: MyLists, index: number): MyLists {
  return index >= 0 && index < state.lists.length ? { ...state, current: index } : state;
}

/** Deletes the current list; the last one left is emptied instead. */
export function deleteList(state: MyLists): MyLists {
  if (state.lists.length === 1) return emptyLists();
  const lists = state.lists.filter((_, index) => index !== state.current);
  return { current: Math.min(state.current, lists.length - 1), lists };
}

// ------------------------------------------------------------------ the share link's fragment

export const SHARE_KEY = 'share=';

function toBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder().decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
}

/**
 * The fragment (after #) that carries a list: its ids, notes and typed name as compact JSON in
 * base64url. A fragment is never sent to a server; base64 keeps Japanese notes short enough for a QR.
 */
export function shareFragment(list: MyList): string {
  const wire: { n?: string; e: (string | [string, string])[] } = {
    e: list.entries.map((entry) => (entry.note ? [entry.id, entry.note] : entry.id)),
  };
  if (list.name) wire.n = list.name;
  return SHARE_KEY + toBase64Url(JSON.stringify(wire));
}

/** The list a share fragment carries, checked like stored lists; undefined when it is not one. */
export function readShareFragment(fragment: string): MyList | undefined {
  const body = fragment.replace(/^#/, '');
  if (!body.startsWith(SHARE_KEY)) return undefined;
  let wire: { n?: unknown; e?: unknown };
  try {
    wire = JSON.parse(fromBase64Url(body.slice(SHARE_KEY.length)));
  } catch {
    return undefined;
  }
  if (!wire || !Array.isArray(wire.e)) return undefined;
  const entries = wire.e.map((item) => (Array.isArray(item) ? { id: item[0], note: item[1] } : { id: item }));
  return cleanList({ name: wire.n, entries });
}

// ------------------------------------------------------------------ which file holds an entry

/** About this many entries per data file: a list of a few entries fetches a few small files. */
export const ENTRIES_PER_FILE = 100;

export const entryFileCount = (resources: number): number => Math.max(1, Math.ceil(resources / ENTRIES_PER_FILE));

/** The file (0 … count-1) an id's entry is in: FNV-1a of the id, the same at build time and in the browser. */
export function entryFile(id: string, count: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % count;
}
