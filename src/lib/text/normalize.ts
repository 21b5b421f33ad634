/**
 * Normalization of what staff type into content files: full-width digits, the many dash
 * characters Japanese IMEs produce, phone numbers, 〒 and よみがな.
 * Pure functions, no Astro imports: used by the schemas, the validator and the scripts.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { dashesToHyphens } from './dashes.ts';

/** NFKC (全角→半角 digits and Latin, 半角カナ→全角) and trimmed. */
export function nfkc(value: string): string {
  return value.normalize('NFKC').trim();
}

/** Half-width digits with every dash variant turned into "-"; spaces and brackets kept. */
export function normalizeDigitsAndDashes(value: string): string {
  return dashesToHyphens(nfkc(value));
}

export type PhoneResult = { ok: true; value: string } | { ok: false; reason: string };

/**
 * A Japanese phone or fax number, returned with hyphens in the national format
 * (03-1234-5678, 0120-123-456, 090-1234-5678). Accepts 全角 digits, any dash, spaces and
 * (054)623-3111 style brackets.
 */
export function normalizePhone(input: string): PhoneResult {
  const cleaned = normalizeDigitsAndDashes(input);
  const digits = cleaned.replace(/[\s()\-（）]/g, '');
  if (!/^\d+$/.test(digits)) {
    return { ok: false, reason: `「${input}」には数字とハイフン以外の文字が含まれています` };
  }
  if (!digits.startsWith('0')) {
    return {
      ok: false,
      reason: `「${input}」は0で始まっていません（市外局番の0が抜けていませんか）`,
    };
  }
  const parsed = parsePhoneNumberFromString(digits, 'JP');
  if (!parsed || !parsed.isValid()) {
    return {
      ok: false,
      reason: `「${input}」は日本の電話番号として正しくありません（桁数や市外局番を確認してください）`,
    };
  }
  return { ok: true, value: parsed.formatNational() };
}

export type PostalResult = { ok: true; value: string } | { ok: false; reason: string };

/** 〒 as NNN-NNNN; accepts 〒, 全角 digits, any dash or none. */
export function normalizePostalCode(input: string): PostalResult {
  const cleaned = normalizeDigitsAndDashes(input)
    .replace(/^〒\s*/, '')
    .replace(/\s/g, '');
  const match = /^(\d{3})-?(\d{4})$/.exec(cleaned);
  if (!match) {
    return { ok: false, reason: `「${input}」は郵便番号（7桁、例: 188-0001）として正しくありません` };
  }
  return { ok: true, value: `${match[1]}-${match[2]}` };
}

export type KanaResult = { ok: true; value: string } | { ok: false; reason: string };

/** One character (or half-width pair) of a reading that normalizeKana accepts: かな, カナ, ｶﾅ (ｶﾞ, ﾊﾟ), ー. */
const KANA_UNIT = '[ぁ-ゖゝゞァ-ヶー]|[ｳｶ-ﾄﾊ-ﾎ]ﾞ|[ﾊ-ﾎ]ﾟ|[ｦ-ﾝ]';

/**
 * What normalizeKana accepts, as a regular expression source for forms (the CMS and editors
 * refuse 漢字 while staff type). Never looser than normalizeKana (a test checks every character);
 * it refuses a few rare characters that NFKC would fold into kana (㋐, ゟ), which nobody types.
 */
export const KANA_INPUT_PATTERN = `^\\s*(?:${KANA_UNIT})(?:${KANA_UNIT}|\\s)*$`;

/**
 * よみがな: hiragana, ー and spaces. Katakana (全角・半角) becomes hiragana; anything else
 * (漢字, digits, Latin) is refused, because the reading is what 五十音順 sorting relies on.
 */
export function normalizeKana(input: string): KanaResult {
  const folded = input.normalize('NFKC').trim().replace(/\s+/g, ' ');
  let out = '';
  const bad = new Set<string>();
  for (const ch of folded) {
    const code = ch.codePointAt(0)!;
    if (code >= 0x30a1 && code <= 0x30f6) out += String.fromCodePoint(code - 0x60);
    else if ((code >= 0x3041 && code <= 0x3096) || ch === 'ー' || ch === ' ' || ch === 'ゝ' || ch === 'ゞ') out += ch;
    else {
      out += ch;
      bad.add(ch);
    }
  }
  if (out.length === 0) return { ok: false, reason: 'よみがなが空です' };
  if (bad.size > 0) {
    return {
      ok: false,
      reason: `よみがなに使えない文字「${[...bad].join('')}」があります（ひらがな・カタカナで書いてください）`,
    };
  }
  return { ok: true, value: out };
}

/** 五十音順 comparison of two readings (hiragana), stable for equal readings. */
export function compareKana(a: string, b: string): number {
  return a.localeCompare(b, 'ja');
}

/**
 * Text with the characters removed that change the direction of what follows them (U+202A–U+202E
 * embeddings/overrides, U+2066–U+2069 isolates). The validator refuses them; this is for content
 * built anyway (CONTENT_VALIDATION=report-only), where an unclosed U+202E in a name would turn
 * the phone number printed after it backwards.
 */
export function stripBidiControls(value: string): string {
  return value.replace(/[\u202A-\u202E\u2066-\u2069]/g, '');
}
