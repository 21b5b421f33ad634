/** Readings proposed with the real kuromoji dictionary, overridden by the mapping's readings:. */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, type Tokenizer } from '../text/japanese-analyzer.ts';
import { numberKana, proposeKana } from './kana-proposal.ts';

let tokenizer: Tokenizer;
beforeAll(async () => {
  tokenizer = await loadTokenizer();
}, 60_000);

describe('proposing よみがな', () => {
  it('reads names as hiragana, words apart where the name has a space or brackets', () => {
    expect(proposeKana(tokenizer, '特別養護老人ホーム　シオンの丘ホーム', new Map())).toEqual({
      ok: true,
      kana: 'とくべつようごろうじんほーむ しおんのおかほーむ',
    });
    expect(proposeKana(tokenizer, 'ケアサポート長谷川（中央東）', new Map())).toEqual({
      ok: true,
      kana: 'けあさぽーとはせがわ ちゅうおうひがし',
    });
    expect(proposeKana(tokenizer, 'ｹｱﾊｳｽ※', new Map())).toEqual({ ok: true, kana: 'けあはうす' });
  });

  it('takes the readings: of the mapping before the dictionary, which misreads place names', () => {
    expect(proposeKana(tokenizer, '仏生山交流センター', new Map())).toEqual({
      ok: true,
      kana: 'ぶつしょうざんこうりゅうせんたー',
    });
    expect(proposeKana(tokenizer, '仏生山交流センター', new Map([['仏生山', 'ぶっしょうざん']]))).toEqual({
      ok: true,
      kana: 'ぶっしょうざんこうりゅうせんたー',
    });
  });

  it('reads numbers, and refuses what it cannot read rather than guess', () => {
    expect(proposeKana(tokenizer, '第2センター', new Map())).toEqual({ ok: true, kana: 'だいにせんたー' });
    const latin = proposeKana(tokenizer, '瓦町ＦＬＡＧ', new Map());
    expect(latin).toEqual({ ok: false, reason: expect.stringContaining('「FLAG」の読み方がわかりません') });
    expect(proposeKana(tokenizer, '瓦町ＦＬＡＧ', new Map([['FLAG', 'ふらっぐ']]))).toEqual({
      ok: true,
      kana: 'かわらまちふらっぐ',
    });
    expect([numberKana('12'), numberKana('300'), numberKana('8000'), numberKana('1001'), numberKana('012')]).toEqual([
      'じゅうに',
      'さんびゃく',
      'はっせん',
      'せんいち',
      'ぜろいちに',
    ]);
  });

  it('reads past characters the analyzer cannot take (U+0000, a lone surrogate) instead of crashing the import', () => {
    // The validator reports such a name by file and line after --write; the proposal must not stop the import first.
    for (const name of ['本町\u0000診療所', '本町\ud800診療所'])
      expect(proposeKana(tokenizer, name, new Map()), JSON.stringify(name)).toEqual({
        ok: true,
        kana: expect.stringMatching(/^ほん(まち|ちょう)しんりょうしょ$/),
      });
  });
});
