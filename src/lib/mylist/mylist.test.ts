import { describe, expect, it } from 'vitest';
import {
  addList,
  currentList,
  deleteList,
  emptyLists,
  entryFile,
  entryFileCount,
  listName,
  moveEntry,
  NOTE_MAX,
  parseLists,
  readShareFragment,
  removeEntry,
  renameList,
  selectList,
  setNote,
  shareFragment,
  toggleEntry,
} from './mylist.ts';

const ids = (state: ReturnType<typeof emptyLists>) => currentList(state).entries.map((entry) => entry.id);

describe('マイリスト', () => {
  it('adds, takes out again, moves, annotates and removes in the current list', () => {
    let state = emptyLists();
    for (const id of ['a', 'b', 'c']) state = toggleEntry(state, id);
    expect(ids(state)).toEqual(['a', 'b', 'c']);
    expect(ids(toggleEntry(state, 'b'))).toEqual(['a', 'c']);
    state = moveEntry(state, 'a', 1);
    expect(ids(state)).toEqual(['b', 'a', 'c']);
    expect(ids(moveEntry(state, 'b', -1))).toEqual(['b', 'a', 'c']); // already first
    expect(ids(moveEntry(state, 'c', 1))).toEqual(['b', 'a', 'c']); // already last
    state = setNote(state, 'a', '木曜の午後がおすすめです');
    expect(currentList(state).entries[1]).toEqual({ id: 'a', note: '木曜の午後がおすすめです' });
    expect(currentList(setNote(state, 'a', '  ')).entries[1]).toEqual({ id: 'a' });
    expect(ids(removeEntry(state, 'a'))).toEqual(['b', 'c']);
  });

  it('keeps several lists named リスト1, リスト2 … unless the user types a name', () => {
    let state = toggleEntry(emptyLists(), 'a');
    state = addList(state);
    expect(state.current).toBe(1);
    expect(listName(state, 0)).toBe('リスト1');
    expect(listName(state, 1)).toBe('リスト2');
    state = renameList(state, '山田さん');
    expect(listName(state, 1)).toBe('山田さん');
    expect(listName(renameList(state, ''), 1)).toBe('リスト2');
    state = toggleEntry(state, 'b');
    expect(ids(selectList(state, 0))).toEqual(['a']);
    expect(ids(state)).toEqual(['b']);
    state = deleteList(state);
    expect(state.lists).toHaveLength(1);
    expect(ids(state)).toEqual(['a']);
    expect(deleteList(state)).toEqual(emptyLists());
  });

  it('reads anything stored without failing: broken JSON, bad ids, duplicates, long notes', () => {
    expect(parseLists(null)).toEqual(emptyLists());
    expect(parseLists('{')).toEqual(emptyLists());
    expect(parseLists('{"lists":"x"}')).toEqual(emptyLists());
    const stored = parseLists(
      JSON.stringify({
        current: 9,
        lists: [{ entries: [{ id: 'a', note: 'x'.repeat(500) }, { id: 'a' }, { id: '../x' }, { id: 3 }, null] }, 5],
      }),
    );
    expect(stored.current).toBe(0);
    expect(stored.lists).toEqual([{ entries: [{ id: 'a', note: 'x'.repeat(NOTE_MAX) }] }]);
  });

  it('a share fragment carries ids, notes and a typed name, and nothing else', () => {
    const list = { name: '山田さん', entries: [{ id: 'day-hidamari', note: '送迎あり。木曜に見学' }, { id: 'cafe' }] };
    const fragment = shareFragment(list);
    expect(fragment).toMatch(/^share=[A-Za-z0-9_-]+$/);
    expect(readShareFragment(`#${fragment}`)).toEqual(list);
    expect(readShareFragment(shareFragment({ entries: [{ id: 'a' }] }))).toEqual({ entries: [{ id: 'a' }] });
    expect(readShareFragment('#share=not base64!')).toBeUndefined();
    expect(readShareFragment('#top')).toBeUndefined();
    const hostile = `share=${btoa(JSON.stringify({ e: [['<script>', 'x'], 'ok', ['b', 7]] }))}`;
    expect(readShareFragment(hostile)).toEqual({ entries: [{ id: 'ok' }, { id: 'b' }] });
  });

  it('spreads ids over the entry files the same way every time', () => {
    expect(entryFileCount(0)).toBe(1);
    expect(entryFileCount(10_000)).toBe(100);
    const count = 100;
    const used = new Set(Array.from({ length: 10_000 }, (_, i) => entryFile(`resource-${i}`, count)));
    expect(used.size).toBe(count);
    expect(entryFile('day-hidamari', count)).toBe(entryFile('day-hidamari', count));
  });
});
