/**
 * Pagefind names each page of an index by the first 7 hex digits of a hash of the page (its URL,
 * text and meta), and lengthens a name only when it repeats inside one index. A large site is
 * split into several indexes that the browser merges (src/integrations/pagefind.ts, mergeIndex);
 * there two pages of different indexes can share a name — the 10,000-resource bench town had one
 * pair, /resources/clinic-885/ and /resources/salon-158/ — and the search, which joins its two
 * result lists page by page by that name, showed only one of them.
 *
 * This module reads the names each written index holds (its pf_meta file), finds the pages of a
 * later index whose name an earlier index already uses, and tags such a page's search document
 * with a meta value (`idSalt`) that changes its hash, so the build can write that index again.
 * (The pf_meta file is gzip, Pagefind's signature, then CBOR, read with cborg.)
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { decode as decodeCbor } from 'cborg';

/** What Pagefind writes before the data in its files (after gunzip). */
export const PAGEFIND_SIGNATURE = 'pagefind_dcd';

/** The meta key whose value only changes a page's hash (the page shows nothing of it). */
export const ID_SALT_META = 'idSalt';

/** A Pagefind file's data: gunzipped, its signature checked and removed. */
export function readPagefindFile(file: string): Buffer {
  const data = zlib.gunzipSync(fs.readFileSync(file));
  if (data.subarray(0, PAGEFIND_SIGNATURE.length).toString() !== PAGEFIND_SIGNATURE)
    throw new Error(`${file} is not a Pagefind file this build can read`);
  return data.subarray(PAGEFIND_SIGNATURE.length);
}

export interface IndexedPage {
  id: string;
  /** The shared fragment file that holds it (empty: a file of its own, named by `id`). */
  group: string;
}

/** The pages of the Pagefind index written to `folder`, read from its pf_meta file. */
export function indexPages(folder: string): IndexedPage[] {
  const metas = fs.readdirSync(folder).filter((name) => name.endsWith('.pf_meta'));
  if (metas.length !== 1) throw new Error(`${folder}: expected one pf_meta file, found ${metas.length}`);
  const meta = decodeCbor(readPagefindFile(path.join(folder, metas[0]!)));
  const pages = Array.isArray(meta) ? meta[1] : undefined;
  if (!Array.isArray(pages)) throw new Error(`${folder}: the pf_meta file has no page list`);
  return pages.map((page) => {
    const [id, , group] = page as [unknown, unknown, unknown];
    if (typeof id !== 'string') throw new Error(`${folder}: a page without a name in pf_meta`);
    return { id, group: typeof group === 'string' ? group : '' };
  });
}

/** The URL of a page of the index at `folder`, from its fragment. */
export function pageUrl(folder: string, page: IndexedPage): string {
  const file = path.join(folder, 'fragment', `${page.group || page.id}.pf_fragment`);
  const data = JSON.parse(readPagefindFile(file).toString('utf8')) as Record<string, unknown>;
  const fragment = (page.group ? data[page.id] : data) as { url?: unknown } | undefined;
  if (typeof fragment?.url !== 'string') throw new Error(`${file}: no URL for ${page.id}`);
  return fragment.url;
}

export interface ClashingPage {
  /** Position of its index in the list given. */
  index: number;
  id: string;
  url: string;
}

/** The pages of each index after the first whose name an earlier index already holds. */
export function clashingPages(folders: readonly string[]): ClashingPage[] {
  const seen = new Set<string>();
  const clashes: ClashingPage[] = [];
  folders.forEach((folder, index) => {
    const pages = indexPages(folder);
    for (const page of pages) if (seen.has(page.id)) clashes.push({ index, id: page.id, url: pageUrl(folder, page) });
    for (const page of pages) seen.add(page.id);
  });
  return clashes;
}

/** A search document with a salt that changes only its Pagefind hash (shown nowhere). */
export function saltDocument(html: string, salt: number): string {
  const tag = `<span data-pagefind-meta="${ID_SALT_META}:${salt}" hidden></span>`;
  const end = html.lastIndexOf('</body>');
  return end < 0 ? html + tag : html.slice(0, end) + tag + html.slice(end);
}
