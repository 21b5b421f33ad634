/** Names in romaji words, with the real dictionary: cuts where the name's words end, sounds only from the kana. */
import fc from 'fast-check';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import { toHiragana } from '../furigana/align.ts';
import { loadTokenizer, type Tokenizer } from '../text/japanese-analyzer.ts';
import { ANALYZER_IDLE_MS, analyzerHeld, nameWords, romajiWords, spokenName } from './spoken-name.ts';

let tokenizer: Tokenizer;
beforeAll(async () => {
  tokenizer = await loadTokenizer();
}, 60_000);

const spoken = (name: string, kana: string) => romajiWords(nameWords(tokenizer, name, kana));

describe('romaji words of a name', () => {
  test.each([
    // The dictionary's words agree with the kana all the way.
    ['北部地域包括支援センター', 'ほくぶちいきほうかつしえんせんたー', 'Hokubu Chiiki Hokatsu Shien Senta'],
    // Suffixes stay on their word: 認知+症, 相談+室, 対応+型.
    [
      'みどり市 認知症あんしん相談室',
      'みどりし にんちしょうあんしんそうだんしつ',
      'Midorishi Ninchisho Anshin Sodanshitsu',
    ],
    [
      '認知症対応型デイ にしはらの家',
      'にんちしょうたいおうがたでい にしはらのいえ',
      'Ninchisho Taiogata Dei Nishihara no Ie',
    ],
    // Katakana words the dictionary knows are cut too; a word it does not know (デイ) is read as written.
    [
      'ケアリンク ヘルパーステーション みどり',
      'けありんく へるぱーすてーしょん みどり',
      'Kea Rinku Herupa Suteshon Midori',
    ],
    // A voiced sound where two words join (所 しょ → じょ) still matches.
    ['東町在宅診療所', 'ひがしまちざいたくしんりょうじょ', 'Higashimachi Zaitaku Shinryojo'],
    // A counter stays with its number.
    ['24時間ケア みどり', 'にじゅうよじかんけあ みどり', 'Nijuyojikan Kea Midori'],
  ])('%s', (name, kana, expected) => {
    expect(spoken(name, kana)).toBe(expected);
  });

  test('where the dictionary reads a word otherwise than the kana, the words there stay one', () => {
    // IPADIC reads 本町 ほんまち; the town says ほんちょう: 本町 and 一丁目 cannot be told apart in the kana.
    expect(spoken('本町一丁目町会', 'ほんちょういっちょうめちょうかい')).toBe('Honchoitchome Chokai');
    // The words matched from the other end are still cut.
    expect(spoken('本町内科クリニック', 'ほんちょうないかくりにっく')).toBe('Honcho Naika Kurinikku');
  });

  test('a name longer than its kana is cut where the words it has match (a legal form, a note in brackets)', () => {
    expect(spoken('社会福祉法人 かえでの会', 'かえでのかい')).toBe('Kaede no Kai');
    expect(spoken('けやき区 在宅療養相談窓口（専門職向け）', 'けやきく ざいたくりょうようそうだんまどぐち')).toBe(
      'Keyakiku Zaitaku Ryoyo Sodan Madoguchi',
    );
  });

  test('hiragana the dictionary cuts at random stay one word; の between words stands alone', () => {
    expect(spoken('ひなた内科リウマチクリニック', 'ひなたないかりうまちくりにっく')).toBe(
      'Hinata Naika Riumachi Kurinikku',
    );
    expect(spoken('やわらか食宅配 すまいる', 'やわらかしょくたくはい すまいる')).toBe('Yawarakashoku Takuhai Sumairu');
    expect(spoken('地域密着型デイ まちのえんがわ', 'ちいきみっちゃくがたでい まちのえんがわ')).toBe(
      'Chiiki Mitchakugata Dei Machi no Engawa',
    );
    // の closing a name is part of it (北野 きたの), not a particle.
    expect(spoken('訪問看護ステーション きたの', 'ほうもんかんごすてーしょん きたの')).toBe(
      'Homon Kango Suteshon Kitano',
    );
    // No word begins with ん (みどり+ん号).
    expect(spoken('コミュニティバス みどりん号', 'こみゅにてぃばす みどりんごう')).toBe('Komyuniti Basu Midoringo');
  });

  test('the kana’s own spaces and marks are cuts, whatever the name', () => {
    expect(spoken('ABC', 'えー びー しー')).toBe('E Bi Shi');
    expect(spoken('生活福祉課 くらし・しごと相談窓口', 'せいかつふくしか くらし・しごとそうだんまどぐち')).toBe(
      'Seikatsu Fukushika Kurashi Shigoto Sodan Madoguchi',
    );
    expect(spoken('', 'サクラガオカ チク')).toBe('Sakuragaoka Chiku');
  });

  test('spokenName loads the analyzer itself, lets it go when names stop coming, and loads it again', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      expect(await spokenName('北部地域包括支援センター', 'ほくぶちいきほうかつしえんせんたー')).toBe(
        'Hokubu Chiiki Hokatsu Shien Senta',
      );
      expect(analyzerHeld()).toBe(true);
      vi.advanceTimersByTime(ANALYZER_IDLE_MS + 1);
      expect(analyzerHeld()).toBe(false);
      expect(await spokenName('社会福祉法人 かえでの会', 'かえでのかい')).toBe('Kaede no Kai');
      expect(analyzerHeld()).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  }, 60_000);
});

describe('any name and kana', () => {
  /** The sounds of a kana field: hiragana, without spaces and marks. */
  const sounds = (kana: string) => toHiragana(kana.normalize('NFKC')).replace(/[\s\p{P}\p{S}]+/gu, '');
  const japanese = fc.string({
    unit: fc.constantFrom(...'北部地域包括支援センターの家みどり市本町一丁目24時間 ・（）んっゃーABCかがきぎしじ'),
    maxLength: 24,
  });

  test('never throws, and the words are the kana’s sounds in order, nothing added or lost', () => {
    fc.assert(
      fc.property(japanese, japanese, (name, kana) => {
        const words = nameWords(tokenizer, name, kana);
        expect(words.map((word) => word.kana).join('')).toBe(sounds(kana));
        expect(words.every((word) => word.kana.length > 0)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  test('the same with text from anywhere in Unicode', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 30 }),
        fc.string({ unit: 'binary', maxLength: 30 }),
        (name, kana) => {
          const words = nameWords(tokenizer, name, kana);
          expect(words.map((word) => word.kana).join('')).toBe(sounds(kana));
        },
      ),
      { numRuns: 1000 },
    );
  });
});
