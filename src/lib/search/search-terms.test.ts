import { describe, expect, test } from 'vitest';
import {
  addressKey,
  areaSearchTerms,
  encodeKey,
  foldForKey,
  indexKeys,
  mergeByScore,
  nameForms,
  normalizeQuery,
  placeNameVariants,
  queryKeys,
  resourceSearchTerms,
  romajiForms,
  splitConsultWords,
  synonymsFor,
  textKeys,
  toHiragana,
  toKatakana,
  townWords,
} from './search-terms.ts';

describe('kana', () => {
  test('katakana ↔ hiragana, other characters unchanged', () => {
    expect(toHiragana('デイサービス本町')).toBe('でいさーびす本町');
    expect(toKatakana('けあまね 1')).toBe('ケアマネ 1');
  });
});

describe('place names', () => {
  test('ヶ/ケ/が between kanji are spelled every way', () => {
    expect(placeNameVariants('桜ヶ丘')).toEqual(['桜ヶ丘', '桜ケ丘', '桜が丘']);
    expect(placeNameVariants('松が丘地区')).toEqual(['松が丘地区', '松ヶ丘地区', '松ケ丘地区']);
    // Not between kanji: a katakana word is left alone.
    expect(placeNameVariants('ケアマネ')).toEqual(['ケアマネ']);
  });
});

describe('addresses', () => {
  test('the block numbers become one key, whatever the dashes', () => {
    expect(addressKey('みどり市本町2-3-1 みどり市総合福祉センター2階')).toEqual({ town: '本町', key: '2_3_1' });
    expect(addressKey('みどり市本町２－３－１')).toEqual({ town: '本町', key: '2_3_1' });
    expect(addressKey('東京都みどり市本町2丁目3番1号')).toEqual({ town: '本町', key: '2_3_1' });
    expect(addressKey('みどり市緑町820-3 みどり中央病院')).toEqual({ town: '緑町', key: '820_3' });
    expect(addressKey('住所なし')).toBeUndefined();
  });
  test('queries with an address use the same key', () => {
    expect(normalizeQuery('本町２－３－１')).toBe('本町 2_3_1');
    expect(normalizeQuery('本町2丁目3-1')).toBe('本町 2_3_1');
    expect(normalizeQuery('本町2丁目')).toBe('本町 2_');
  });
});

describe('normalizeQuery', () => {
  test('NFKC, brackets and punctuation as spaces', () => {
    expect(normalizeQuery('ﾃﾞｲｻｰﾋﾞｽ')).toBe('デイサービス');
    expect(normalizeQuery('「認知症」、相談。')).toBe('認知症 相談');
    expect(normalizeQuery('  本町　歯科 ')).toBe('本町 歯科');
    expect(normalizeQuery('・・・')).toBe('');
  });
});

describe('synonyms', () => {
  test('the words residents use, by what the entry is called', () => {
    expect(synonymsFor(['ケアリンク居宅介護支援センター', '居宅介護支援（ケアマネジャー）'])).toContain('ケアマネ');
    expect(synonymsFor(['すこやか福祉相談室 本町', '地域包括支援センター'])).toEqual(
      expect.arrayContaining(['包括', 'あんすこ', 'ほうかつ']),
    );
    expect(synonymsFor(['いずみデイサービス', '通所介護（デイサービス）'])).toEqual(
      expect.arrayContaining(['デイ', 'でいさーびす']),
    );
  });
  test('a worry goes to windows, not to a café named after it', () => {
    expect(synonymsFor(['認知症カフェ かえでの木', '認知症カフェ'])).not.toContain('物忘れ');
    expect(synonymsFor(['みどり市 認知症あんしん相談室', '認知症の相談'])).toContain('物忘れ');
  });
  test('nothing for an unrelated name', () => {
    expect(synonymsFor(['北野ふれあい農園'])).toEqual([]);
  });
});

describe('terms of an entry', () => {
  test('names, readings and category words are strong; areas and topics related', () => {
    const terms = resourceSearchTerms({
      name: 'いずみデイサービス',
      kana: 'いずみでいさーびす',
      category: { name: '通所介護（デイサービス）', group: '介護' },
      topics: [{ name: 'もの忘れ・認知症が心配' }],
      areas: [{ name: '泉地区', kana: 'いずみちく' }],
      address: 'みどり市泉町1-11-6',
    });
    expect(terms.strong).toEqual(
      expect.arrayContaining(['いずみデイサービス', 'いずみでいさーびす', '通所介護(デイサービス)', 'デイ']),
    );
    expect(terms.related).toEqual(
      expect.arrayContaining(['もの忘れ・認知症が心配', '物忘れ', '泉地区', 'いずみちく', '泉町', '1_11_6', '介護']),
    );
  });
  test('an area: names without 地区, readings, towns without block numbers', () => {
    const terms = areaSearchTerms({
      name: '桜ヶ丘地区',
      kana: 'さくらがおかちく',
      towns: ['桜ヶ丘1丁目', '本町3丁目1～12番'],
    });
    expect(terms).toEqual(
      expect.arrayContaining([
        '桜ヶ丘地区',
        '桜ケ丘',
        '桜が丘',
        'さくらがおか',
        '桜ヶ丘1丁目',
        '桜ヶ丘',
        '本町3丁目',
        '本町',
      ]),
    );
  });
  test('nameForms adds a hiragana form and the reading with and without spaces', () => {
    expect(nameForms('ひだまりデイサービス 南町', 'ひだまりでいさーびす みなみちょう')).toEqual(
      expect.arrayContaining(['ひだまりでいさーびす 南町', 'ひだまりでいさーびすみなみちょう', 'みなみちょう']),
    );
  });
});

describe('search keys', () => {
  test('folding: NFKC, katakana → hiragana, ヶ → が, no punctuation', () => {
    expect(foldForKey('ﾃﾞｲｻｰﾋﾞｽ')).toBe('でいさーびす');
    expect(foldForKey('桜ケ丘・2丁目')).toBe('桜が丘2丁目');
    expect(foldForKey('ケアマネ')).toBe(foldForKey('けあまね'));
  });
  test('keys are Latin, prefix-preserving and cut to six characters', () => {
    const key = encodeKey('でいさーびす');
    expect(key).toMatch(/^xq[0-9a-z]+$/);
    expect(key.startsWith(encodeKey('でい'))).toBe(true);
    expect(encodeKey('ちいきほうかつしえんせんたー')).toBe(encodeKey('ちいきほうか'));
  });
  test('every suffix is a key, so a word inside a name is found', () => {
    const keys = indexKeys(['地域包括支援センター']);
    const query = queryKeys('包括');
    expect(keys.some((key) => key.startsWith(query))).toBe(true);
    expect(keys.some((key) => key.startsWith(queryKeys('センター')))).toBe(true);
    expect(keys.some((key) => key.startsWith(queryKeys('介護')))).toBe(false);
  });
  test('a query in katakana, hiragana or half-width finds the same keys', () => {
    expect(queryKeys('ケアマネ')).toBe(queryKeys('けあまね'));
    expect(queryKeys('ﾃﾞｲｻｰﾋﾞｽ')).toBe(queryKeys('でいさーびす'));
    expect(queryKeys('桜ケ丘')).toBe(queryKeys('桜ヶ丘'));
    expect(queryKeys('本町 歯科').split(' ')).toHaveLength(2);
  });
  test('running text is keyed by word, so a word of a description is found', () => {
    const keys = textKeys('退院してから家で暮らせるか不安です。');
    expect(keys).toContain(queryKeys('退院'));
  });
  test('texts many documents share give the keys they would give joined to the text', () => {
    const shared = [
      'もの忘れが増えた、認知症かもしれないと心配なとき。',
      '介護保険の申請や、介護予防の相談ができます。',
    ];
    const text = '認知症の相談と、家族の介護の相談を受けます。退院後の生活も相談できます。';
    const joined = textKeys([...shared, text].join(' '));
    expect(textKeys(text, shared)).toEqual(joined);
    // Twice over (the second time from memory), and with the shared words repeated in the text.
    expect(textKeys(text, shared)).toEqual(joined);
    expect(textKeys(`${shared[0]} ${text}`, [shared[0]!])).toEqual(textKeys(`${shared[0]} ${shared[0]} ${text}`));
    expect(textKeys(text, shared)).toContain(queryKeys('申請'));
  });
  test('a repeated term gives the same keys as the first time', () => {
    const first = indexKeys(['地域包括支援センター', 'ケアマネジャー']);
    expect(indexKeys(['地域包括支援センター', 'ケアマネジャー'])).toEqual(first);
    expect(indexKeys(['ケアマネジャー', '地域包括支援センター']).sort()).toEqual([...first].sort());
  });
  test('split queries fall back to the words of the phrase', () => {
    expect(queryKeys('けやきの里', true).split(' ').length).toBeGreaterThan(1);
  });
});

describe('mergeByScore', () => {
  test('each page once, with its better score, best first', () => {
    const merged = mergeByScore(
      [
        { id: 'a', score: 1 },
        { id: 'b', score: 5 },
      ],
      [
        { id: 'a', score: 3 },
        { id: 'c', score: 2 },
      ],
    );
    expect(merged).toEqual([
      { id: 'b', score: 5 },
      { id: 'a', score: 3 },
      { id: 'c', score: 2 },
    ]);
  });
});

/** Whether a query finds an entry with these terms: each query key is the prefix of an index key. */
const finds = (terms: string[], query: string) => {
  const keys = indexKeys(terms);
  return queryKeys(query)
    .split(' ')
    .every((word) => keys.some((key) => key.startsWith(word)));
};

describe('romaji', () => {
  test('a name is found by the romaji of its reading, in any case', () => {
    const terms = nameForms('池尻地区', 'いけじりちく');
    for (const query of ['Ikejiri', 'IKEJIRI', 'ikejiri', 'ikeji', 'Ikejiri chiku', 'chiku'])
      expect(finds(terms, query), query).toBe(true);
    expect(finds(terms, 'jiri')).toBe(true);
    expect(finds(terms, 'kejirix')).toBe(false);
  });
  test('long vowels written or not, and ん as n or m', () => {
    const yoga = nameForms('用賀', 'ようが');
    for (const query of ['Yoga', 'youga', 'YOGA']) expect(finds(yoga, query), query).toBe(true);
    const shinbashi = nameForms('新橋', 'しんばし');
    for (const query of ['shinbashi', 'Shimbashi']) expect(finds(shinbashi, query), query).toBe(true);
  });
  test('Latin keys match from a syllable start only, not from inside a syllable', () => {
    expect(romajiForms('りょうが')).toEqual(expect.arrayContaining(['ryoga', 'ryouga', 'uga']));
    expect(finds(nameForms('両河', 'りょうが'), 'yoga')).toBe(false);
    // One kana alone is no key of its own.
    expect(romajiForms('いけじり')).not.toContain('ri');
  });
  test('Latin words are longer keys than kana words', () => {
    expect(queryKeys('sakuradai')).not.toBe(queryKeys('sakuragaoka'));
    expect(queryKeys('sakuradai').startsWith(queryKeys('sakura'))).toBe(true);
  });
});

describe('other languages', () => {
  test('dementia, care manager and friends find the Japanese entry', () => {
    const ninchisho = synonymsFor(['認知症疾患医療センター']);
    for (const query of ['dementia', 'Dementia', '치매', 'demência', 'demencia', 'sa sút trí tuệ', '认知症'])
      expect(finds(ninchisho, query), query).toBe(true);
    const caremanager = synonymsFor(['居宅介護支援事業所']);
    for (const query of ['care manager', 'caremanager', '케어매니저', 'gestor de cuidados'])
      expect(finds(caremanager, query), query).toBe(true);
    expect(finds(caremanager, 'dementia')).toBe(false);
  });
  test('Hangul above U+B12F keeps its own key (no longer one shared code)', () => {
    expect(queryKeys('치매')).not.toBe(queryKeys('케어'));
    expect(queryKeys('치매자').startsWith(queryKeys('치매'))).toBe(true);
  });
});

describe('consult words', () => {
  test("相談, 窓口 and the town's name only rank", () => {
    expect(splitConsultWords(['子育て', '相談'])).toEqual({ required: ['子育て'], ranking: ['相談'] });
    expect(
      splitConsultWords(['けやき区', '認知症', 'まどぐち'], townWords({ name: 'けやき区', kana: 'けやきく' })),
    ).toEqual({
      required: ['認知症'],
      ranking: ['けやき区', 'まどぐち'],
    });
    expect(splitConsultWords(['子育て', 'の', '相談'])).toEqual({ required: ['子育て'], ranking: ['の', '相談'] });
  });
  test('a query of consult words only is searched as typed', () => {
    expect(splitConsultWords(['相談', '窓口'])).toEqual({ required: ['相談', '窓口'], ranking: [] });
  });
  test("the town's names: as written, without 区/市, the reading and its romaji", () => {
    expect(townWords({ name: 'けやき区', kana: 'けやきく' })).toEqual(['けやき区', 'けやき', 'けやきく', 'keyaki']);
    expect(townWords({ name: 'みどり市' })).toEqual(['みどり市', 'みどり']);
  });
});
