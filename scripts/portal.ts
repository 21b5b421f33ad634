/**
 * npm run portal -- --config federation.yaml --out <folder>
 * Builds a prefecture's portal from its members' published output (their data/site.json): checks
 * federation.yaml, reads each member's manifest, prints which members are on the portal and which
 * are left out and why, then builds the portal's pages with Astro (src/portal/), the map's tiles and
 * the search router (which members can answer a query). Exit 1 when the
 * config is broken or no member could be read; a member left out alone does not stop the build.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatText, summary } from '../src/lib/content/report.ts';
import { loadPortal } from '../src/lib/federation/portal.ts';
import { placePortalData, stagingFor, startPortalData } from '../src/lib/federation/portal-data.ts';
import { portalAstroConfig } from '../src/portal/astro-config.ts';
import { readCommandLine } from './command-line.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const USAGE = '使い方: npm run portal -- --config federation.yaml --out <出力フォルダー> [--base /]';
const { values } = readCommandLine(
  {
    options: {
      config: { type: 'string', default: 'federation.yaml' },
      out: { type: 'string' },
      base: { type: 'string', default: '/' },
    },
  },
  USAGE,
);
if (!values.out) {
  console.error(USAGE);
  process.exit(2);
}

const configFile = path.resolve(values.config);
const { portal, diagnostics } = loadPortal(configFile);
if (diagnostics.length > 0) console.error(`${formatText(diagnostics)}\n${summary(diagnostics)}`);
if (!portal) process.exit(1);

for (const found of portal.problems) console.error(`${found.file}: ${found.severity}: ${found.message}`);
const total = portal.config.members.length;
console.error(
  `参加団体 ${total} のうち ${portal.members.length} 団体をポータルに載せます` +
    (portal.problems.length > 0
      ? `（載せられなかった団体: ${[...new Set(portal.problems.map((p) => p.member))].join('、')}）`
      : ''),
);
if (portal.members.length === 0) {
  console.error('読める目録（data/site.json）が1つもないため、ポータルを作りません。');
  process.exit(1);
}

const started = Date.now();
const out = path.resolve(values.out);
// The map's tiles and the search router (which members can answer a query) in a worker thread
// while Astro loads and builds the pages (portal-data.ts); they are moved into the output after.
const staging = stagingFor(out);
const parts = startPortalData({ members: portal.members, baseDir: path.dirname(configFile), staging });
parts.catch(() => {}); // awaited below; a failure of the build first must not leave it unhandled
process.env.PORTAL_CONFIG = configFile;
process.env.ASTRO_TELEMETRY_DISABLED ??= '1';
const { build } = await import('astro');
try {
  await build(portalAstroConfig({ root: ROOT, outDir: out, base: values.base, config: portal.config }));
  const { tiles, router } = await parts;
  placePortalData(staging, out);
  for (const found of tiles.problems) console.error(`${found.file}: ${found.severity}: ${found.message}`);
  console.error(
    `地図: ${tiles.points.toLocaleString('ja-JP')} 件の場所をタイル ${tiles.files.toLocaleString('ja-JP')} ファイル（${(tiles.bytes / 1024 / 1024).toFixed(1)} MB）にしました（${(tiles.ms / 1000).toFixed(1)} 秒）`,
  );
  for (const found of router.problems) console.error(`${found.file}: ${found.severity}: ${found.message}`);
  console.error(
    `検索の案内: ${router.words.toLocaleString('ja-JP')} 語を ${router.chunks.toLocaleString('ja-JP')} ファイル（${(router.bytes / 1024 / 1024).toFixed(1)} MB）にしました（${(router.ms / 1000).toFixed(1)} 秒）`,
  );
} finally {
  fs.rmSync(staging, { recursive: true, force: true });
}
console.error(`ポータルを ${out} に作りました（${((Date.now() - started) / 1000).toFixed(1)} 秒）`);
