import { describe, expect, it } from 'vitest';
import { indexFolder, splitIntoIndexes } from './pagefind.ts';

describe('splitIntoIndexes', () => {
  const urls = Array.from({ length: 25 }, (_, i) => `/resources/r-${String(i).padStart(2, '0')}/`).reverse();
  const documents = urls.map((url) => ({ url }));
  const byUrl = (document: { url: string }) => document.url;

  it('cuts the documents into even runs no longer than the limit, every one once, in path order', () => {
    const groups = splitIntoIndexes(documents, 10, byUrl);
    expect(groups.map((group) => group.length)).toEqual([9, 9, 7]);
    expect(groups.flat().map(byUrl)).toEqual([...urls].sort());
  });

  it('keeps a site under the limit in one index', () => {
    expect(splitIntoIndexes(documents, 25, byUrl)).toHaveLength(1);
    expect(splitIntoIndexes([], 10, byUrl)).toEqual([[]]);
  });

  it('names the folders /pagefind/, /pagefind-2/, …', () => {
    expect([0, 1, 2].map(indexFolder)).toEqual(['pagefind', 'pagefind-2', 'pagefind-3']);
  });
});
