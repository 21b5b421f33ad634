/**
 * The words of a member's Pagefind index, read from the word chunks it publishes
 * (`<index>/index/*.pf_index`): the portal's search router needs to know which words each member
 * has, and these chunks hold exactly the words Pagefind matches a query against, already in the
 * form it compares (lower case, punctuation dropped). A member's index is a few dozen chunks, where
 * its result data (`fragment/`) is one file per page or group, and reading the chunks is five to ten
 * times faster for the same words and more.
 *
 * A chunk is gzip, Pagefind's signature, then CBOR: `[[ [word, pages, variants], … ]]`. Only the
 * words are wanted, so the reader walks the CBOR headers and skips the page positions without
 * building them (a general decoder, such as cborg, spends most of its time making those arrays:
 * 5 s against 1.3 s for twelve members). Pure: the caller reads and unzips the files.
 */

import { PAGEFIND_SIGNATURE } from '../search/pagefind-ids.ts';

const MAJOR_BYTES = 2;
const MAJOR_TEXT = 3;
const MAJOR_ARRAY = 4;
const MAJOR_MAP = 5;
const MAJOR_TAG = 6;

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Thrown when a chunk is not what Pagefind writes; the caller reports the member. */
export class PagefindFormatError extends Error {}

/** The last header read: its major type and its number (length, count or value). No tuple per item: the walk reads millions. */
let major = 0;
let value = 0;

/** Reads the CBOR item header at `at` into `major` and `value`; returns where the item's body starts. */
function header(bytes: Uint8Array, at: number): number {
  if (at >= bytes.length) throw new PagefindFormatError('索引のデータが途中で終わっています');
  const first = bytes[at]!;
  major = first >> 5;
  const info = first & 31;
  if (info < 24) {
    value = info;
    return at + 1;
  }
  const size = info === 24 ? 1 : info === 25 ? 2 : info === 26 ? 4 : info === 27 ? 8 : 0;
  if (size === 0) throw new PagefindFormatError('索引のデータに読めない形（長さの決まらない項目）があります');
  if (at + size >= bytes.length) throw new PagefindFormatError('索引のデータが途中で終わっています');
  value = 0;
  for (let i = 1; i <= size; i++) value = value * 256 + bytes[at + i]!;
  return at + 1 + size;
}

/** Where the `items` CBOR items starting at `at` end (nested arrays, maps and tags included). */
function skipItems(bytes: Uint8Array, at: number, items: number): number {
  let position = at;
  let left = items;
  while (left > 0) {
    position = header(bytes, position);
    left--;
    if (major === MAJOR_BYTES || major === MAJOR_TEXT) position += value;
    else if (major === MAJOR_ARRAY) left += value;
    else if (major === MAJOR_MAP) left += 2 * value;
    else if (major === MAJOR_TAG) left += 1;
  }
  if (position > bytes.length) throw new PagefindFormatError('索引のデータが途中で終わっています');
  return position;
}

/** Reads a header that must be of type `wanted`; returns its number and where its body starts. */
function expectHeader(bytes: Uint8Array, at: number, wanted: number, what: string): [count: number, next: number] {
  const next = header(bytes, at);
  if (major !== wanted) throw new PagefindFormatError(`索引のデータの形が Pagefind のものと違います（${what}）`);
  return [value, next];
}

/** The words of one unzipped word chunk (with or without Pagefind's signature in front). */
export function pagefindChunkWords(data: Uint8Array): string[] {
  const signed =
    data.length >= PAGEFIND_SIGNATURE.length && PAGEFIND_SIGNATURE === String.fromCharCode(...data.subarray(0, 12));
  const [fields, start] = expectHeader(
    data,
    signed ? PAGEFIND_SIGNATURE.length : 0,
    MAJOR_ARRAY,
    '全体が配列ではありません',
  );
  if (fields < 1) throw new PagefindFormatError('索引のデータに語の一覧がありません');
  const [count, first] = expectHeader(data, start, MAJOR_ARRAY, '語の一覧が配列ではありません');
  let position = first;
  const words: string[] = [];
  for (let i = 0; i < count; i++) {
    let length: number;
    let bytes: number;
    [length, position] = expectHeader(data, position, MAJOR_ARRAY, '語の項目が配列ではありません');
    if (length < 1) throw new PagefindFormatError('索引のデータに語のない項目があります');
    [bytes, position] = expectHeader(data, position, MAJOR_TEXT, '語が文字列ではありません');
    if (position + bytes > data.length) throw new PagefindFormatError('索引のデータが途中で終わっています');
    words.push(decoder.decode(data.subarray(position, position + bytes)));
    position = skipItems(data, position + bytes, length - 1);
  }
  return words;
}
