/**
 * The morphological analyzer the build-time tools share: kuromoji with its IPADIC dictionary
 * (~18 MB). The importer proposes よみがな with it (src/lib/import/kana-proposal.ts) and the build
 * puts ふりがな over kanji with it (src/lib/furigana/). It is loaded in Node only and never sent to
 * the browser.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import kuromoji from 'kuromoji';

/** One word of the analyzer's answer, with its reading (katakana) where the dictionary knows it. */
export interface Token {
  surface_form: string;
  reading?: string;
  pos: string;
  pos_detail_1?: string;
}

/** What we need of an analyzer: the text cut into words. */
export interface Tokenizer {
  tokenize(text: string): Token[];
}

/**
 * What kuromoji cannot read: it throws on U+0000 and on a high surrogate without its pair (every
 * other UTF-16 unit was tried). Both come from untrusted files (an imported list, a page's text).
 */
const UNREADABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])/g;

/**
 * kuromoji that never throws: each unreadable unit is read as U+FFFD, one for one, so positions stay
 * the same; the surface forms then differ from the text there, which callers that check them see.
 */
function safe(tokenizer: Tokenizer): Tokenizer {
  return { tokenize: (text) => tokenizer.tokenize(text.replace(UNREADABLE, '\ufffd')) };
}

let loading: Promise<Tokenizer> | undefined;

/** kuromoji with its dictionary from node_modules (about a second; kept for the rest of the run). */
export function loadTokenizer(): Promise<Tokenizer> {
  loading ??= newTokenizer();
  return loading;
}

/** A kuromoji of its own, for a caller that lets it go when done (about 300 MB while held). */
export function newTokenizer(): Promise<Tokenizer> {
  const dicPath = path.join(path.dirname(createRequire(import.meta.url).resolve('kuromoji/package.json')), 'dict');
  return new Promise<Tokenizer>((resolve, reject) => {
    kuromoji.builder({ dicPath }).build((error, tokenizer) => (error ? reject(error) : resolve(safe(tokenizer))));
  });
}
