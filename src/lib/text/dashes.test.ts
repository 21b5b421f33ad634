import { describe, expect, it } from 'vitest';
import { normalizeAddress } from '../areas/address.ts';
import { parseDaysText } from '../import/hours-text.ts';
import { addressKey, normalizeQuery } from '../search/search-terms.ts';
import { DASH_CHARACTERS, dashesToHyphens } from './dashes.ts';
import { normalizeDigitsAndDashes, normalizePhone } from './normalize.ts';

const variants = [...DASH_CHARACTERS];

describe('the dash set', () => {
  it('holds every dash the normalizer, the address matcher and the search knew before (their union)', () => {
    const before = ['-‐‑‒–—―−－ー─━ｰ﹣', '‐‑‒–—―−－ー─━ｰ', '-‐‑‒–—―−－ー─━ｰ﹣'];
    for (const set of before) for (const dash of set) expect(variants).toContain(dash);
    expect(new Set(variants).size).toBe(variants.length);
  });

  it.each(variants)('folds %s to "-" in every place that reads dashes', (dash) => {
    expect(dashesToHyphens(`a${dash}b`)).toBe('a-b');
    expect(normalizeDigitsAndDashes(`042${dash}555${dash}3201`)).toBe('042-555-3201');
    expect(normalizePhone(`042${dash}555${dash}3201`)).toEqual({ ok: true, value: '042-555-3201' });
    expect(normalizeAddress(`本町2丁目3${dash}4`)).toBe('本町2丁目3-4');
    expect(normalizeQuery(`本町2${dash}3${dash}1`)).toBe('本町 2_3_1');
    expect(addressKey(`みどり市本町2${dash}3${dash}1`)).toEqual({ town: '本町', key: '2_3_1' });
    expect(parseDaysText(`月${dash}水`)).toEqual(['mon', 'tue', 'wed']);
  });

  it('leaves の between numbers to the search, which reads it as a dash', () => {
    expect(normalizeQuery('本町2の3')).toBe('本町 2_3');
    expect(normalizeAddress('本町2の3')).toBe('本町2の3');
    expect(normalizeDigitsAndDashes('2の3')).toBe('2の3');
  });
});
