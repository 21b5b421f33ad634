/**
 * The message of 「情報のまちがいを知らせる」: what the office receives names the entry, and what
 * the resident types can only ever be text in the body (never another header or recipient).
 */
import { describe, expect, test } from 'vitest';
import {
  NOTE_MAX_LENGTH,
  issueHref,
  mailtoHref,
  mistakeBody,
  mistakeSubject,
  type MistakeEntry,
} from './mistake-message.ts';

const ENTRY: MistakeEntry = {
  id: 'minami-houkatsu',
  name: 'みどり市南部地域包括支援センター',
  pageUrl: 'https://care.example.jp/resources/minami-houkatsu/',
  siteName: 'みどり市 地域包括ケアマップ',
};

/** The parts of a mailto: link as a mail program reads them (RFC 6068). */
function readMailto(href: string) {
  const [scheme, rest] = [href.slice(0, 7), href.slice(7)];
  const [to, query] = rest.split('?');
  const fields = query.split('&').map((pair) => pair.split('='));
  return { scheme, to, fields: fields.map(([key, value]) => [key, decodeURIComponent(value)]) };
}

describe('mailto link', () => {
  test('without what was ticked: the entry named, and the items listed for the resident to fill in', () => {
    const mail = readMailto(mailtoHref('kourei@example.jp', ENTRY));
    expect(mail.scheme).toBe('mailto:');
    expect(mail.to).toBe('kourei@example.jp');
    expect(mail.fields).toEqual([
      ['subject', '【情報のまちがい】みどり市南部地域包括支援センター（minami-houkatsu）'],
      [
        'body',
        [
          '「みどり市 地域包括ケアマップ」の次の情報にまちがいがあるようです。',
          '',
          '名前: みどり市南部地域包括支援センター',
          'id: minami-houkatsu',
          'ページ: https://care.example.jp/resources/minami-houkatsu/',
          'まちがっているところ: （住所、電話、時間、休止・廃止、その他 から）',
          'くわしく:',
          '',
          '',
        ].join('\r\n'),
      ],
    ]);
  });

  test('with the ticked items (in the form’s order) and the note', () => {
    const href = mailtoHref('kourei@example.jp', ENTRY, {
      kinds: ['phone', 'hours'],
      note: '  番号が変わりました。\n新しい番号は 042-000-0000 です。 ',
    });
    const body = readMailto(href).fields[1][1];
    expect(body).toContain('\r\nまちがっているところ: 電話、時間\r\n');
    expect(body).toContain('\r\nくわしく:\r\n番号が変わりました。\r\n新しい番号は 042-000-0000 です。\r\n');
    // Every character outside the unreserved set is percent-encoded: no raw space, line break or non-ASCII.
    expect(href).toMatch(/^[A-Za-z0-9\-._~!*'();:@%?&=/]+$/);
    expect(href).not.toMatch(/ |\n/);
  });

  test('what the resident types cannot add a recipient or a header', () => {
    const note = 'x&cc=evil@example.com&bcc=a@b.c?subject=hacked%20#frag\r\nTo: evil@example.com';
    const href = mailtoHref('kourei@example.jp', ENTRY, { kinds: [], note });
    const mail = readMailto(href);
    expect(mail.fields.map(([key]) => key)).toEqual(['subject', 'body']);
    expect(mail.to).toBe('kourei@example.jp');
    expect(href).not.toContain('#');
    expect(mail.fields[1][1]).toContain(
      'x&cc=evil@example.com&bcc=a@b.c?subject=hacked%20#frag\r\nTo: evil@example.com',
    );
    expect(mail.fields[1][1]).toContain('まちがっているところ: （選んでいません）');
  });

  test(`a note longer than ${NOTE_MAX_LENGTH} characters is cut there`, () => {
    const body = mistakeBody(ENTRY, { kinds: ['other'], note: 'あ'.repeat(NOTE_MAX_LENGTH + 50) });
    expect(body).toContain(`くわしく:\n${'あ'.repeat(NOTE_MAX_LENGTH)}\n`);
    expect(body).not.toContain('あ'.repeat(NOTE_MAX_LENGTH + 1));
  });
});

describe('issue link', () => {
  test('title and body filled in on the configured new-issue page', () => {
    const url = new URL(
      issueHref('https://github.com/example-city/midori-care-map/issues/new', ENTRY, {
        kinds: ['status'],
        note: '閉まっていました',
      }),
    );
    expect(url.origin + url.pathname).toBe('https://github.com/example-city/midori-care-map/issues/new');
    expect(url.searchParams.get('title')).toBe(mistakeSubject(ENTRY));
    expect(url.searchParams.get('body')).toContain('まちがっているところ: 休止・廃止\nくわしく:\n閉まっていました\n');
  });

  test('parameters already in the URL (a label, a template) are kept', () => {
    const url = new URL(issueHref('https://github.com/a/b/issues/new?labels=content', ENTRY));
    expect(url.searchParams.get('labels')).toBe('content');
    expect(url.searchParams.get('body')).toContain('id: minami-houkatsu');
  });
});
