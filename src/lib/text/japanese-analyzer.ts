/**
 * The morphological analyzer the build-time tools share: kuromoji with its IPADIC dictionary
 * (~18 MB). The importer proposes よみがな with it (src/lib/import/kana-proposal.ts) and the build
 * puts ふりがな over kanji with it (src/lib/furigana/). It is loaded in Node only and never sent to
 * the browser.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import kuromoji from 'kuromoji';

/** What we need of an analyzer: words with their readings (katakana) where the dictionary knows them. */
export interface Tokenizer {
  tokenize(text: string): { surface_form: string; reading?: string; pos: string; pos_detail_1?: string }[];
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
    kuromoji.builder({ dicPath }).build((error, tokenizer) => (error ? reject(error) : resolve(tokenizer)));
  });
}
