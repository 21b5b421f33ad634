/**
 * File names for imported entries: the よみがな in plain Latin letters (ヘボン式に近い形), so a
 * clerk can still recognise 「yaizu-chiiki-kouryuu-sentaa」 in the folder. Ids need only be
 * stable and readable, not a perfect romanisation.
 */
const BASE: Record<string, string> = {
  あ: 'a',
  い: 'i',
  う: 'u',
  え: 'e',
  お: 'o',
  か: 'ka',
  き: 'ki',
  く: 'ku',
  け: 'ke',
  こ: 'ko',
  が: 'ga',
  ぎ: 'gi',
  ぐ: 'gu',
  げ: 'ge',
  ご: 'go',
  さ: 'sa',
  し: 'shi',
  す: 'su',
  せ: 'se',
  そ: 'so',
  ざ: 'za',
  じ: 'ji',
  ず: 'zu',
  ぜ: 'ze',
  ぞ: 'zo',
  た: 'ta',
  ち: 'chi',
  つ: 'tsu',
  て: 'te',
  と: 'to',
  だ: 'da',
  ぢ: 'ji',
  づ: 'zu',
  で: 'de',
  ど: 'do',
  な: 'na',
  に: 'ni',
  ぬ: 'nu',
  ね: 'ne',
  の: 'no',
  は: 'ha',
  ひ: 'hi',
  ふ: 'fu',
  へ: 'he',
  ほ: 'ho',
  ば: 'ba',
  び: 'bi',
  ぶ: 'bu',
  べ: 'be',
  ぼ: 'bo',
  ぱ: 'pa',
  ぴ: 'pi',
  ぷ: 'pu',
  ぺ: 'pe',
  ぽ: 'po',
  ま: 'ma',
  み: 'mi',
  む: 'mu',
  め: 'me',
  も: 'mo',
  や: 'ya',
  ゆ: 'yu',
  よ: 'yo',
  ら: 'ra',
  り: 'ri',
  る: 'ru',
  れ: 're',
  ろ: 'ro',
  わ: 'wa',
  ゐ: 'i',
  ゑ: 'e',
  を: 'o',
  ん: 'n',
  ゔ: 'vu',
  ぁ: 'a',
  ぃ: 'i',
  ぅ: 'u',
  ぇ: 'e',
  ぉ: 'o',
  ゎ: 'wa',
};

const SMALL_Y: Record<string, string> = { ゃ: 'a', ゅ: 'u', ょ: 'o' };
const SMALL_VOWEL: Record<string, string> = { ぁ: 'a', ぃ: 'i', ぅ: 'u', ぇ: 'e', ぉ: 'o' };

/** Hiragana (as stored in `kana`) → lower-case Latin letters and hyphens for spaces. */
export function kanaToRomaji(kana: string): string {
  const chars = [...kana];
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    const next = chars[i + 1];
    if (ch === ' ') {
      out += '-';
      continue;
    }
    if (ch === 'ー') {
      // 長音: repeat the vowel before it (せんたー → sentaa).
      const vowel = /[aeiou]$/.exec(out)?.[0];
      if (vowel) out += vowel;
      continue;
    }
    if (ch === 'っ') {
      const following = next ? BASE[next] : undefined;
      if (following) out += following.startsWith('ch') ? 't' : following[0];
      continue;
    }
    let syllable = BASE[ch];
    if (syllable === undefined) continue;
    if (next && SMALL_Y[next] && /i$/.test(syllable) && syllable.length > 1) {
      // きゃ → kya, しゃ → sha, ちゃ → cha, じゃ → ja
      const stem = syllable.slice(0, -1);
      syllable = /(sh|ch|j)$/.test(stem) ? stem + SMALL_Y[next] : `${stem}y${SMALL_Y[next]}`;
      i += 1;
    } else if (next && SMALL_VOWEL[next] && syllable.length > 1) {
      // ふぁ → fa, てぃ → ti, うぇ is handled as two vowels
      syllable = syllable.slice(0, -1) + SMALL_VOWEL[next];
      i += 1;
    }
    out += syllable;
  }
  return out.replace(/-+/g, '-').replace(/^-|-$/g, '');
}

/**
 * A file id from a reading, at most `max` characters. Too long, it drops whole words from the
 * front: names begin with their kind (とくべつようごろうじんほーむ …) and end with what tells them
 * apart, so 「特別養護老人ホーム 竜雲舜虹苑」 gets an id of its own rather than a number.
 */
export function idFromKana(kana: string, max = 40): string {
  const romaji = kanaToRomaji(kana);
  if (romaji.length <= max) return romaji;
  const words = romaji.split('-');
  for (let first = 1; first < words.length; first++) {
    const tail = words.slice(first).join('-');
    if (tail.length <= max && tail.length >= 8) return tail;
  }
  return (
    romaji
      .slice(0, max)
      .replace(/-[^-]*$/, '')
      .replace(/-$/, '') || romaji.slice(0, max)
  );
}
