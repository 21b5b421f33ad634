/**
 * The characters staff and residents type where they mean a hyphen: one set for the content
 * normalizers (normalize.ts), the address matcher (areas/address.ts) and the search
 * (search/search-terms.ts). No imports, so the browser code can use it without pulling in
 * anything else.
 */

/**
 * Every dash variant, hyphen-minus first: ‐ ‑ ‒ – — ― (U+2010–2015), − (minus), － (full width),
 * ー and ｰ (the 長音符 typed by mistake), ─ ━ (box drawing), ﹣ (small hyphen-minus).
 */
export const DASH_CHARACTERS = '-‐‑‒–—―−－ー─━ｰ﹣';

/** The set as the inside of a RegExp character class (its leading "-" escaped). */
export const DASH_CLASS = `\\${DASH_CHARACTERS}`;

const ANY_DASH = new RegExp(`[${DASH_CLASS}]`, 'g');

/** Every dash variant turned into "-". */
export function dashesToHyphens(text: string): string {
  return text.replace(ANY_DASH, '-');
}
