import { describe, expect, test } from 'vitest';
import { pagefindFilters, readFilterState, writeFilterState } from './facets.ts';

describe('filters in the URL', () => {
  test('read and written back the same way (a bookmark gives the same search)', () => {
    const url = '?q=%E3%83%87%E3%82%A4&category=day-service&area=honcho&active=1&sort=kana';
    const state = readFilterState(new URLSearchParams(url));
    expect(state).toEqual({
      q: 'デイ',
      facets: { category: 'day-service', area: 'honcho' },
      active: true,
      sort: 'kana',
    });
    expect(writeFilterState(state)).toBe(url);
  });
  test('empty and unknown values are dropped', () => {
    expect(readFilterState(new URLSearchParams('q=&area=&sort=zz&foo=1'))).toEqual({
      q: '',
      facets: {},
      active: false,
      sort: 'relevance',
    });
    expect(writeFilterState(readFilterState(new URLSearchParams('')))).toBe('');
  });
  test('Pagefind filters: chosen facets, and 休止中・廃止 left out with `none`', () => {
    expect(pagefindFilters({ facets: { area: 'honcho' }, active: true })).toEqual({
      area: 'honcho',
      status: { none: ['suspended', 'closed'] },
    });
    expect(pagefindFilters({ facets: {}, active: false })).toEqual({});
  });
});
