/**
 * Puts ふりがな into built pages: every text node of a Japanese page gets
 * `<ruby>漢字<rt data-r="かんじ"></ruby>` over its kanji runs, and nothing else changes (attributes,
 * scripts, styles and the <head> stay byte for byte, so the CSP hashes Astro wrote still hold).
 * Whether the readings show is up to the stylesheet (the ふりがな switch, or always on the
 * やさしい日本語 pages). Text that must stay as written is left alone: scripts, styles, <title>,
 * <textarea>, <option> (no markup allowed inside), SVG, code, existing ruby, anything marked
 * `lang` other than Japanese, `translate="no"` or `data-furigana="off"`.
 */
import { hasKanji, type Segment } from './align.ts';

/** Elements whose content is raw text: jumped over to their end tag. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);
/** Elements whose text never gets ruby. */
const SKIPPED = new Set(['svg', 'math', 'code', 'pre', 'kbd', 'samp', 'ruby', 'option', 'select', 'template']);
/** Elements without content or end tag. */
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);
const TAG = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:[^"'>]|"[^"]*"|'[^']*')*)>|<![^>]*>/g;

/** A Japanese language tag (ja, ja-JP, ja-x-easy …). */
const isJapanese = (tag: string) => /^ja(-|$)/i.test(tag);

/** True when an opening tag's attributes ask for its text to stay without ruby. */
function optsOut(attributes: string): boolean {
  const lang = /\slang\s*=\s*["']?([^"'\s>]*)/i.exec(attributes)?.[1];
  if (lang !== undefined && !isJapanese(lang)) return true;
  return /\stranslate\s*=\s*["']?no\b/i.test(attributes) || /\sdata-furigana\s*=\s*["']?off\b/i.test(attributes);
}

/** A reading as an attribute value (readings are kana; the quote and & escaped all the same). */
const attributeValue = (reading: string) => reading.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/**
 * Segments as HTML: the text as it was (already escaped in the page) and each reading in its
 * <rt>'s `data-r`, which the stylesheet shows (`rt::before { content: attr(data-r) }`), one <ruby>
 * per word (Chromium gives each ruby's reading to screen readers as its description; a ruby with
 * two words would describe only the first). The reading is not the page's text: the text of an
 * element (textContent, what a search engine or a test reads, copy, find in page) stays the words
 * as written. The </rt> is left to the parser (HTML lets it be omitted before </ruby>).
 */
export function segmentsToHtml(segments: readonly Segment[]): string {
  return segments
    .map(({ text, reading }) => (reading ? `<ruby>${text}<rt data-r="${attributeValue(reading)}"></ruby>` : text))
    .join('');
}

/** HTML as it was before `addRuby` (for reading built pages' text: tests, tools). */
export function withoutRuby(html: string): string {
  return html.replace(/<ruby>|<\/ruby>|<rt data-r="[^"]*">/g, '');
}

/** The language of a page, from its <html lang>. */
export function pageLanguage(html: string): string | undefined {
  return /<html\b[^>]*?\slang\s*=\s*["']?([^"'\s>]+)/i.exec(html)?.[1];
}

/**
 * The page with ruby over the kanji of its text, or the page unchanged when it is not Japanese.
 * `rubyFor` gives one text node (as written in the HTML) with its ruby; callers cache it.
 */
export function addRuby(html: string, rubyFor: (text: string) => string): string {
  const language = pageLanguage(html);
  if (language && !isJapanese(language)) return html;
  let out = '';
  let last = 0;
  /** While inside an element that is skipped: its name and how deep. */
  let skip: { name: string; depth: number } | undefined;
  TAG.lastIndex = 0;
  for (let match = TAG.exec(html); match; match = TAG.exec(html)) {
    const text = html.slice(last, match.index);
    out += skip || !hasKanji(text) ? text : rubyFor(text);
    out += match[0];
    last = TAG.lastIndex;
    const [, closing, rawName, attributes = ''] = match;
    if (!rawName) continue;
    const name = rawName.toLowerCase();
    const selfClosing = VOID.has(name) || attributes.trimEnd().endsWith('/');
    if (!closing && RAW_TEXT.has(name)) {
      const endTag = new RegExp(`</${name}`, 'ig');
      endTag.lastIndex = last;
      const stop = endTag.exec(html)?.index ?? html.length;
      out += html.slice(last, stop);
      last = TAG.lastIndex = stop;
    } else if (skip) {
      if (name === skip.name && !selfClosing) skip.depth += closing ? -1 : 1;
      if (skip.depth === 0) skip = undefined;
    } else if (!closing && !selfClosing && (SKIPPED.has(name) || optsOut(attributes))) {
      skip = { name, depth: 1 };
    }
  }
  const rest = html.slice(last);
  return out + (skip || !hasKanji(rest) ? rest : rubyFor(rest));
}
