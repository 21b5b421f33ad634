/**
 * The "before" side of `npm run changes`: a content folder as it is on disk, or as it was at a
 * git ref (a branch such as origin/main, a tag, a commit). A ref is written out to a temporary
 * folder with git itself (`ls-tree` for the files, one `cat-file --batch` for their contents), in
 * Node rather than through `git archive | tar`, so it works in every shell and on Windows.
 * Only the content folder's files are written, and only inside the temporary folder.
 */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, realpath, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export interface ContentBase {
  /** A folder holding the base content. */
  dir: string;
  /** How to name the base to staff: the folder, or the ref. */
  label: string;
  /** Removes what was written for a ref (nothing for a folder). */
  cleanup: () => Promise<void>;
}

/** Runs git and returns what it printed; rejects with git's own message when it fails. */
function git(args: string[], options: { cwd: string; input?: string }): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, { cwd: options.cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(Buffer.concat(out));
      else reject(new Error(Buffer.concat(err).toString('utf8').trim() || `git ${args[0]} が失敗しました（${code}）`));
    });
    child.stdin.end(options.input ?? '');
  });
}

/** Splits `git cat-file --batch` output into each object's bytes (undefined for a missing one). */
export function splitBatch(output: Buffer, count: number): (Buffer | undefined)[] {
  const objects: (Buffer | undefined)[] = [];
  let at = 0;
  for (let n = 0; n < count; n++) {
    const end = output.indexOf(0x0a, at);
    const header = output.subarray(at, end).toString('utf8');
    const match = /^\S+ (\S+) (\d+)$/.exec(header);
    if (!match) {
      // "<name> missing" (or ambiguous): no body follows.
      objects.push(undefined);
      at = end + 1;
      continue;
    }
    const size = Number(match[2]);
    objects.push(match[1] === 'blob' ? output.subarray(end + 1, end + 1 + size) : undefined);
    at = end + 1 + size + 1;
  }
  return objects;
}

/** Where the content folder sits in its repository: the top folder and the path from it. */
async function placeInRepository(dir: string): Promise<{ top: string; prefix: string }> {
  const top = (await git(['rev-parse', '--show-toplevel'], { cwd: dir })).toString('utf8').trim();
  const prefix = path
    .relative(await realpath(top), await realpath(dir))
    .split(path.sep)
    .join('/');
  return { top, prefix };
}

/** Writes the content folder as it was at `ref` into `into`. */
export async function writeContentAtRef(options: { ref: string; dir: string; into: string }): Promise<number> {
  const { ref, into } = options;
  // A ref that looks like an option would be read by git as one.
  if (ref.startsWith('-')) throw new Error(`「${ref}」は git のブランチ・コミットの名前ではありません`);
  const { top, prefix } = await placeInRepository(options.dir);
  const listing = await git(['ls-tree', '-r', '-z', '--name-only', ref, '--', prefix || '.'], { cwd: top });
  const files = listing.toString('utf8').split('\0').filter(Boolean);
  const requests = files.map((file) => `${ref}:${file}\n`).join('');
  const contents = splitBatch(await git(['cat-file', '--batch'], { cwd: top, input: requests }), files.length);
  const root = path.resolve(into);
  for (const [n, file] of files.entries()) {
    const body = contents[n];
    const relative = prefix ? file.slice(prefix.length + 1) : file;
    const target = path.resolve(root, ...relative.split('/'));
    if (body === undefined || !target.startsWith(root + path.sep)) continue;
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, body);
  }
  return files.length;
}

async function isFolder(candidate: string): Promise<boolean> {
  try {
    return (await stat(candidate)).isDirectory();
  } catch {
    return false;
  }
}

/** The base as given: an existing folder as it is, anything else as a git ref of `dir`'s repository. */
export async function resolveBase(options: { base: string; dir: string }): Promise<ContentBase> {
  const { base, dir } = options;
  if (await isFolder(base)) return { dir: path.resolve(base), label: base, cleanup: async () => {} };
  const into = await mkdtemp(path.join(os.tmpdir(), 'content-base-'));
  const cleanup = () => rm(into, { recursive: true, force: true });
  try {
    await writeContentAtRef({ ref: base, dir, into });
  } catch (error) {
    await cleanup();
    const reason = (error as Error).message;
    throw new Error(`比べる元「${base}」は、フォルダでも、読める git のブランチ・コミットでもありません（${reason}）`, {
      cause: error,
    });
  }
  return { dir: into, label: base, cleanup };
}
