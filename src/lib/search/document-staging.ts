/**
 * Where the search documents wait for Pagefind during a build: tens of thousands of small files
 * that live for a few seconds. On a RAM disk (/dev/shm) they do not compete on the disk with the
 * pages Astro writes at the same time; but a container's /dev/shm can be missing or small
 * (Docker gives 64 MB, some CI runners 16 MB or less), and another process can fill it. So the
 * RAM disk is used only when it has room for a whole index's documents, and a write that still
 * finds it full (ENOSPC) starts that index again in the build cache on disk. Nothing is lost
 * either way: the same files end up in one folder or the other.
 */
import fs from 'node:fs';
import path from 'node:path';

/** One document: its path inside the folder Pagefind reads, and its HTML. */
export interface StagedDocument {
  file: string;
  text: string;
}

/** The file-system calls staging makes (a test can make the RAM disk fail). */
export interface StagingIo {
  exists(dir: string): boolean;
  /** Bytes free for an unprivileged writer, or undefined when unknown. */
  freeBytes(dir: string): number | undefined;
  makeTempDir(prefix: string): string;
  writeFile(file: string, text: string): void;
  remove(dir: string): void;
}

export const nodeIo: StagingIo = {
  exists: (dir) => fs.existsSync(dir),
  freeBytes(dir) {
    try {
      const stats = fs.statfsSync(dir);
      return Number(stats.bavail) * Number(stats.bsize);
    } catch {
      return undefined;
    }
  },
  makeTempDir: (prefix) => fs.mkdtempSync(prefix),
  writeFile(file, text) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  },
  remove: (dir) => fs.rmSync(dir, { recursive: true, force: true }),
};

const BLOCK = 4096;

/** What the documents take on a file system of 4 KB blocks: every file and folder at least one block. */
export function bytesNeeded(documents: readonly StagedDocument[]): number {
  const folders = new Set(documents.map((document) => path.dirname(document.file)));
  const files = documents.reduce(
    (sum, document) => sum + Math.max(1, Math.ceil(Buffer.byteLength(document.text) / BLOCK)),
    0,
  );
  return (files + folders.size) * BLOCK;
}

export interface StagingPlaces {
  /** The RAM disk, when the system has one (/dev/shm on Linux). */
  ramDisk?: string;
  /** A folder on disk that always works (the build cache). */
  disk: string;
}

export interface Staged {
  dir: string;
  onRamDisk: boolean;
  /** Why the RAM disk was not used (missing, too small, filled up), for the build log. */
  fallback?: string;
}

/** The RAM disk when it holds the documents with a quarter to spare; else why not. */
function ramDiskFor(
  documents: readonly StagedDocument[],
  places: StagingPlaces,
  io: StagingIo,
): string | { why: string } {
  if (!places.ramDisk || !io.exists(places.ramDisk)) return { why: `${places.ramDisk ?? 'RAM disk'} がありません` };
  const free = io.freeBytes(places.ramDisk);
  const needed = bytesNeeded(documents);
  if (free === undefined || free < needed * 1.25) {
    const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
    return { why: `${places.ramDisk} の空き ${free === undefined ? '不明' : mb(free)} < 必要 ${mb(needed)}` };
  }
  return places.ramDisk;
}

function writeAll(dir: string, documents: readonly StagedDocument[], io: StagingIo): void {
  for (const document of documents) io.writeFile(path.join(dir, document.file), document.text);
}

const isFull = (error: unknown) => ['ENOSPC', 'EDQUOT'].includes((error as NodeJS.ErrnoException)?.code ?? '');

/** Writes the documents into a new folder, on the RAM disk when it has room, else on disk. */
export function stageDocuments(
  documents: readonly StagedDocument[],
  places: StagingPlaces,
  io: StagingIo = nodeIo,
): Staged {
  const ram = ramDiskFor(documents, places, io);
  if (typeof ram === 'string') {
    const dir = io.makeTempDir(path.join(ram, 'search-documents-'));
    try {
      writeAll(dir, documents, io);
      return { dir, onRamDisk: true };
    } catch (error) {
      io.remove(dir);
      if (!isFull(error)) throw error;
      return onDisk(documents, places, io, `${ram} がいっぱいになりました (${(error as NodeJS.ErrnoException).code})`);
    }
  }
  return onDisk(documents, places, io, ram.why);
}

function onDisk(documents: readonly StagedDocument[], places: StagingPlaces, io: StagingIo, why: string): Staged {
  const dir = io.makeTempDir(path.join(places.disk, 'search-documents-'));
  writeAll(dir, documents, io);
  return { dir, onRamDisk: false, fallback: why };
}
