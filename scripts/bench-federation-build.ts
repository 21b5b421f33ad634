/**
 * The builds of `npm run bench:federation`: each member town generated (scripts/generate-content.ts
 * in the member's place and size) and built under BASE_PATH=/m/<id>/, a few at a time as child
 * processes; federation.yaml over their output; the portal built with `npm run portal`; and one
 * folder served as a prefecture would publish it (the portal at /, each member at /m/<id>/).
 * Each step measured with scripts/bench-process.ts (wall time, peak RSS of the process tree).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { folderStats, run, type RunResult } from './bench-process.ts';
import type { BenchMember } from './bench-federation-members.ts';
import { generateContent } from './generate-content.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const astroCli = path.join(repoRoot, 'node_modules/astro/bin/astro.mjs');

export interface MemberFigures {
  member: BenchMember;
  resources: number;
  build: RunResult;
  distBytes: number;
  distFiles: number;
  pagefindBytes: number;
  manifestBytes: number;
  /** what the portal reads of it: the manifest, the map data and the search's result data */
  portalInputBytes: number;
}

export interface PortalFigures {
  build: RunResult;
  points: number;
  tileFiles: number;
  tilesBytes: number;
  tilesMs: number;
  /** the search router: words, files, bytes, seconds */
  router: { words: number; files: number; bytes: number; ms: number };
}

const pagefindBytes = (dist: string) =>
  fs
    .readdirSync(dist)
    .filter((name) => /^pagefind(-\d+)?$/.test(name))
    .reduce((sum, name) => sum + folderStats(path.join(dist, name)).bytes, 0);

/**
 * One Astro build of this checkout into `outDir`, started from a working folder of its own.
 * When `outDir` lies outside the working directory, Astro writes a static build's server chunks to
 * `<cwd>/.astro/.prerender/` and deletes them at the end, so two builds started from the repository
 * deleted each other's chunks (ERR_MODULE_NOT_FOUND). The folder stays inside the repository
 * (under .astro/, which git ignores) because those chunks import packages from its node_modules.
 */
export function buildAstroSite(options: { outDir: string; env: NodeJS.ProcessEnv; log: string }): Promise<RunResult> {
  const { outDir } = options;
  const cwd = path.join(repoRoot, '.astro/builds', createHash('sha256').update(outDir).digest('hex').slice(0, 12));
  fs.mkdirSync(cwd, { recursive: true });
  return run(process.execPath, [astroCli, 'build', '--root', repoRoot, '--outDir', outDir], {
    cwd,
    env: { ASTRO_CACHE_DIR: `${outDir}-cache`, ASTRO_TELEMETRY_DISABLED: '1', NODE_ENV: 'production', ...options.env },
    log: options.log,
  });
}

/** The word chunks the portal reads for its search router (every index folder's index/). */
const wordIndexBytes = (dist: string) =>
  fs
    .readdirSync(dist)
    .filter((name) => /^pagefind(-\d+)?$/.test(name))
    .reduce((sum, name) => sum + folderStats(path.join(dist, name, 'index')).bytes, 0);

/** What the portal reads of a member's output: its manifest, its map data and its word chunks. */
const portalInputBytes = (dist: string) =>
  ['data/site.json', 'data/resources.geojson'].reduce((sum, file) => sum + fs.statSync(path.join(dist, file)).size, 0) +
  wordIndexBytes(dist);

async function buildMember(work: string, member: BenchMember): Promise<MemberFigures> {
  const content = path.join(work, 'content', member.id);
  const dist = path.join(work, 'members', member.id);
  const municipality = { id: member.id, name: member.name, kana: member.kana, code: member.code };
  const generated = generateContent({
    resources: member.resources,
    out: content,
    municipality,
    regions: member.houkatsu,
    extent: member.extent,
    basemap: 'none',
  });
  fs.rmSync(dist, { recursive: true, force: true });
  const log = path.join(work, `member-${member.id}.log`);
  const build = await buildAstroSite({
    outDir: dist,
    env: { CONTENT_DIR: content, BASE_PATH: `/m/${member.id}/` },
    log,
  });
  if (build.code !== 0) throw new Error(`${member.id} のビルドが失敗しました（${log}）`);
  const stats = folderStats(dist);
  const size = (file: string) => fs.statSync(path.join(dist, file)).size;
  const figures: MemberFigures = {
    member,
    resources: generated.resources,
    // the log file keeps the output
    build: { ...build, output: '' },
    distBytes: stats.bytes,
    distFiles: stats.files,
    pagefindBytes: pagefindBytes(dist),
    manifestBytes: size('data/site.json'),
    portalInputBytes: portalInputBytes(dist),
  };
  fs.writeFileSync(figuresFile(work, member), JSON.stringify(figures));
  return figures;
}

const figuresFile = (work: string, member: BenchMember) => path.join(work, `member-${member.id}.json`);

/** The figures of an earlier build of this same member, when its output is still there (`--reuse`). */
export function earlierBuild(work: string, member: BenchMember): MemberFigures | undefined {
  try {
    const figures = JSON.parse(fs.readFileSync(figuresFile(work, member), 'utf8')) as MemberFigures;
    const same = JSON.stringify(figures.member) === JSON.stringify(member);
    const dist = path.join(work, 'members', member.id);
    if (!same || !fs.existsSync(path.join(dist, 'data/site.json'))) return undefined;
    // measured again: what the portal reads may have changed since the member was built
    return { ...figures, portalInputBytes: portalInputBytes(dist) };
  } catch {
    return undefined;
  }
}

/** Builds the members `jobs` at a time; `onDone` hears of each as it finishes. */
export async function buildMembers(
  work: string,
  members: BenchMember[],
  options: { jobs: number; reuse: boolean },
  onDone: (figures: MemberFigures) => void,
): Promise<MemberFigures[]> {
  const results: MemberFigures[] = [];
  let next = 0;
  const worker = async () => {
    while (next < members.length) {
      const member = members[next++]!;
      const figures = (options.reuse && earlierBuild(work, member)) || (await buildMember(work, member));
      results.push(figures);
      onDone(figures);
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.jobs, members.length) }, worker));
  return members.map((member) => results.find((r) => r.member.id === member.id)!);
}

/** federation.yaml over the built members (basemap none: the bench makes no outside request). */
function writeConfig(work: string, members: BenchMember[]): string {
  const lines = [
    'name: 東京都 地域包括ケア 広域マップ（ベンチマーク）',
    'prefecture:',
    '  name: 東京都',
    '  code: "13"',
    'basemap: none',
    'members:',
    ...members.flatMap((m) => [
      `  - id: ${m.id}`,
      `    name: ${m.name}`,
      `    code: "${m.code}"`,
      `    url: /m/${m.id}/`,
      `    dist: members/${m.id}`,
    ]),
  ];
  const file = path.join(work, 'federation.yaml');
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

export async function buildPortal(work: string, members: BenchMember[]): Promise<PortalFigures> {
  const config = writeConfig(work, members);
  const out = path.join(work, 'portal');
  fs.rmSync(out, { recursive: true, force: true });
  const build = await run(process.execPath, ['scripts/portal.ts', '--config', config, '--out', out], {
    env: { ASTRO_CACHE_DIR: `${out}-cache`, NODE_ENV: 'production' },
    log: path.join(work, 'portal.log'),
  });
  if (build.code !== 0) throw new Error(`ポータルのビルドが失敗しました（${path.join(work, 'portal.log')}）`);
  // 「地図: 60,000 件の場所をタイル 1,200 ファイル（8.8 MB）にしました（2.4 秒）」
  const line = /地図: ([\d,]+) 件の場所をタイル ([\d,]+) ファイル.*（([\d.]+) 秒）/.exec(build.output);
  const number = (text?: string) => Number((text ?? '0').replace(/,/g, ''));
  // 「検索の案内: 3,678 語を 2 ファイル（0.0 MB）にしました（0.4 秒）」
  const routerLine = /検索の案内: ([\d,]+) 語を ([\d,]+) ファイル.*（([\d.]+) 秒）/.exec(build.output);
  return {
    router: {
      words: number(routerLine?.[1]),
      files: number(routerLine?.[2]),
      bytes: folderStats(path.join(out, 'search-router')).bytes,
      ms: Number(routerLine?.[3] ?? 0) * 1000,
    },
    build,
    points: number(line?.[1]),
    tileFiles: number(line?.[2]),
    tilesBytes: folderStats(path.join(out, 'tiles')).bytes,
    tilesMs: Number(line?.[3] ?? 0) * 1000,
  };
}

/** The portal at /, each member at /m/<id>/ (hard links: no second copy on disk). */
export function assembleServed(work: string, members: BenchMember[]): string {
  const served = path.join(work, 'served');
  fs.rmSync(served, { recursive: true, force: true });
  execFileSync('cp', ['-al', path.join(work, 'portal'), served]);
  fs.mkdirSync(path.join(served, 'm'), { recursive: true });
  for (const m of members) execFileSync('cp', ['-al', path.join(work, 'members', m.id), path.join(served, 'm', m.id)]);
  return served;
}

/** A 10,000-resource town built alone (basemap none): the map the portal's frame rate is compared with. */
export async function buildComparisonTown(work: string): Promise<string> {
  const content = path.join(work, 'content', 'town10k');
  const dist = path.join(work, 'town10k');
  if (fs.existsSync(path.join(dist, 'map/index.html'))) return dist;
  generateContent({ resources: 10_000, out: content, basemap: 'none' });
  const build = await buildAstroSite({
    outDir: dist,
    env: { CONTENT_DIR: content },
    log: path.join(work, 'town10k.log'),
  });
  if (build.code !== 0) throw new Error(`10,000 件の町のビルドが失敗しました（${path.join(work, 'town10k.log')}）`);
  return dist;
}
