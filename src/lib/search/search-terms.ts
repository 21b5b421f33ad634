/**
 * What the search index knows about an entry beyond its visible text, and how a typed query is
 * folded before it reaches Pagefind. Pure TypeScript (no Astro): the search documents
 * (search-document.ts) carry these terms; the /search/ client and the e2e test use normalizeQuery().
 *
 * Why: Pagefind splits Japanese at index time with a dictionary segmenter and at query time with
 * the browser's Intl.Segmenter, and the two disagree on some words (upstream issue #1237,
 * https://github.com/Pagefind/pagefind/issues/1237). Pagefind matches query words as prefixes of
 * indexed words, so we index every name in several written forms (as written, in hiragana, the
 * よみがな, ヶ/ケ/が variants) plus the words residents use for a service (ケアマネ, デイ, 特養 …),
 * and fold the query (NFKC, punctuation, addresses) the same way.
 */
import { DASH_CLASS } from '../text/dashes.ts';
import { romajiSpellings } from '../text/romaji.ts';
import { translatedSynonyms } from './language-synonyms.ts';

/** Katakana (ァ–ヶ) → hiragana; everything else unchanged. */
export function toHiragana(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    out += code >= 0x30a1 && code <= 0x30f6 ? String.fromCodePoint(code - 0x60) : ch;
  }
  return out;
}

/** Hiragana (ぁ–ゖ) → katakana; everything else unchanged. */
export function toKatakana(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    out += code >= 0x3041 && code <= 0x3096 ? String.fromCodePoint(code + 0x60) : ch;
  }
  return out;
}

const KANA_ONLY = /^[\p{Script=Hiragana}\p{Script=Katakana}ー\s]+$/u;

/**
 * 桜ヶ丘 / 桜ケ丘 / 桜が丘 / 桜ヵ丘 are the same place name: a ヶ-like character between two kanji
 * is written all four ways. Returns every spelling (the input first).
 */
export function placeNameVariants(text: string): string[] {
  const pattern = /(\p{Script=Han})[ヶケがヵ](?=\p{Script=Han})/gu;
  if (!pattern.test(text)) return [text];
  const spellings = ['ヶ', 'ケ', 'が'].map((mark) => text.replace(pattern, `$1${mark}`));
  return unique([text, ...spellings]);
}

/**
 * The numbers of a Japanese street address as one index word: 「本町2-3-1」, 「本町2丁目3番1号」
 * and 「本町２－３－１」 all become town 本町, key `2_3_1`. Pagefind keeps `_` inside a word
 * (its default include characters), and matches prefixes, so 「本町2-3」 (key `2_3`) finds
 * every 本町2-3-x. Returns undefined when no block number is found.
 */
export function addressKey(address: string): { town: string; key: string } | undefined {
  const text = foldDashes(address.normalize('NFKC'))
    .replace(/(\d+)丁目/g, '$1-')
    .replace(/(\d+)番地?/g, '$1-')
    .replace(/(\d+)号/g, '$1')
    .replace(/-+(?=\s|$)/g, '');
  const match = /([^\s\d-]+?)(\d+(?:-\d+)*)/u.exec(stripMunicipalityPrefix(text));
  if (!match) return undefined;
  return { town: match[1]!, key: match[2]!.split('-').join('_') };
}

function stripMunicipalityPrefix(text: string): string {
  // 「みどり市本町」 → 「本町」: the town is what people type.
  return text.replace(/^.*?[都道府県]/u, '').replace(/^[^\s\d]*?[市区町村](?=[^\s\d]+\d)/u, '');
}

/**
 * A dash between numbers, with the spaces around it, as "-". の counts as one there too:
 * residents write 「本町2の3」 for 本町2-3.
 */
const NUMBER_DASH = new RegExp(`(?<=\\d)\\s*[${DASH_CLASS}の]\\s*(?=\\d)`, 'g');

/** Every dash a Japanese IME produces between numbers (and の there), as "-". */
function foldDashes(text: string): string {
  return text.replace(NUMBER_DASH, '-');
}

/**
 * What residents call a kind of place, keyed by what the entry is called. Matched against the
 * entry's name and its category's name only (a description mentions too much: the 地域包括支援
 * センター's description talks about ケアマネジャー, which must not make it a ケアマネ hit).
 * Each group also lists its readings, so a hiragana query finds it.
 */
export const SYNONYMS: { when: RegExp; terms: string[] }[] = [
  {
    when: /居宅介護支援|ケアマネ|ケアプラン/,
    terms: [
      'ケアマネ',
      'ケアマネジャー',
      'ケアマネージャー',
      'けあまね',
      '居宅介護支援',
      'きょたく',
      'ケアプラン',
      '介護支援専門員',
    ],
  },
  {
    when: /地域包括支援センター|包括|すこやか福祉|あんしんすこやか/,
    terms: [
      '包括',
      'ほうかつ',
      '地域包括支援センター',
      'ちいきほうかつ',
      'あんすこ',
      'あんしんすこやかセンター',
      '高齢者相談センター',
    ],
  },
  {
    when: /通所介護|デイサービス|デイ(?!ケア)/,
    terms: ['デイサービス', 'デイ', 'でい', 'でいさーびす', '通所介護', 'つうしょ'],
  },
  { when: /通所リハ|デイケア/, terms: ['デイケア', 'でいけあ', '通所リハビリ'] },
  {
    when: /訪問介護|ホームヘルプ|ヘルパー|定期巡回/,
    terms: ['ヘルパー', 'ホームヘルパー', 'へるぱー', 'ホームヘルプ', '訪問介護', 'ほうもんかいご'],
  },
  { when: /訪問看護/, terms: ['訪問看護', '訪看', 'ほうかん', 'ほうもんかんご'] },
  { when: /短期入所|ショートステイ/, terms: ['ショートステイ', 'ショート', 'しょーとすてい', '短期入所'] },
  {
    when: /特別養護老人ホーム|特養/,
    terms: ['特養', 'とくよう', '特別養護老人ホーム', '老人ホーム', 'ろうじんほーむ'],
  },
  { when: /介護老人保健施設|老健/, terms: ['老健', 'ろうけん', '介護老人保健施設'] },
  { when: /介護医療院/, terms: ['介護医療院', '療養病床'] },
  { when: /グループホーム|認知症対応型共同生活/, terms: ['グループホーム', 'グルホ', 'ぐるーぷほーむ'] },
  { when: /サービス付き高齢者向け住宅|サ高住/, terms: ['サ高住', 'さこうじゅう', 'サービス付き高齢者向け住宅'] },
  { when: /有料老人ホーム/, terms: ['有料老人ホーム', '老人ホーム', 'ろうじんほーむ'] },
  { when: /小規模多機能/, terms: ['小規模多機能', '小多機', 'しょうたき', '看多機'] },
  { when: /社会福祉協議会|社協/, terms: ['社協', 'しゃきょう', '社会福祉協議会'] },
  { when: /配食|弁当|宅配/, terms: ['配食', 'はいしょく', '弁当', 'お弁当', 'べんとう', '宅配', '食事'] },
  { when: /見守り|安否確認|緊急通報/, terms: ['見守り', 'みまもり', '安否確認', 'ひとり暮らし', '一人暮らし'] },
  { when: /薬局|調剤|ファーマシー|ドラッグ/, terms: ['薬局', 'やっきょく', '薬', 'くすり', '調剤'] },
  { when: /歯科|デンタル/, terms: ['歯医者', 'はいしゃ', '歯科', 'しか'] },
  { when: /眼科/, terms: ['眼医者', '目医者', 'めいしゃ', '眼科', 'がんか'] },
  { when: /耳鼻/, terms: ['耳鼻科', 'じびか', '耳鼻咽喉科'] },
  { when: /整形外科/, terms: ['整形外科', '整形', 'せいけい'] },
  { when: /病院/, terms: ['病院', 'びょういん'] },
  { when: /診療所|クリニック|医院/, terms: ['医者', 'いしゃ', 'お医者さん', 'かかりつけ医', '診療所', 'クリニック'] },
  { when: /在宅|訪問診療|往診|ホームクリニック/, terms: ['訪問診療', '往診', '在宅医療'] },
  { when: /認知症/, terms: ['認知症', 'にんちしょう'] },
  // A worry is brought to a window, not to a café or a group home.
  { when: /認知症.*(相談|センター)|もの忘れ|物忘れ/, terms: ['物忘れ', 'もの忘れ', 'ものわすれ'] },
  { when: /公民館|地域センター|会館|いこいの家/, terms: ['公民館', 'こうみんかん', '集会所'] },
  { when: /サロン|居場所|茶話会/, terms: ['サロン', 'さろん', '居場所', 'いばしょ'] },
  { when: /通いの場|体操|介護予防/, terms: ['通いの場', '体操', 'たいそう', '介護予防'] },
  { when: /移動支援|外出支援|バス|運送/, terms: ['移動', '送迎', '外出', '買い物', 'バス'] },
  { when: /権利擁護|成年後見/, terms: ['成年後見', '後見', 'こうけん', '権利擁護', '虐待', 'ぎゃくたい'] },
  { when: /ボランティア/, terms: ['ボランティア', 'ぼらんてぃあ'] },
  {
    when: /子ども家庭|子育て支援|子育て相談|児童相談/,
    terms: ['子育て', 'こそだて', '子育て相談', '子ども', 'こども', '育児', '児童'],
  },
  { when: /24時間/, terms: ['24時間', '夜間'] },
];

/** Extra words for a 困りごと (topic), matched against its name. */
export const TOPIC_SYNONYMS: { when: RegExp; terms: string[] }[] = [
  { when: /認知症|もの忘れ/, terms: ['物忘れ', 'ものわすれ', 'にんちしょう'] },
  { when: /介護保険|介護が必要/, terms: ['介護保険', '申請', '要介護認定', 'かいごほけん'] },
  { when: /虐待/, terms: ['ぎゃくたい', '成年後見'] },
  { when: /生活費|くらしに困/, terms: ['生活困窮', 'お金', '生活保護'] },
  { when: /ひとり暮らし/, terms: ['一人暮らし', '独居'] },
];

/** The synonyms of every group whose pattern the texts match, with the group's words in other languages. */
export function synonymsFor(texts: string[], table = SYNONYMS): string[] {
  const joined = texts.join(' ');
  const terms = table.filter((group) => group.when.test(joined)).flatMap((group) => group.terms);
  return unique([...terms, ...translatedSynonyms(joined)]);
}

/** A name in every written form a resident may type. */
export function nameForms(name: string, kana?: string): string[] {
  const folded = name.normalize('NFKC');
  const forms = [...placeNameVariants(folded)];
  // A hiragana form of the katakana in the name (デイサービス → でいさーびす).
  forms.push(toHiragana(folded));
  if (kana) {
    forms.push(kana, kana.replace(/\s+/g, ''));
    // Each part of a spaced reading is also a word (「みどりし にんちしょう…」).
    forms.push(...kana.split(/\s+/));
    forms.push(...romajiForms(kana));
  }
  return unique(forms.filter((form) => form.trim() !== ''));
}

/** Kana that lean on the kana before them: no syllable starts with one. */
const LEANING_KANA = /^[ぁぃぅぇぉゃゅょゎっんーァィゥェォャュョヮッンー]/u;

/**
 * A reading in Latin letters (src/lib/text/romaji.ts), from each of its syllables on, in every
 * spelling residents type: いけじりちく → ikejirichiku, kejirichiku … chiku; りょうが → ryoga and
 * ryouga. Latin keys match from the start of a word only (see indexKeys), so the suffixes are
 * what lets 「Ikejiri」 find 「せたがやくりつ いけじり…」 without 「jiri」 matching every じり.
 */
export const romajiForms = remembered((kana: string): string[] => {
  const forms = new Set<string>();
  for (const part of unique([kana.replace(/\s+/g, ''), ...kana.split(/\s+/)])) {
    const chars = [...part];
    chars.forEach((ch, start) => {
      // One kana alone (「く」 → ku) would match too much.
      if (LEANING_KANA.test(ch) || chars.length - start < 2) return;
      for (const spelling of romajiSpellings(chars.slice(start).join(''))) forms.add(spelling.replaceAll("'", ''));
    });
  }
  return [...forms].filter((form) => /^[a-z]+$/.test(form));
});

export interface ResourceTermsInput {
  name: string;
  kana: string;
  category: { name: string; group: string; description?: string };
  topics?: { name: string; question?: string; description?: string }[];
  areas?: { name: string; kana?: string }[];
  address?: string;
}

/**
 * The search keys of a resource, by importance: `strong` (its names and what it
 * is called), `related` (its 困りごと and areas) and `background` (descriptions). The search
 * document gives them decreasing Pagefind weights.
 */
export function resourceSearchTerms(input: ResourceTermsInput): {
  strong: string[];
  related: string[];
  background: string[];
} {
  const { name, kana, category } = input;
  const strong = [...nameForms(name, kana), ...nameForms(category.name), ...synonymsFor([name, category.name])];
  const topics = input.topics ?? [];
  const related = [
    ...topics.flatMap((topic) => [topic.name, ...synonymsFor([topic.name], TOPIC_SYNONYMS)]),
    category.group,
    ...(input.areas ?? []).flatMap((area) => nameForms(area.name, area.kana)),
  ];
  const key = input.address ? addressKey(input.address) : undefined;
  if (key) related.push(...placeNameVariants(key.town), key.key);
  const background = [
    ...(category.description ? [category.description] : []),
    ...topics.flatMap((topic) => [topic.question ?? '', topic.description ?? '']),
  ].filter(Boolean);
  return { strong: unique(strong), related: unique(related), background: unique(background) };
}

export interface AreaTermsInput {
  name: string;
  kana: string;
  towns?: string[];
  ancestors?: { name: string; kana?: string }[];
}

/** The search keys of an area: its names, readings and the 町丁目 it covers. */
export function areaSearchTerms(input: AreaTermsInput): string[] {
  const baseName = input.name.replace(/(地区|圏域|地域)$/u, '');
  const baseKana = input.kana.replace(/(ちく|けんいき|ちいき)$/u, '');
  const towns = (input.towns ?? []).flatMap((town) => {
    // 「本町3丁目1～12番」 → 本町3丁目, 本町; the town without numbers is what people type.
    const folded = town.normalize('NFKC');
    const withoutBlocks = folded.replace(/\d+[~〜～]\d+番$/u, '');
    const townOnly = folded.replace(/\d.*$/u, '');
    return [withoutBlocks, townOnly].flatMap(placeNameVariants);
  });
  return unique(
    [
      ...nameForms(input.name, input.kana),
      ...placeNameVariants(baseName),
      baseKana,
      ...towns,
      ...(input.ancestors ?? []).map((area) => area.name),
    ].filter((term) => term.trim() !== ''),
  );
}

/**
 * The query as Pagefind should see it: NFKC (半角カナ → 全角, 全角英数 → 半角), brackets and
 * 句読点 as spaces, and an address's numbers as the index's address key (「本町２－３－１」 →
 * 「本町 2_3_1」). Returns '' for a query with nothing searchable in it.
 */
export function normalizeQuery(query: string): string {
  let text = foldDashes(query.normalize('NFKC'))
    .replace(/[「」『』（）()［］[\]【】〈〉《》、。,.・:：;；!！?？"'”“’‘]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  // Addresses: 「本町2丁目3-1」「本町2-3-1」「本町2-3」 → 「本町 2_3_1」…
  text = text
    .replace(/(\d+)丁目(?=\d)/g, '$1-')
    .replace(/(\d+)番地?(?=\d)/g, '$1-')
    .replace(/(\d+)号/g, '$1');
  text = text.replace(/(\d+(?:-\d+)+)/g, (numbers) => ` ${numbers.split('-').join('_')} `);
  // 「本町2丁目」 → 「本町 2_」: every address key of 2丁目 starts with "2_".
  text = text.replace(/(\d+)丁目/g, ' $1_ ');
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Words that only say "I want to consult", in Japanese and the site's other languages. In a
 * query with other words they must never exclude an entry: 「子育て 相談」 must find the
 * 子ども家庭支援センター, whose text has no 相談. The search requires the other words and ranks
 * the entries that also have these higher (src/scripts/search/pagefind-search.ts).
 */
export const CONSULT_WORDS = [
  ...['相談', '相談先', '相談所', '相談窓口', '相談したい', '窓口', '施設', '場所', '所', 'ところ', 'センター'],
  ...['そうだん', 'まどぐち', 'しせつ', 'ばしょ', 'せんたー', 'どこ', '近く', 'ちかく', '近所', '教えて', '知りたい'],
  ...['consult', 'consultation', 'advice', 'help', 'where', 'near', 'office', 'center', 'centre', 'service'],
  ...['咨询', '窗口', '상담', '창구', 'tư vấn', 'consulta', 'atendimento'],
];

const CONSULT_KEYS = new Set(CONSULT_WORDS.map((word) => foldForKey(word)));

/**
 * The town's own names count as consult words too (every entry is in the town): 「けやき区」,
 * 「けやき」 and their readings.
 */
export function townWords(municipality: { name: string; kana?: string }): string[] {
  const base = municipality.name.replace(/[都道府県市区町村]$/u, '');
  const kana = municipality.kana?.replace(/\s+/g, '');
  const kanaBase = kana?.replace(/(し|く|ちょう|まち|そん|むら)$/u, '');
  return unique([
    municipality.name,
    base,
    kana ?? '',
    kanaBase ?? '',
    ...(kana ? romajiSpellings(kanaBase!) : []),
  ]).filter((word) => word.length > 1);
}

/** True for a consult word (CONSULT_WORDS, or one of `extra`) in any written form. */
export function isConsultWord(word: string, extra: readonly string[] = []): boolean {
  const folded = foldForKey(word);
  return CONSULT_KEYS.has(folded) || extra.some((other) => foldForKey(other) === folded);
}

/** A query's words: those it must find (`required`) and those that only rank (`ranking`). */
export interface QueryWords {
  required: string[];
  ranking: string[];
}

/**
 * Splits a query (already normalized) into the words an entry must have and the consult words
 * (CONSULT_WORDS, `extra`) that only rank; a lone particle (の, を …) left by the word splitter only
 * ranks too. A query of consult words only keeps them all as required.
 */
export function splitConsultWords(words: readonly string[], extra: readonly string[] = []): QueryWords {
  const isSoft = (word: string) => isConsultWord(word, extra) || /^[\p{Script=Hiragana}]$/u.test(word);
  const required = words.filter((word) => !isSoft(word));
  if (required.length === 0) return { required: [...words], ranking: [] };
  return { required, ranking: words.filter(isSoft) };
}

/**
 * Pagefind's ranking, written out in full: the site's search and the portal's merged search
 * (src/scripts/federation/portal-search.ts) give it to every index, since a merged index does not
 * take the first one's (https://github.com/Pagefind/pagefind/issues/796). No penalty for long
 * documents (a window's says a lot); the other three are Pagefind's defaults.
 */
export const PAGEFIND_RANKING = { termFrequency: 1.0, pageLength: 0, termSaturation: 1.4, termSimilarity: 1.0 };

/** True when a query is made only of kana (a reading), e.g. 「ほうかつ」. */
export function isKanaOnly(query: string): boolean {
  return KANA_ONLY.test(query);
}

// ------------------------------------------------------------------ search keys
//
// The fix for #1237: index-time and query-time word splitting of Japanese disagree (「けやきの里」
// is indexed as words the query 「けやきの 里」 never produces; a hiragana query 「でいさーびす」 is
// split into six one-letter words). So besides the page text we index *search keys*: each name,
// reading and term folded (NFKC, katakana → hiragana, 桜ヶ丘 → 桜が丘), every suffix of it (for
// 「包括」 inside 「地域包括支援センター」), cut to KEY_LENGTH characters, and spelled in Latin
// letters (3 base-36 digits per character). Latin words are split the same way at both ends, and
// Pagefind matches a query word as a prefix of an indexed word, so a folded, encoded query word
// finds every term that contains it. The /search/ client encodes the query the same way.

/** Characters kept in a key; a longer query word is cut too, and still matches as a prefix. */
export const KEY_LENGTH = 6;
/** The same for a word of Latin letters only (romaji, English): a letter says less than a kanji. */
export const LATIN_KEY_LENGTH = 12;
const LATIN_WORD = /^[a-z]+$/;
/** Marks a key as one of ours; no resident types "xq". */
export const KEY_PREFIX = 'xq';

/** The form both ends compare: NFKC, 桜ヶ丘 → 桜が丘, katakana → hiragana, lower case, no spaces or punctuation. */
export function foldForKey(text: string): string {
  const nfkc = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/(\p{Script=Han})[ヶケヵ](?=\p{Script=Han})/gu, '$1が');
  return toHiragana(withoutLatinAccents(nfkc)).replace(/[^\p{L}\p{N}ー_]/gu, '');
}

/**
 * 「demência」「trí tuệ」 → demencia, tri tue: residents often type Portuguese and Vietnamese
 * without the marks. Only marks on Latin letters go (が keeps its dakuten).
 */
function withoutLatinAccents(text: string): string {
  if (!/[\u00c0-\u024f\u1e00-\u1eff]/u.test(text)) return text;
  return text
    .normalize('NFD')
    .replace(/(?<=[a-z])\p{M}+/gu, '')
    .normalize('NFC')
    .replace(/đ/g, 'd');
}

/** Code points below this take three base-36 digits (0…y first); the rest "z" and four more. */
const SHORT_CODES = 35 * 36 ** 2;

/**
 * One character in Latin letters: three base-36 digits for U+0000–U+B12F (kana, CJK ideographs,
 * Latin), "z" and four digits above (ハングル, 한국어 synonyms). No code is the start of another,
 * so a key's prefix is still the key of the word's prefix.
 */
function encodeChar(ch: string): string {
  const code = ch.codePointAt(0)!;
  if (code < SHORT_CODES) return code.toString(36).padStart(3, '0');
  return `z${(code - SHORT_CODES).toString(36).padStart(4, '0')}`;
}

/** A folded word in Latin letters, cut to KEY_LENGTH (Latin words: LATIN_KEY_LENGTH) characters. */
export function encodeKey(folded: string): string {
  const length = LATIN_WORD.test(folded) ? LATIN_KEY_LENGTH : KEY_LENGTH;
  return KEY_PREFIX + [...folded].slice(0, length).map(encodeChar).join('');
}

/**
 * A memory for work that tens of thousands of search documents repeat (their 種類, 困りごと and
 * areas are shared); emptied when full, so it stays bounded.
 */
function remembered<T>(make: (text: string) => T): (text: string) => T {
  const memory = new Map<string, T>();
  return (text) => {
    let value = memory.get(text);
    if (value === undefined) {
      if (memory.size >= 200_000) memory.clear();
      value = make(text);
      memory.set(text, value);
    }
    return value;
  };
}

/** The keys of one word: every suffix, folded, encoded, cut to KEY_LENGTH characters. */
const suffixKeys = remembered((part: string) => {
  const folded = foldForKey(part);
  // A Latin word is matched from its start, as Pagefind matches Latin text (romajiForms lists
  // the syllable suffixes of a reading itself).
  if (LATIN_WORD.test(folded)) return [encodeKey(folded)];
  // Each character encoded once; a suffix's key is the first KEY_LENGTH codes from its start.
  const codes = [...folded].map(encodeChar);
  return codes.map((_, start) => KEY_PREFIX + codes.slice(start, start + KEY_LENGTH).join(''));
});

/** Index keys for terms: every suffix of each (space-separated) part, folded and encoded. */
export function indexKeys(terms: string[]): string[] {
  const keys = new Set<string>();
  for (const term of terms) {
    for (const part of term.split(/\s+/)) for (const key of suffixKeys(part)) keys.add(key);
  }
  return [...keys];
}

let wordSegmenter: Intl.Segmenter | undefined;

/** Words of running text (a description) as Intl.Segmenter splits them, for exact-word keys. */
export function textWords(text: string): string[] {
  // Made once: a search document is made for each of tens of thousands of entries.
  const segmenter = (wordSegmenter ??= new Intl.Segmenter('ja', { granularity: 'word' }));
  const words = new Set<string>();
  for (const { segment, isWordLike } of segmenter.segment(text.normalize('NFKC'))) {
    if (isWordLike && segment.trim()) words.add(segment);
  }
  return [...words];
}

/** textWords of a text that many documents share (a 困りごと's or 種類's description). */
const sharedTextWords = remembered(textWords);

/**
 * encodeKey(foldForKey(text)), remembered: descriptions share most of their words, and folding is
 * the costly part of making the documents.
 */
const wordKey = remembered((text: string) => encodeKey(foldForKey(text)));

/**
 * Index keys for running text: each word (and the word after it joined on, for compounds).
 * `shared` are texts that come before `text` and recur in many documents: their words are found
 * once. (A space ends a word, so the words are those of all the texts joined by spaces.)
 */
export function textKeys(text: string, shared: readonly string[] = []): string[] {
  const words =
    shared.length === 0 ? textWords(text) : [...new Set([...shared.flatMap(sharedTextWords), ...textWords(text)])];
  const keys = new Set<string>();
  words.forEach((word, i) => {
    keys.add(wordKey(word));
    if (i + 1 < words.length) keys.add(wordKey(word + words[i + 1]));
  });
  keys.delete(KEY_PREFIX);
  return [...keys];
}

/**
 * A query as search keys: each space-separated word folded and encoded. With `split`, each
 * word is first split the way Intl.Segmenter splits it (the fallback when whole words find nothing).
 */
export function queryKeys(query: string, split = false): string {
  const words = normalizeQuery(query).split(' ').filter(Boolean);
  const parts = split ? words.flatMap((word) => textWords(word)) : words;
  return parts
    .map((word) => foldForKey(word))
    .filter(Boolean)
    .map(encodeKey)
    .join(' ');
}

/**
 * One list from the two searches the client runs (search keys and page text): each page once,
 * with its better score, best first. Scores of the two are comparable: both are Pagefind's.
 */
export function mergeByScore<T extends { id: string; score: number }>(...lists: T[][]): T[] {
  const best = new Map<string, T>();
  for (const result of lists.flat()) {
    const seen = best.get(result.id);
    if (!seen || seen.score < result.score) best.set(result.id, result);
  }
  return [...best.values()].sort((a, b) => b.score - a.score);
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
