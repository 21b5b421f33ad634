/**
 * The entries' data for /list/: only the small files (/list/entries/<n>.json) that the listed ids
 * are in, each fetched once per visit.
 */
import { entryFile } from '../../lib/mylist/mylist.ts';
import type { ListEntryData } from '../../lib/mylist/list-entries.ts';

const files = new Map<number, Promise<ListEntryData[]>>();

function loadFile(base: string, index: number): Promise<ListEntryData[]> {
  let file = files.get(index);
  if (!file) {
    file = fetch(`${base}${index}.json`)
      .then((response) => (response.ok ? (response.json() as Promise<ListEntryData[]>) : []))
      .catch(() => []);
    files.set(index, file);
  }
  return file;
}

/** The data of these ids, by id; an id the site no longer has is simply absent. */
export async function loadEntries(
  ids: readonly string[],
  where: { base: string; count: number },
): Promise<Map<string, ListEntryData>> {
  const needed = [...new Set(ids.map((id) => entryFile(id, where.count)))];
  const loaded = await Promise.all(needed.map((index) => loadFile(where.base, index)));
  const wanted = new Set(ids);
  const byId = new Map<string, ListEntryData>();
  for (const entry of loaded.flat()) if (wanted.has(entry.id)) byId.set(entry.id, entry);
  return byId;
}
