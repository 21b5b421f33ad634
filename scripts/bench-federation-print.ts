/**
 * The tables `npm run bench:federation` prints: per member, the portal against its targets, and
 * the national projection with its matrix settings and assumptions.
 */
import type { MemberFigures, PortalFigures } from './bench-federation-build.ts';
import type { browserFigures } from './bench-federation-browser.ts';
import { JOB_SETUP_SECONDS, type Projection } from './bench-federation-projection.ts';

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const mb = (bytes: number) =>
  bytes >= 1024 ** 3 ? `${(bytes / 1024 ** 3).toFixed(2)} GB` : `${(bytes / 1024 ** 2).toFixed(1)} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const row = (cells: (string | number)[]) => console.log(`| ${cells.join(' | ')} |`);
const header = (cells: string[]) => {
  row(cells);
  console.log(`|${cells.map(() => '---').join('|')}|`);
};

export function printMembers(members: MemberFigures[], wallMs: number, jobs: number): void {
  console.log(`\n## 参加団体（${members.length} 団体、${jobs} つずつ、合わせて ${s(wallMs)}）\n`);
  header(['団体', 'id', '包括', '資源', 'ビルド', 'CPU', 'ピークメモリ', 'dist', 'ファイル', 'Pagefind', 'site.json']);
  for (const m of members)
    row([
      m.member.name,
      m.member.id,
      m.member.houkatsu,
      m.resources,
      s(m.build.ms),
      m.build.cpuMs === undefined ? '—' : s(m.build.cpuMs),
      mb(m.build.treePeakBytes),
      mb(m.distBytes),
      m.distFiles,
      mb(m.pagefindBytes),
      kb(m.manifestBytes),
    ]);
  const total = (pick: (m: MemberFigures) => number) => members.reduce((sum, m) => sum + pick(m), 0);
  console.log(
    `\n合計: 資源 ${total((m) => m.resources)}、ビルド時間の和 ${s(total((m) => m.build.ms))}（CPU ${s(total((m) => m.build.cpuMs ?? 0))}）、dist ${mb(total((m) => m.distBytes))}、` +
      `最大のピークメモリ ${mb(Math.max(...members.map((m) => m.build.treePeakBytes)))}`,
  );
}

type Browser = Awaited<ReturnType<typeof browserFigures>>;

export function printPortal(portal: PortalFigures, browser: Browser | undefined): void {
  const mark = (ok: boolean) => (ok ? '（目標内）' : '（目標超え）');
  console.log('\n## ポータル\n');
  const cpu = portal.build.cpuMs === undefined ? '' : `、CPU ${s(portal.build.cpuMs)}`;
  console.log(`- ビルド: ${s(portal.build.ms)}${mark(portal.build.ms <= 60_000)}（目標 60 s${cpu}）`);
  console.log(
    `- ピークメモリ: ${mb(portal.build.treePeakBytes)}${mark(portal.build.treePeakBytes <= 2 * 1024 ** 3)}（目標 2 GB）`,
  );
  console.log(
    `- 地図のタイル: ${portal.points} 件の場所 → ${portal.tileFiles} ファイル、${mb(portal.tilesBytes)}（${s(portal.tilesMs)}）`,
  );
  console.log(
    `- 検索の案内（どの団体が答えられるか）: ${portal.router.words} 語 → ${portal.router.files} ファイル、${mb(portal.router.bytes)}（${s(portal.router.ms)}）`,
  );
  if (!browser) return console.log('- ブラウザーでの計測: 省きました（--no-browser）');
  const { firstView, frames, townFrames, search } = browser;
  console.log(
    `- 地図の最初の表示: ${kb(firstView.bytes)}（gzip ${kb(firstView.gzipBytes)}、${firstView.responses} 応答、うちタイル ${kb(firstView.tileBytes)}）` +
      `${mark(firstView.bytes <= 500 * 1024)}（目標 500 KB、圧縮なしで比べます）`,
  );
  const fps = (f: typeof frames) =>
    `${f.fps.toFixed(1)} fps（p95 ${f.p95.toFixed(0)} ms、50 ms 超え ${f.over50} フレーム）`;
  console.log(
    `- 地図を動かしたとき: ポータル ${fps(frames)}` + (townFrames ? `、10,000 件の町の /map/ ${fps(townFrames)}` : ''),
  );
  console.log(
    search
      ? `- ポータルの最初の検索（デイサービス）: ${kb(search.bytes)}（gzip ${kb(search.gzipBytes)}、${search.responses} 応答、` +
          `うち検索の案内 ${kb(search.routerBytes)}、読んだ団体 ${search.members}）${mark(search.bytes <= 400 * 1024)}（目標 400 KB）`
      : '- ポータルの最初の検索: 測れません（ポータルの /search/ がまだ索引を読みません）',
  );
}

export function printProjection(p: Projection): void {
  console.log(`\n## 全国（${p.members} 団体）への見積もり\n`);
  console.log(
    `- 前提: 1 団体あたり資源 ${p.resourcesPerMember.toFixed(0)} 件・ビルド ${p.memberBuildSeconds.toFixed(0)} 秒（この機械の測定の平均。壁時計の時間と CPU 時間の小さいほう）、場所 ${p.points} 件`,
  );
  console.log(`- 参加団体のビルドの合計: ${p.memberCpuHours.toFixed(1)} 時間（1 ジョブずつ並べた場合）`);
  console.log(
    `- ポータル: ${p.portalSeconds.toFixed(0)} 秒（ページの分は団体数に、タイルの分は場所の数に比例）、ピークメモリ ${mb(p.portalPeakBytes)}（団体数に比例とした上限）、タイル ${mb(p.tilesBytes)}`,
  );
  console.log(
    `- 成果物: 団体の dist 平均 ${mb(p.distBytesPerMember)}、ポータルが読む分（site.json、地図のデータ、検索の語の索引）全団体で ${mb(p.portalInputBytes)}`,
  );
  if (p.plans.length === 0)
    return console.log(
      '- 1 時間に収まる matrix の設定はありません（ビルドを速くするか、同時実行数を増やす必要があります）',
    );
  header(['同時ジョブ', '1 ジョブの団体数', 'ジョブ数', '波', '団体の段', '全体']);
  for (const plan of p.plans)
    row([
      plan.concurrency,
      plan.membersPerJob,
      plan.jobs,
      plan.waves,
      `${(plan.memberPhaseSeconds / 60).toFixed(0)} 分`,
      `${(plan.totalSeconds / 60).toFixed(0)} 分`,
    ]);
  console.log(`（1 ジョブの準備 ${JOB_SETUP_SECONDS} 秒を仮定。matrix は 1 つで 256 ジョブまで）`);
}
