/**
 * npm run bench:federation -- --members 62 [--jobs 2] [--work <folder>] [--reuse | --built-only] [--no-browser] [--no-compare]
 *
 * Prints figures, no pass/fail: N member towns in the 東京都 shape (scripts/bench-federation-members.ts;
 * 62 = 23 区・26 市・13 町村, 457 包括, about 60,000 resources) generated and built under /m/<id>/
 * `--jobs` at a time, the portal built over them, and per member (build time, peak memory, dist,
 * Pagefind, manifest) and for the portal (build time, peak memory, tiles, the map's first view in
 * bytes, pan/zoom frames against a 10,000-point town's /map/, the first search when the portal has
 * one), then a projection to 1,741 members with a matrix that fits an hour. `--members 3` is quick;
 * `--reuse` keeps members already built in the work folder (their figures saved beside them) and
 * builds only the rest and the portal; `--built-only` takes only those of the N members already built
 * there (the portal and the browser figures over part of a run still under way).
 * Targets: portal build ≤ 60 s and ≤ 2 GB; first map view ≤ 500 KB.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readCommandLine } from './command-line.ts';
import { benchMembers } from './bench-federation-members.ts';
import {
  assembleServed,
  buildComparisonTown,
  buildMembers,
  buildPortal,
  earlierBuild,
} from './bench-federation-build.ts';
import { browserFigures } from './bench-federation-browser.ts';
import { projectNational } from './bench-federation-projection.ts';
import { printMembers, printPortal, printProjection } from './bench-federation-print.ts';

const USAGE =
  '使い方: npm run bench:federation -- --members 62 [--jobs 2] [--work <フォルダー>] [--reuse | --built-only] [--no-browser] [--no-compare]';
const { values } = readCommandLine(
  {
    options: {
      members: { type: 'string', default: '62' },
      jobs: { type: 'string', default: '2' },
      work: { type: 'string', default: path.join(os.tmpdir(), 'chiiki-federation-bench') },
      reuse: { type: 'boolean', default: false },
      'built-only': { type: 'boolean', default: false },
      'no-browser': { type: 'boolean', default: false },
      'no-compare': { type: 'boolean', default: false },
    },
  },
  USAGE,
);

let members;
try {
  members = benchMembers(Number(values.members));
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
const work = path.resolve(values.work);
fs.mkdirSync(work, { recursive: true });
if (values['built-only']) members = members.filter((member) => earlierBuild(work, member));
// Two at a time on a 2-core machine: each build has a working folder of its own (buildAstroSite).
const jobs = Math.max(1, Number(values.jobs) || 2);
const started = performance.now();
console.log(`${members.length} 団体を ${jobs} つずつビルドします（作業フォルダー ${work}）`);

const reuse = values.reuse || values['built-only'];
const built = await buildMembers(work, members, { jobs, reuse }, (figures) =>
  console.log(`  ${figures.member.name}（${figures.member.id}）: ${(figures.build.ms / 1000).toFixed(1)} s`),
);
const membersMs = performance.now() - started;
console.log(`ポータルをビルドします（load average ${load()}）`);
const portal = await buildPortal(work, members);
console.log(`ポータルのビルドが終わりました（load average ${load()}）`);
printMembers(built, membersMs, jobs);

let browser;
if (!values['no-browser']) {
  const served = assembleServed(work, members);
  const town = values['no-compare'] ? undefined : await buildComparisonTown(work);
  console.log(`ブラウザーで測ります（load average ${load()}）`);
  browser = await browserFigures(served, town);
  console.log(`ブラウザーの計測が終わりました（load average ${load()}）`);
}
printPortal(portal, browser);
printProjection(projectNational({ members: built.map(toMeasure), portal: portalMeasure() }));
console.log(`\n全体 ${((performance.now() - started) / 1000).toFixed(0)} 秒。ログ: ${work}/*.log`);

// The machine is shared: its load is printed with the wall times it stretches.
function load(): string {
  const [one, five, fifteen] = os.loadavg().map((figure) => figure.toFixed(1));
  return `${one} / ${five} / ${fifteen}`;
}

// On a machine shared with other builds the wall time is mostly waiting for a core: the projection
// takes a build's CPU time when it is the smaller (what a runner of its own would spend at most).
function ownTime(run: { ms: number; cpuMs?: number }): number {
  return Math.min(run.ms, run.cpuMs ?? run.ms);
}

function toMeasure(figures: (typeof built)[number]) {
  return {
    resources: figures.resources,
    buildMs: ownTime(figures.build),
    peakBytes: figures.build.treePeakBytes,
    distBytes: figures.distBytes,
    portalInputBytes: figures.portalInputBytes,
  };
}

function portalMeasure() {
  return {
    members: members.length,
    points: portal.points,
    buildMs: ownTime(portal.build),
    peakBytes: portal.build.treePeakBytes,
    tilesMs: portal.tilesMs,
    tilesBytes: portal.tilesBytes,
  };
}
