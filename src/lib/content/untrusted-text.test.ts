import { describe, expect, test } from 'vitest';
import { checkBodyText, checkTextValue, checkTextValues, quoteForMessage } from './untrusted-text.ts';

const rules = (value: string) => checkTextValue(value).map((problem) => problem.rule);

describe('checkTextValue', () => {
  test.each([
    ["<script>alert('x')</script>", 'text-html'],
    ['本町<svg onload=alert(1)>', 'text-html'],
    ['<img src=x onerror=alert(1)>', 'text-html'],
    ['<svg/onload=alert(1)', 'text-html'],
    ['</script><script>alert(1)</script>', 'text-html'],
    ['x" onclick="alert(1)', 'text-html'],
    ['<!-- comment -->', 'text-html'],
    ['&lt;script&gt;', 'text-entity'],
    ['&#x6a;avascript:alert(1)', 'text-entity'],
    ['&#106;', 'text-entity'],
    ['javascript:alert(1)', 'text-script-url'],
    ['JaVa\tScRiPt:alert(1)', 'text-script-url'],
    ['java\u200bscript:alert(1)', 'text-script-url'],
    ["vbscript:msgbox('x')", 'text-script-url'],
    ['data:text/html;base64,PHNjcmlwdD4=', 'text-script-url'],
    ['みどり\u202E苑', 'text-bidi'],
    ['みどり\u2067苑', 'text-bidi'],
    ['みどり\u200B苑', 'text-invisible'],
    ['みどり\uFEFF苑', 'text-invisible'],
    ['みどり\u0007苑', 'text-control'],
    ['A'.repeat(201), 'text-long-word'],
    ['あ'.repeat(201), 'text-long-word'],
    ['=HYPERLINK("https://evil.example","x")', 'text-formula'],
    ['+81-42-000-0000', 'text-formula'],
    ['@SUM(1,2)', 'text-formula'],
  ])('%j → %s', (value, rule) => {
    expect(rules(value)).toContain(rule);
  });

  test('what staff really write passes', () => {
    for (const value of [
      'さくら町北部地域包括支援センター',
      '昼休み（12:00〜13:00）は電話のみ受け付けます。',
      '要介護度3以上（特例入所あり）',
      '定員<30名',
      '3 < 5 と 5 > 3',
      'A&B 介護サービス',
      'https://example.jp/path?a=1&b=2',
      'data: 2026年度の統計による',
      '月曜日〜金曜日、午前9時〜午後5時。祝日・年末年始（12月29日〜1月3日）は休み。'.repeat(5),
      'NPO法人えんがわ',
    ]) {
      expect(checkTextValue(value), value).toEqual([]);
    }
  });

  test('a front-matter string over 2,000 characters is too long even with spaces', () => {
    expect(rules('あいう '.repeat(600))).toEqual(['text-too-long']);
  });

  test('a url field is not reported for its scheme (its schema says it), but markup in it is', () => {
    const problems = checkTextValues({ url: 'javascript:alert(1)', name: 'javascript:alert(1)', editUrl: 'data:text/html,<b>x</b>' });
    expect(problems.map((problem) => `${problem.path.join('.')}:${problem.rule}`)).toEqual(['name:text-script-url', 'editUrl:text-html']);
  });
});

describe('checkTextValues', () => {
  test('finds strings at any depth, with their path', () => {
    const problems = checkTextValues({ name: 'ok', hours: [{ days: ['mon'], note: '<b>x</b>' }], members: [{ role: 'a\u202Eb' }] });
    expect(problems.map((problem) => [problem.path, problem.rule])).toEqual([
      [['hours', 0, 'note'], 'text-html'],
      [['members', 0, 'role'], 'text-bidi'],
    ]);
  });
});

describe('checkBodyText', () => {
  test('lines and columns in the file', () => {
    const body = ['ふつうの文です。', '', `電話は\u202E4321へ`, '&lt;script&gt;', 'A'.repeat(300)].join('\n');
    expect(checkBodyText(body, 10).map((problem) => [problem.line, problem.column, problem.rule])).toEqual([
      [12, 4, 'text-bidi'],
      [13, 1, 'text-entity'],
      [14, 1, 'text-long-word'],
    ]);
  });

  test('link targets and plain text URLs are left to markdown-check.ts', () => {
    expect(checkBodyText('[x](&#x6a;avascript:alert(1))\n[y]: &#106;avascript:z\njavascript: と書いても文字です', 1)).toEqual([]);
  });

  test('an ampersand in prose is fine', () => {
    expect(checkBodyText('R&D と A & B と &amp; の話', 1)).toEqual([]);
  });
});

describe('quoteForMessage', () => {
  test('names invisible characters and shortens', () => {
    expect(quoteForMessage('a\u202Eb\u200Bc')).toBe('a<U+202E>b<U+200B>c');
    expect(quoteForMessage('x'.repeat(100))).toBe(`${'x'.repeat(40)}…`);
  });
});
