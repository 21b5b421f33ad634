/**
 * Kana → Hepburn romaji, so that a resident who types 「Ikejiri」, 「IKEJIRI」 or 「ryoga」 finds
 * the place whose よみがな is いけじり or りょうが, and so that pages can show a Latin reading of a
 * name. The content's own `kana` fields are the source: we never guess readings of kanji here.
 *
 * Spelling chosen (document once, here):
 * - `kanaToRomaji` writes the Hepburn that Japanese road signs and stations use, in lower case,
 *   without macrons: long vowels おう/おお → o and うう → u (りょうごく → ryogoku, とうきょう →
 *   tokyo), katakana ー dropped (サービス → sabisu); ei and ii stay written out (めいじ → meiji);
 *   ん is n everywhere and n' before a vowel or y (しんいち → shin'ichi); っ doubles the next
 *   consonant (っち → tchi); し/ち/つ/ふ/じ → shi/chi/tsu/fu/ji; を → o; ぢ/づ → ji/zu.
 * - `romajiSpellings` adds what people also type: long vowels written as the kana spell them
 *   (ryouga, oomori, saabisu), m for ん before b/m/p (shimbashi), and every form without the
 *   apostrophe (shinichi). Each option applies to the whole word, so a word has at most a handful.
 */

/** One kana (hiragana, after folding katakana) → its romaji. */
// prettier-ignore
const MONOGRAPHS: Record<string, string> = {
  あ: 'a', い: 'i', う: 'u', え: 'e', お: 'o',
  か: 'ka', き: 'ki', く: 'ku', け: 'ke', こ: 'ko',
  が: 'ga', ぎ: 'gi', ぐ: 'gu', げ: 'ge', ご: 'go',
  さ: 'sa', し: 'shi', す: 'su', せ: 'se', そ: 'so',
  ざ: 'za', じ: 'ji', ず: 'zu', ぜ: 'ze', ぞ: 'zo',
  た: 'ta', ち: 'chi', つ: 'tsu', て: 'te', と: 'to',
  だ: 'da', ぢ: 'ji', づ: 'zu', で: 'de', ど: 'do',
  な: 'na', に: 'ni', ぬ: 'nu', ね: 'ne', の: 'no',
  は: 'ha', ひ: 'hi', ふ: 'fu', へ: 'he', ほ: 'ho',
  ば: 'ba', び: 'bi', ぶ: 'bu', べ: 'be', ぼ: 'bo',
  ぱ: 'pa', ぴ: 'pi', ぷ: 'pu', ぺ: 'pe', ぽ: 'po',
  ま: 'ma', み: 'mi', む: 'mu', め: 'me', も: 'mo',
  や: 'ya', ゆ: 'yu', よ: 'yo',
  ら: 'ra', り: 'ri', る: 'ru', れ: 're', ろ: 'ro',
  わ: 'wa', ゐ: 'i', ゑ: 'e', を: 'o', ゔ: 'vu',
  ぁ: 'a', ぃ: 'i', ぅ: 'u', ぇ: 'e', ぉ: 'o',
  ゃ: 'ya', ゅ: 'yu', ょ: 'yo', ゎ: 'wa', ゕ: 'ka', ゖ: 'ke',
};

/** A kana followed by a small kana: ゃゅょ after an i-column kana, and the loan-word pairs. */
// prettier-ignore
const DIGRAPHS: Record<string, string> = {
  しゃ: 'sha', しゅ: 'shu', しぇ: 'she', しょ: 'sho',
  じゃ: 'ja', じゅ: 'ju', じぇ: 'je', じょ: 'jo',
  ぢゃ: 'ja', ぢゅ: 'ju', ぢょ: 'jo',
  ちゃ: 'cha', ちゅ: 'chu', ちぇ: 'che', ちょ: 'cho',
  てぃ: 'ti', でぃ: 'di', とぅ: 'tu', どぅ: 'du', でゅ: 'dyu', てゅ: 'tyu',
  つぁ: 'tsa', つぃ: 'tsi', つぇ: 'tse', つぉ: 'tso',
  ふぁ: 'fa', ふぃ: 'fi', ふぇ: 'fe', ふぉ: 'fo', ふゅ: 'fyu',
  うぃ: 'wi', うぇ: 'we', うぉ: 'wo',
  ゔぁ: 'va', ゔぃ: 'vi', ゔぇ: 've', ゔぉ: 'vo',
  いぇ: 'ye', くぁ: 'kwa', ぐぁ: 'gwa',
};

/** The consonant an i-column kana lends to a following ゃ/ゅ/ょ (き+ゃ → kya). */
// prettier-ignore
const YOON_ONSET: Record<string, string> = {
  き: 'k', ぎ: 'g', に: 'n', ひ: 'h', び: 'b', ぴ: 'p', み: 'm', り: 'r',
};

const SMALL_Y: Record<string, string> = { ゃ: 'a', ゅ: 'u', ょ: 'o' };

/** Katakana (ァ–ヶ, ヴ) → hiragana; other characters unchanged. */
function foldKatakana(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFKC')) {
    const code = ch.codePointAt(0)!;
    out += code >= 0x30a1 && code <= 0x30f6 ? String.fromCodePoint(code - 0x60) : ch;
  }
  return out;
}

/** Syllables in order; っ, ん and ー are kept as markers for the second pass. */
function syllables(hiragana: string): string[] {
  const chars = [...hiragana];
  const out: string[] = [];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    const next = chars[i + 1] ?? '';
    if (DIGRAPHS[ch + next]) {
      out.push(DIGRAPHS[ch + next]!);
      i++;
    } else if (YOON_ONSET[ch] && SMALL_Y[next]) {
      out.push(`${YOON_ONSET[ch]}y${SMALL_Y[next]}`);
      i++;
    } else if (ch === 'っ' || ch === 'ん' || ch === 'ー') {
      out.push(ch);
    } else {
      out.push(MONOGRAPHS[ch] ?? ch.toLowerCase());
    }
  }
  return out;
}

interface SpellingOptions {
  /** Write long vowels as the kana spell them (ryouga, saabisu) instead of dropping them. */
  longVowels: boolean;
  /** m for ん before b, m, p (shimbashi). */
  mBeforeLabials: boolean;
}

const VOWELS = 'aeiou';

/** っ, ん and ー resolved against their neighbours. */
function joinSyllables(parts: string[], options: SpellingOptions): string {
  let out = '';
  parts.forEach((part, i) => {
    const next = parts[i + 1] ?? '';
    if (part === 'っ') {
      if (next.startsWith('ch')) out += 't';
      else if (/^[bcdfghjkmnprstvwz]/.test(next)) out += next[0];
    } else if (part === 'ん') {
      const labial = options.mBeforeLabials && /^[bmp]/.test(next);
      out += labial ? 'm' : /^[aeiouy]/.test(next) ? "n'" : 'n';
    } else if (part === 'ー') {
      const vowel = out.at(-1) ?? '';
      if (options.longVowels && VOWELS.includes(vowel)) out += vowel;
    } else {
      out += part;
    }
  });
  return options.longVowels ? out : collapseLongVowels(out);
}

/** おう/おお → o, うう → u: the unmarked Hepburn of signs (Ryogoku, Tokyo, Oizumi). */
function collapseLongVowels(romaji: string): string {
  return romaji.replace(/o[ou]/g, 'o').replace(/uu/g, 'u');
}

/** Hepburn romaji of a kana text, lower case, long vowels unmarked (see the module docblock). */
export function kanaToRomaji(kana: string): string {
  return joinSyllables(syllables(foldKatakana(kana)), {
    longVowels: false,
    mBeforeLabials: false,
  });
}

/**
 * Every spelling of a kana text a resident might type: the Hepburn of `kanaToRomaji` first, then
 * long vowels written out, m before b/m/p, and each without the apostrophe. No duplicates.
 */
export function romajiSpellings(kana: string): string[] {
  const parts = syllables(foldKatakana(kana));
  const spellings = new Set<string>();
  for (const longVowels of [false, true]) {
    for (const mBeforeLabials of [false, true]) {
      const romaji = joinSyllables(parts, { longVowels, mBeforeLabials });
      spellings.add(romaji);
      spellings.add(romaji.replaceAll("'", ''));
    }
  }
  return [...spellings];
}
