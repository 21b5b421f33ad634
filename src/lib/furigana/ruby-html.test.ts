/** Ruby goes into the text of a page and nowhere else. */
import { describe, expect, it } from 'vitest';
import { addRuby, segmentsToHtml, withoutRuby } from './ruby-html.ts';

/** A stand-in reading for the markup tests: every kanji read as its own "か". */
const fakeRuby = (text: string) =>
  segmentsToHtml([...text].map((ch) => (/\p{Script=Han}/u.test(ch) ? { text: ch, reading: 'か' } : { text: ch })));

const page = (body: string, lang = 'ja') =>
  `<!doctype html><html lang="${lang}"><head><title>地図</title><meta name="description" content="地図"></head><body>${body}</body></html>`;

describe('addRuby', () => {
  it('puts ruby over the kanji of text nodes and leaves tags, attributes and the head alone', () => {
    const html = page('<p class="x" title="地域">相談は<a href="/areas/本町/">本町</a>へ</p>');
    expect(addRuby(html, fakeRuby)).toBe(
      page(
        '<p class="x" title="地域"><ruby>相<rt data-r="か"></ruby><ruby>談<rt data-r="か"></ruby>は<a href="/areas/本町/"><ruby>本<rt data-r="か"></ruby><ruby>町<rt data-r="か"></ruby></a>へ</p>',
      ),
    );
  });

  it('skips scripts, styles, SVG, code, select options and existing ruby', () => {
    const body = [
      '<script type="application/ld+json">{"name":"本町 <b>"}</script>',
      '<style>.a::after{content:"地図"}</style>',
      '<svg viewBox="0 0 1 1"><text>本町</text><g><text>泉</text></g></svg>',
      '<code>本</code><select><option>本町</option></select>',
      '<ruby>漢字<rt>かんじ</rt></ruby><textarea>本</textarea>',
    ].join('');
    expect(addRuby(page(body), fakeRuby)).toBe(page(body));
  });

  it('skips text in another language or marked to stay as written, and goes on after it', () => {
    const body =
      '<p lang="en">Kanji 本</p><span translate="no">本</span><div data-furigana="off"><div>本</div></div>' +
      '<img alt="" lang="en"><br>町';
    expect(addRuby(page(body), fakeRuby)).toBe(
      page(
        '<p lang="en">Kanji 本</p><span translate="no">本</span><div data-furigana="off"><div>本</div></div>' +
          '<img alt="" lang="en"><br><ruby>町<rt data-r="か"></ruby>',
      ),
    );
  });

  it('keeps character references as they are and leaves pages in other languages unchanged', () => {
    expect(addRuby(page('<p>A&amp;B 町</p>'), fakeRuby)).toBe(page('<p>A&amp;B <ruby>町<rt data-r="か"></ruby></p>'));
    expect(addRuby(page('<p>本町</p>', 'en'), fakeRuby)).toBe(page('<p>本町</p>', 'en'));
    expect(addRuby(page('<p>町</p>', 'ja-x-easy'), fakeRuby)).toBe(
      page('<p><ruby>町<rt data-r="か"></ruby></p>', 'ja-x-easy'),
    );
  });

  it('does not lose an attribute that contains ">"', () => {
    const html = page('<a data-x="a>b" href="/">町</a>');
    expect(addRuby(html, fakeRuby)).toBe(page('<a data-x="a>b" href="/"><ruby>町<rt data-r="か"></ruby></a>'));
  });

  it('is undone by withoutRuby', () => {
    const html = page('<p class="x">相談は<a href="/">本町</a>へ</p>');
    const ruby = addRuby(html, fakeRuby);
    expect(ruby).not.toBe(html);
    expect(withoutRuby(ruby)).toBe(html);
  });
});
