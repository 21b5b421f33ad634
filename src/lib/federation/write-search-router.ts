/**
 * Writes the portal's search router (search-router.ts) from the members' built output: every word
 * of each member's Pagefind index, read from the result data it publishes (`<index>/fragment/`,
 * gzip with Pagefind's signature, then JSON: one result, or a group of them), in the member's index
 * folder and those its merge.json lists. A member whose index cannot be read is reported by name
 * and searched for every query instead (it is never left out of the search).
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { problem, RULES } from '../content/rules.ts';
import { isUnderLink, readWithoutFollowing } from '../content/no-follow.ts';
import type { MemberProblem, PortalMember } from './members.ts';
import {
  buildRouterChunks,
  addIndexedWords,
  ROUTER_DIRECTORY,
  ROUTER_FOLDER,
  type RouterDirectory,
} from './search-router.ts';

const SIGNATURE = 'pagefind_dcd';

export interface SearchRouterSummary {
  words: number;
  chunks: number;
  bytes: number;
  problems: MemberProblem[];
  ms: number;
}

/** A file of a member's output, refused when it would lie outside the output or behind a link. */
function readInside(dist: string, relative: string): Buffer {
  const file = path.resolve(dist, relative);
  if (path.relative(dist, file).startsWith('..') || isUnderLink(dist, file))
    throw new Error('フォルダーの外を指しています');
  return readWithoutFollowing(file);
}

/** The member's index folders, relative to its output: the manifest's, and those merge.json adds. */
function indexFolders(dist: string, member: PortalMember): string[] {
  const first = member.manifest.links.searchIndex;
  let extra: unknown = [];
  try {
    extra = JSON.parse(readInside(dist, path.join(first, 'merge.json')).toString('utf8'));
  } catch {
    // a site with one index has none
  }
  const more = Array.isArray(extra) ? extra.filter((f): f is string => typeof f === 'string') : [];
  return [first, ...more.map((folder) => folder.replace(/^\/+/, ''))];
}

function fragmentTexts(buffer: Buffer): string[] {
  const raw = zlib.gunzipSync(buffer);
  const text =
    raw.subarray(0, SIGNATURE.length).toString('latin1') === SIGNATURE ? raw.subarray(SIGNATURE.length) : raw;
  const data = JSON.parse(text.toString('utf8')) as Record<string, unknown>;
  if (typeof data.content === 'string') return [data.content];
  return Object.values(data).flatMap((entry) =>
    entry && typeof (entry as { content?: unknown }).content === 'string'
      ? [(entry as { content: string }).content]
      : [],
  );
}

/** Every word of one member's indexes (throws when an index folder cannot be read). */
function memberWords(dist: string, member: PortalMember, include: Set<string>): Set<string> {
  const words = new Set<string>();
  for (const folder of indexFolders(dist, member)) {
    const entry = JSON.parse(readInside(dist, path.join(folder, 'pagefind-entry.json')).toString('utf8'));
    for (const character of entry.include_characters ?? []) include.add(character);
    const kept = [...include];
    const fragments = path.join(folder, 'fragment');
    // the folder checked once; each file is then opened without following a link
    const inside = path.resolve(dist, fragments);
    if (path.relative(dist, inside).startsWith('..') || isUnderLink(dist, path.join(inside, 'x')))
      throw new Error('フォルダーの外を指しています');
    const names = fs.readdirSync(inside).filter((name) => name.endsWith('.pf_fragment'));
    if (names.length === 0) throw new Error(`${fragments} に結果のデータがありません`);
    for (const name of names) {
      for (const content of fragmentTexts(readWithoutFollowing(path.join(inside, name))))
        addIndexedWords(content, words, kept);
    }
  }
  return words;
}

/** Reads the members' words and writes `<out>/search-router/`; `baseDir` is federation.yaml's folder. */
export function writeSearchRouter(members: readonly PortalMember[], baseDir: string, out: string): SearchRouterSummary {
  const started = performance.now();
  const include = new Set<string>();
  const problems: MemberProblem[] = [];
  const read: { id: string; words: Set<string> }[] = [];
  const always: string[] = [];
  for (const member of members) {
    try {
      read.push({ id: member.id, words: memberWords(path.resolve(baseDir, member.dist), member, include) });
    } catch (error) {
      const label = `${member.name}（${member.id}）`;
      const file = path.join(member.dist, member.manifest.links.searchIndex);
      const detail =
        (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'ファイルがありません' : (error as Error).message;
      problems.push({
        ...problem(RULES.memberSearchIndexUnreadable, { member: label, file, detail }),
        member: label,
        memberId: member.id,
        file,
      });
      always.push(member.id);
    }
  }
  const { firstWords, chunks } = buildRouterChunks(read.map((member) => member.words));
  const folder = path.join(out, ROUTER_FOLDER);
  fs.rmSync(folder, { recursive: true, force: true });
  fs.mkdirSync(folder, { recursive: true });
  const directory: RouterDirectory = {
    version: 1,
    members: read.map((member) => member.id),
    always,
    chunks: firstWords,
    includeCharacters: [...include],
  };
  let bytes = 0;
  chunks.forEach((chunk, i) => {
    const body = zlib.gzipSync(JSON.stringify(chunk), { level: 9 });
    fs.writeFileSync(path.join(folder, `${i}.json.gz`), body);
    bytes += body.length;
  });
  const directoryText = JSON.stringify(directory);
  fs.writeFileSync(path.join(folder, ROUTER_DIRECTORY), directoryText);
  bytes += Buffer.byteLength(directoryText);
  const words = chunks.reduce((sum, chunk) => sum + chunk.length, 0);
  return { words, chunks: chunks.length, bytes, problems, ms: performance.now() - started };
}
