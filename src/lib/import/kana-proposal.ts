/**
 * よみがな for lists that have none: most cities publish names without a reading column, and a
 * resource needs one (the site sorts and searches by it). At import time the name is read with
 * kuromoji (src/lib/text/japanese-analyzer.ts: a build-time analyzer and dictionary, never
 * part of the site), and the reading is offered as a proposal that the dry run lists for review.
 * Dictionaries misread place names (仏生山 → ぶつしょうざん); the mapping file's `readings:` gives
 * the right reading of such words first, and a kana column, when the list has one, always wins.
 */
import { loadTokenizer, type Tokenizer } from '../text/japanese-analyzer.ts';
import { normalizeKana } from '../text/normalize.ts';

export type KanaProposal = { ok: true; kana: string } | { ok: false; reason: string };

/** Reads one name; made once per import with the mapping's `readings:`. */
export type KanaProposer = (name: string) => KanaProposal;

const DIGIT_KANA = ['', 'いち', 'に', 'さん', 'よん', 'ご', 'ろく', 'なな', 'はち', 'きゅう'];
const PLACES: [number, string][] = [
  [1000, 'せん'],
  [100, 'ひゃく'],
  [10, 'じゅう'],
];
/** The sound changes of 300, 600, 800, 3000, 8000 (さんびゃく, はっせん …). */
const IRREGULAR: Record<string, string> = {
  さんひゃく: 'さんびゃく',
  ろくひゃく: 'ろっぴゃく',
  はちひゃく: 'はっぴゃく',
  さんせん: 'さんぜん',
  はちせん: 'はっせん',
};

/** 「2」 → に, 「12」 → じゅうに, 「300」 → さんびゃく; past 9999 digit by digit. */
export function numberKana(digits: string): string {
  let value = Number(digits);
  if (!Number.isInteger(value) || value === 0 || value > 9999 || digits.startsWith('0'))
    return [...digits].map((digit) => (digit === '0' ? 'ぜろ' : DIGIT_KANA[Number(digit)])).join('');
  let out = '';
  for (const [place, word] of PLACES) {
    const count = Math.floor(value / place);
    value %= place;
    if (count === 0) continue;
    const part = `${count === 1 ? '' : DIGIT_KANA[count]}${word}`;
    out += IRREGULAR[part] ?? part;
  }
  return out + DIGIT_KANA[value];
}

const KANA_ONLY = /^[\p{Script=Hiragana}\p{Script=Katakana}ー]+$/u;
const BRACKETS = /[()（）「」『』【】[\]〔〕<>＜＞]/;

/** The reading of one stretch of text without override words. */
function readPart(tokenizer: Tokenizer, text: string, unknown: string[]): string {
  let out = '';
  for (const token of tokenizer.tokenize(text)) {
    const surface = token.surface_form;
    if (/^\s+$/.test(surface) || BRACKETS.test(surface)) out += ' ';
    else if (KANA_ONLY.test(surface)) out += surface;
    else if (/^\d+$/.test(surface)) out += numberKana(surface);
    // Symbols (※, ・, ＆) are not read aloud; the dictionary gives them themselves as reading.
    else if (token.pos === '記号') continue;
    else if (token.reading && token.reading !== '*') out += token.reading;
    else unknown.push(surface);
  }
  return out;
}

/** Splits the name at the words of `readings` (longest first) and reads the rest with the analyzer. */
export function proposeKana(tokenizer: Tokenizer, name: string, readings: ReadonlyMap<string, string>): KanaProposal {
  const text = name.normalize('NFKC');
  const words = [...readings.keys()].map((word) => word.normalize('NFKC')).sort((a, b) => b.length - a.length);
  const given = new Map([...readings].map(([word, kana]) => [word.normalize('NFKC'), kana]));
  const unknown: string[] = [];
  let reading = '';
  let rest = text;
  while (rest) {
    const hits = words.map((word) => ({ word, at: rest.indexOf(word) })).filter((hit) => hit.at >= 0);
    const first = hits.sort((a, b) => a.at - b.at)[0];
    if (!first) {
      reading += readPart(tokenizer, rest, unknown);
      break;
    }
    reading += readPart(tokenizer, rest.slice(0, first.at), unknown) + given.get(first.word)!;
    rest = rest.slice(first.at + first.word.length);
  }
  if (unknown.length)
    return {
      ok: false,
      reason: `「${unknown.join('」「')}」の読み方がわかりません（よみがなの列を足すか、対応表の readings: に読みを書いてください）`,
    };
  const kana = normalizeKana(reading.replace(/\s+/g, ' ').trim());
  return kana.ok ? { ok: true, kana: kana.value } : { ok: false, reason: kana.reason };
}

/** A proposer for one import: the analyzer is loaded the first time a name needs it. */
export async function kanaProposer(readings: ReadonlyMap<string, string>): Promise<KanaProposer> {
  const tokenizer = await loadTokenizer();
  return (name) => proposeKana(tokenizer, name, readings);
}
