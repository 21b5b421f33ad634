import { describe, expect, it } from 'vitest';
import { areaSearchDocuments, areaSearchFolder, areasWithOwnSearch, isUnusedSearchFile } from './area-search.ts';

describe("an area's own search index", () => {
  it('is made for every 地区 (an area with none inside it); a 圏域 and the whole town keep the site index', () => {
    const areas = [
      { id: 'city', level: 'municipality' as const },
      { id: 'ken', level: 'region' as const, parent: 'city' },
      { id: 'kita', level: 'district' as const, parent: 'ken' },
      { id: 'minami', level: 'district' as const, parent: 'ken' },
      { id: 'lone', level: 'region' as const, parent: 'city' },
    ];
    expect(areasWithOwnSearch(areas as never)).toEqual(['kita', 'minami', 'lone']);
    expect(areaSearchFolder('kita')).toBe('pagefind-areas/kita');
  });

  it('indexes the search documents among the saved pages, each once (finder answers are no documents)', () => {
    const documents = new Set(['/areas/kita/', '/resources/a/', '/resources/b/', '/resources/far/']);
    const pages = ['/areas/kita/', '/windows/dementia/kita/', '/resources/a/', '/resources/b/', '/resources/a/'];
    expect(areaSearchDocuments(pages, documents)).toEqual(['/areas/kita/', '/resources/a/', '/resources/b/']);
  });

  it("leaves out Pagefind's ready-made interfaces and its web worker, never the index", () => {
    for (const unused of ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-worker.js'])
      expect(isUnusedSearchFile(unused), unused).toBe(true);
    for (const used of ['pagefind.js', 'pagefind-entry.json', 'pagefind.ja_1.pf_meta', 'wasm.ja.pagefind'])
      expect(isUnusedSearchFile(used), used).toBe(false);
  });
});
