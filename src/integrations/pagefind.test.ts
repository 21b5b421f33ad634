import { describe, expect, it } from 'vitest';
import { indexFolder, splitIntoIndexes } from './pagefind.ts';

describe('splitIntoIndexes', () => {
  const pages = Array.from({ length: 25 }, (_, i) => `resources/r-${String(i).padStart(2, '0')}/index.html`).reverse();

  it('cuts the pages into even runs no longer than the limit, every page once, in path order', () => {
    const groups = splitIntoIndexes(pages, 10);
    expect(groups.map((group) => group.length)).toEqual([9, 9, 7]);
    expect(groups.flat()).toEqual([...pages].sort());
  });

  it('keeps a site under the limit in one index', () => {
    expect(splitIntoIndexes(pages, 25)).toHaveLength(1);
    expect(splitIntoIndexes([], 10)).toEqual([[]]);
  });

  it('names the folders /pagefind/, /pagefind-2/, …', () => {
    expect([0, 1, 2].map(indexFolder)).toEqual(['pagefind', 'pagefind-2', 'pagefind-3']);
  });
});
