import { describe, expect, test } from 'vitest';
import { ja } from './messages/ja.ts';
import { en } from './messages/en.ts';
import { BUILT_IN_LANGUAGES, messages } from './catalogues.ts';
import { placeholders } from './format.ts';

/** Every sentence of a catalogue by its key path ('finder.title'; plural forms as 'area.count#one'). */
function sentences(catalogue: object, prefix = ''): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, value] of Object.entries(catalogue)) {
    const at = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') found.set(at, value);
    else if (value && typeof value === 'object' && 'other' in value) {
      for (const [form, text] of Object.entries(value)) found.set(`${at}#${form}`, text as string);
    } else if (value && typeof value === 'object') {
      for (const [inner, text] of sentences(value, at)) found.set(inner, text);
    } else throw new Error(`${at}: not a sentence`);
  }
  return found;
}

/** The keys without plural forms: what every catalogue must have exactly. */
const keysOf = (catalogue: object) =>
  [...new Set([...sentences(catalogue).keys()].map((key) => key.split('#')[0]))].sort();

const source = sentences(ja);

describe('the message catalogues', () => {
  test('the built-in languages include English and each has a catalogue', () => {
    expect(BUILT_IN_LANGUAGES).toContain('en');
    for (const tag of BUILT_IN_LANGUAGES) expect(messages(tag)).not.toBe(ja);
  });

  test.each(BUILT_IN_LANGUAGES)('%s has every key of ja.ts and no other', (tag) => {
    expect(keysOf(messages(tag))).toEqual(keysOf(ja));
  });

  test.each(BUILT_IN_LANGUAGES)('%s uses the same placeholders as ja.ts in every sentence and plural form', (tag) => {
    const wrong: string[] = [];
    for (const [key, text] of sentences(messages(tag))) {
      const original = source.get(key) ?? source.get(`${key.split('#')[0]}#other`);
      if (placeholders(text).join() !== placeholders(original ?? '').join()) wrong.push(`${key}: ${text}`);
    }
    expect(wrong).toEqual([]);
  });

  test.each(BUILT_IN_LANGUAGES)('%s has no empty sentence and every plural has its other form', (tag) => {
    const all = sentences(messages(tag));
    expect([...all].filter(([, text]) => text.trim() === '').map(([key]) => key)).toEqual([]);
    for (const key of all.keys()) if (key.includes('#')) expect(all.has(`${key.split('#')[0]}#other`)).toBe(true);
  });

  test('the English catalogue is not the Japanese one copied', () => {
    const same = [...sentences(en)].filter(([key, text]) => source.get(key) === text && /[ぁ-んァ-ン一-龥]/.test(text));
    expect(same).toEqual([]);
  });

  test('a catalogue with a key missing is caught (the checker itself)', () => {
    const broken = structuredClone(en) as { finder: Record<string, unknown> };
    delete broken.finder.title;
    expect(keysOf(broken)).not.toEqual(keysOf(ja));
  });
});
