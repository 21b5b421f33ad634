/**
 * Writes the portal's search router (search-router.ts) from the members' built output: every word
 * of each member's Pagefind index, read from the word chunks it publishes
 * (`<index>/index/*.pf_index`, pagefind-words.ts), in the member's index folder and those its
 * merge.json lists. The chunks of all members are read a few at a time and unzipped in zlib's
 * thread pool, so reading overlaps unzipping and the word walk. A member whose index cannot be read is reported by name and
 * searched for every query instead (it is never left out of the search).
 */
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { problem, RULES } from '../content/rules.ts';
import { isUnderLink, readWithoutFollowing, readWithoutFollowingAsync } from '../content/no-follow.ts';
import type { MemberProblem, PortalMember } from './members.ts';
import { pagefindChunkWords } from './pagefind-words.ts';
import { buildRouterChunks, ROUTER_DIRECTORY, ROUTER_FOLDER, type RouterDirectory } from './search-router.ts';

const gunzip = promisify(zlib.gunzip);
/** Files read and unzipped at once: enough to keep zlib's four threads and the disk busy. */
const READS_AT_ONCE = 8;

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

/** Runs `task` over `items` with at most `limit` running at once. */
async function forEachAtMost<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/** The word chunks of one member's indexes and the characters its Pagefind keeps (throws when unreadable). */
function memberChunks(dist: string, member: PortalMember): { files: string[]; include: string[] } {
  const files: string[] = [];
  const include: string[] = [];
  for (const folder of indexFolders(dist, member)) {
    const entry = JSON.parse(readInside(dist, path.join(folder, 'pagefind-entry.json')).toString('utf8'));
    if (Array.isArray(entry.include_characters)) include.push(...entry.include_characters);
    const chunks = path.join(folder, 'index');
    // the folder checked once; each file is then opened without following a link
    const inside = path.resolve(dist, chunks);
    if (path.relative(dist, inside).startsWith('..') || isUnderLink(dist, path.join(inside, 'x')))
      throw new Error('フォルダーの外を指しています');
    const names = fs.readdirSync(inside).filter((name) => name.endsWith('.pf_index'));
    if (names.length === 0) throw new Error(`${chunks} に語の索引がありません`);
    files.push(...names.map((name) => path.join(inside, name)));
  }
  return { files, include };
}

interface MembersWords {
  /** each readable member's words, by id */
  words: Map<string, Set<string>>;
  /** why a member's index could not be read, by id */
  failed: Map<string, unknown>;
  /** the characters the members' Pagefind keeps although they are punctuation */
  include: Set<string>;
}

/** Every member's words, the chunks of all members read together. */
async function allMembersWords(members: readonly PortalMember[], baseDir: string): Promise<MembersWords> {
  const words = new Map<string, Set<string>>();
  const failed = new Map<string, unknown>();
  const include = new Set<string>();
  const reads: { id: string; file: string }[] = [];
  for (const member of members) {
    try {
      const found = memberChunks(path.resolve(baseDir, member.dist), member);
      for (const character of found.include) include.add(character);
      words.set(member.id, new Set());
      reads.push(...found.files.map((file) => ({ id: member.id, file })));
    } catch (error) {
      failed.set(member.id, error);
    }
  }
  await forEachAtMost(reads, READS_AT_ONCE, async ({ id, file }) => {
    if (failed.has(id)) return;
    try {
      const into = words.get(id)!;
      for (const word of pagefindChunkWords(await gunzip(await readWithoutFollowingAsync(file)))) into.add(word);
    } catch (error) {
      failed.set(id, error);
    }
  });
  return { words, failed, include };
}

function unreadable(member: PortalMember, error: unknown): MemberProblem {
  const label = `${member.name}（${member.id}）`;
  const file = path.join(member.dist, member.manifest.links.searchIndex);
  const detail = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'ファイルがありません' : (error as Error).message;
  return {
    ...problem(RULES.memberSearchIndexUnreadable, {
      member: label,
      file,
      detail,
    }),
    member: label,
    memberId: member.id,
    file,
  };
}

/** Reads the members' words and writes `<out>/search-router/`; `baseDir` is federation.yaml's folder. */
export async function writeSearchRouter(
  members: readonly PortalMember[],
  baseDir: string,
  out: string,
): Promise<SearchRouterSummary> {
  const started = performance.now();
  const { words: byMember, failed, include } = await allMembersWords(members, baseDir);
  const problems = members.filter((m) => failed.has(m.id)).map((m) => unreadable(m, failed.get(m.id)));
  const read = members.filter((m) => !failed.has(m.id)).map((m) => ({ id: m.id, words: byMember.get(m.id)! }));
  const { firstWords, chunks } = buildRouterChunks(read.map((member) => member.words));
  const folder = path.join(out, ROUTER_FOLDER);
  fs.rmSync(folder, { recursive: true, force: true });
  fs.mkdirSync(folder, { recursive: true });
  const directory: RouterDirectory = {
    version: 1,
    members: read.map((member) => member.id),
    always: members.filter((m) => failed.has(m.id)).map((m) => m.id),
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
  return {
    words,
    chunks: chunks.length,
    bytes,
    problems,
    ms: performance.now() - started,
  };
}
