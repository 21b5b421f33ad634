/**
 * npm run bench [-- --sizes 1000,10000,50000] [--repeat 1] [--work ../chiiki-bench] [--no-browser] [--no-bare] [--furigana] [--keep]
 *
 * Prints figures, no pass/fail (performance is not a unit test): for synthetic content folders
 * of each size (scripts/generate-content.ts), in one run on this machine,
 *  - validate: wall time of `node scripts/validate.ts --dir <folder>`;
 *  - build: wall time of the full `astro build` (validation, pages, Pagefind index, map data,
 *    CSV/HSDS exports), and the peak memory of its process tree (the sum of the RSS of the
 *    build and its children, sampled from /proc every 100 ms; `/usr/bin/time -v`'s maximum RSS of
 *    the largest single process is shown next to it when that program is installed);
 *  - the output: size and file count;
 *  - in headless Chromium against a local static server: the bytes /search/ fetches from
 *    /pagefind/ for a first query (by part: entry+meta, wasm, Pagefind JS, index, filter,
 *    fragment; and, apart, the page's own JS), and the bytes /map/ fetches for its data (GeoJSON);
 *  - bare: the build time of two throwaway Astro projects (same Astro from this repo's
 *    node_modules) that make one plain page per resource — a plain site with the same Markdown
 *    files in a glob-loader collection (the reference for the ratio) and, as the floor, the same
 *    pages from a JSON file — and the ratio of our build to each (see writeBareProject).
 *
 *  - furigana (with --furigana): the same build with FURIGANA=off, the ratio of the build with
 *    ふりがな to the one without, and the HTML of both (raw and gzip); see scripts/bench-furigana.ts.
 *
 *  - languages: the same build with site.yaml's `languages:` set to every built-in interface
 *    language (--languages en,ko to choose; --languages none to skip), its time and peak memory
 *    against the Japanese-only build (target: at most 1.5× the time, the same memory target).
 *
 * With --repeat N, the builds of a size take turns N times (ours, the bare ones, ours again …)
 * and the fastest run of each counts; every round is printed, so the spread shows.
 *
 * Everything is written under --work (default: $TMPDIR/chiiki-bench); each build has its own
 * Astro cache folder, so nothing is reused between runs unless --keep-cache is given.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCommandLine } from './command-line.ts';
import zlib from 'node:zlib';
import { generateContent } from './generate-content.ts';
import { BUILT_IN_LANGUAGES } from '../src/lib/i18n/catalogues.ts';
import { offlineDiskFigures, offlineSaveInBrowser } from './bench-offline.ts';
import { folderStats, run, type RunResult } from './bench-process.ts';
import { furiganaLine, htmlBytes } from './bench-furigana.ts';

const USAGE =
  '使い方: npm run bench [-- --sizes 1000,10000,50000] [--repeat 1] [--work <フォルダー>] [--query デイサービス] [--languages en,ko | none] [--no-browser] [--no-bare] [--furigana] [--keep] [--keep-cache]';
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const astroBin = path.join(repoRoot, 'node_modules/astro/bin/astro.mjs');

const { values } = readCommandLine(
  {
    options: {
      sizes: { type: 'string', default: '1000,10000,50000' },
      work: { type: 'string', default: path.join(os.tmpdir(), 'chiiki-bench') },
      query: { type: 'string', default: 'デイサービス' },
      'no-browser': { type: 'boolean', default: false },
      'no-bare': { type: 'boolean', default: false },
      furigana: { type: 'boolean', default: false },
      'keep-cache': { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      repeat: { type: 'string', default: '1' },
      languages: { type: 'string', default: BUILT_IN_LANGUAGES.join(',') },
    },
  },
  USAGE,
);
/** The interface languages of the second build of each size (none: no second build). */
const extraLanguages = values.languages === 'none' ? [] : values.languages!.split(',').filter(Boolean);
/** Builds run this many times each; the fastest counts (the machine's other work only slows a run down). */
const repeat = Math.max(1, Number(values.repeat) || 1);

interface Contestant {
  name: string;
  prepare: () => void;
  once: () => Promise<RunResult>;
}

/**
 * Runs each build `repeat` times, taking turns (ours, then the bare ones, then ours again …), so
 * that a slow spell of the machine falls on all of them alike; the fastest run of each counts.
 */
async function fastestOfEach(contestants: Contestant[]): Promise<RunResult[]> {
  const best: (RunResult | undefined)[] = contestants.map(() => undefined);
  for (let n = 0; n < repeat; n++) {
    const times: string[] = [];
    for (const [index, contestant] of contestants.entries()) {
      contestant.prepare();
      // Earlier writes (the generated content, the last build's output) go to the disk now, not
      // in the middle of the build that is measured.
      execFileSync('sync');
      const result = await contestant.once();
      if (result.code !== 0) {
        best[index] = result;
        return best.map((run) => run ?? result);
      }
      if (!best[index] || result.ms < best[index]!.ms) best[index] = result;
      times.push(`${contestant.name} ${seconds(result.ms)}`);
    }
    // Every round, so the spread shows (the table keeps the fastest of each).
    if (repeat > 1) console.log(`  round ${n + 1}: ${times.join(', ')}`);
  }
  return best as RunResult[];
}
const sizes = values
  .sizes!.split(',')
  .map((s) => Number(s.replace(/_/g, '').trim()))
  .filter((n) => Number.isFinite(n) && n > 0);
if (sizes.length === 0) {
  console.error('使い方: node scripts/bench.ts --sizes 1000,10000,50000');
  process.exit(2);
}
const work = path.resolve(values.work!);
fs.mkdirSync(work, { recursive: true });

/**
 * Folders are set aside during the run and deleted at its end, never between measurements: on
 * ext4, creating files soon after tens of thousands were deleted is slow (the kernel checks each
 * free inode for a recent deletion — in `perf`, a quarter of a 10,000-resource build went to
 * `recently_deleted`), so deleting one build's output would slow the next build by as much as
 * it writes files, the site's and the bare one's alike. A build on a fresh machine does not see that.
 */
const trash = path.join(work, '.set-aside');
let setAsideCount = 0;
function setAside(folder: string): void {
  if (!fs.existsSync(folder)) return;
  fs.mkdirSync(trash, { recursive: true });
  fs.renameSync(folder, path.join(trash, `${process.pid}-${setAsideCount++}-${path.basename(folder)}`));
}

// --- formatting ---------------------------------------------------------------------------
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const mib = (bytes: number) =>
  bytes >= 1024 ** 3 ? `${(bytes / 1024 ** 3).toFixed(2)} GB` : `${(bytes / 1024 ** 2).toFixed(0)} MB`;
const kib = (bytes: number) =>
  bytes >= 1024 ** 2 ? `${(bytes / 1024 ** 2).toFixed(2)} MB` : `${(bytes / 1024).toFixed(0)} KB`;

function machine(): string[] {
  const cpus = os.cpus();
  const distro = fs.existsSync('/etc/os-release')
    ? /PRETTY_NAME="?([^"\n]+)/.exec(fs.readFileSync('/etc/os-release', 'utf8'))?.[1]
    : undefined;
  const astroVersion = JSON.parse(
    fs.readFileSync(path.join(repoRoot, 'node_modules/astro/package.json'), 'utf8'),
  ).version;
  const pagefindVersion = JSON.parse(
    fs.readFileSync(path.join(repoRoot, 'node_modules/pagefind/package.json'), 'utf8'),
  ).version;
  return [
    `CPU: ${cpus[0]?.model ?? 'unknown'} × ${os.availableParallelism()} (logical cores)`,
    `memory: ${mib(os.totalmem())}, ${os.type()} ${os.release()}${distro ? ` (${distro})` : ''}`,
    `Node ${process.version}, Astro ${astroVersion}, Pagefind ${pagefindVersion}`,
    `load average at start: ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  ];
}

// --- the bare Astro projects ----------------------------------------------------------------
/**
 * What Astro itself costs for the same entries on this machine: a throwaway project that makes
 * one plain page per resource and nothing else. Uses this repo's node_modules (a symlink), so
 * the same Astro version builds both.
 *  - `glob` (the reference for the ratio): a plain Astro site — the same Markdown files through
 *    Astro's own glob loader into a content collection, each page its fields and its rendered
 *    body (`render()`);
 *  - `json` (the floor): the fields read beforehand into a JSON file the page imports, no
 *    content layer and no Markdown — only page generation.
 */
function writeBareProject(dir: string, contentDir: string, kind: 'glob' | 'json'): number {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, 'src/pages/resources'), { recursive: true });
  fs.symlinkSync(path.join(repoRoot, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  fs.writeFileSync(
    path.join(dir, 'package.json'),
    JSON.stringify({ name: 'bare-bench', private: true, type: 'module' }),
  );
  fs.writeFileSync(
    path.join(dir, 'astro.config.mjs'),
    "import { defineConfig } from 'astro/config';\nexport default defineConfig({ output: 'static', trailingSlash: 'always', devToolbar: { enabled: false } });\n",
  );
  const files: string[] = [];
  const walk = (folder: string) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.md')) files.push(full);
    }
  };
  walk(path.join(contentDir, 'resources'));
  const page = (head: string, body: string) => `---
${head}
---
<!doctype html>
<html lang="ja">
  <head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" /><title>{r.name}</title></head>
  <body>
    <h1>{r.name}</h1>
    <p>{r.kana}</p>
    <dl><dt>種類</dt><dd>{r.category}</dd><dt>住所</dt><dd>{r.address}</dd><dt>電話</dt><dd><a href={\`tel:\${r.phone}\`}>{r.phone}</a></dd></dl>
    ${body}
  </body>
</html>
`;
  if (kind === 'glob') {
    fs.writeFileSync(
      path.join(dir, 'src/content.config.ts'),
      `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
export const collections = {
  resources: defineCollection({
    loader: glob({ pattern: '**/*.md', base: ${JSON.stringify(path.join(contentDir, 'resources'))} }),
    schema: z.looseObject({ name: z.string(), kana: z.string(), category: z.string(), address: z.string().optional(), phone: z.string().optional() }),
  }),
};
`,
    );
    fs.writeFileSync(
      path.join(dir, 'src/pages/resources/[id].astro'),
      page(
        `import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  return (await getCollection('resources')).map((entry) => ({ params: { id: entry.id.split('/').pop() }, props: { entry } }));
}
const { entry } = Astro.props;
const r = entry.data;
const { Content } = await render(entry);`,
        '<Content />',
      ),
    );
    return files.length;
  }
  // The entries as written: front matter fields read plainly, the body as text.
  const resources = files.map((full) => {
    const text = fs.readFileSync(full, 'utf8');
    const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
    const field = (key: string) => new RegExp(`^${key}: "?([^"\\n]*)"?$`, 'm').exec(front)?.[1] ?? '';
    return {
      id: path.basename(full, '.md'),
      name: field('name'),
      kana: field('kana'),
      category: field('category'),
      address: field('address'),
      phone: field('phone'),
      body: body.trim(),
    };
  });
  fs.mkdirSync(path.join(dir, 'src/data'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'src/data/resources.json'), JSON.stringify(resources));
  fs.writeFileSync(
    path.join(dir, 'src/pages/resources/[id].astro'),
    page(
      `import resources from '../../data/resources.json';
export function getStaticPaths() {
  return resources.map((resource) => ({ params: { id: resource.id }, props: { resource } }));
}
const r = Astro.props.resource;`,
      '<p>{r.body}</p>',
    ),
  );
  return resources.length;
}

// --- in the browser -------------------------------------------------------------------------
/** What kind of file a first search fetched: Pagefind's parts by folder, or the page's own JS. */
function searchPart(pathname: string): string {
  if (!/\/pagefind(-\d+)?\//.test(pathname)) return 'our JS';
  if (/\/(index|filter|fragment)\//.test(pathname)) return /\/(index|filter|fragment)\//.exec(pathname)![1]!;
  if (/\.pf_meta$|pagefind-entry\.json$|merge\.json$/.test(pathname)) return 'entry+meta';
  if (/wasm\./.test(pathname)) return 'wasm';
  return 'Pagefind JS';
}

interface BrowserFigures {
  searchBytes: number;
  searchGzipBytes: number;
  searchResponses: number;
  /** The first search's bytes by kind of file (searchParts), and the page's own scripts. */
  searchParts: Record<string, number>;
  searchMs: number;
  mapDataBytes: number;
  mapDataGzipBytes: number;
  mapMs: number;
  /** What an area page's small map fetches (its boundaries and its own points). */
  areaMapDataBytes?: number;
  areaMapDataGzipBytes?: number;
  /** Saving the largest 地区 for use offline (scripts/bench-offline.ts). */
  offlineSave: Awaited<ReturnType<typeof offlineSaveInBrowser>>;
}

async function browserFigures(dist: string, query: string): Promise<BrowserFigures> {
  const { chromium } = await import('playwright-core');
  const { startStaticServer } = await import('../tests/e2e/global-setup.ts');
  const { findBrowser, HEADLESS_ARGS } = await import('./find-browser.mjs');
  const found = findBrowser();
  if (!found.path) throw new Error(found.problem);
  const executablePath = found.path;
  const browser = await chromium.launch({
    executablePath,
    args: HEADLESS_ARGS,
  });
  const server = await startStaticServer(dist);
  // The files behind the responses whose path matches, counted from disk (the local server sends
  // them as they are): raw, and gzip as a static host that compresses would send them. (Reading
  // response bodies in the browser loses the large ones.)
  const measure = async (
    url: string,
    matches: RegExp,
    ready: (page: import('playwright-core').Page) => Promise<void>,
  ) => {
    const context = await browser.newContext({
      locale: 'ja-JP',
      viewport: { width: 1000, height: 900 },
    });
    await context.route('**/*', (route) =>
      new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort(),
    );
    const page = await context.newPage();
    const paths: string[] = [];
    page.on('response', (response) => {
      const pathname = decodeURIComponent(new URL(response.url()).pathname);
      if (matches.test(pathname) && response.status() === 200) paths.push(pathname);
    });
    const started = performance.now();
    await page.goto(url);
    await ready(page);
    const ms = performance.now() - started;
    await page.waitForLoadState('networkidle');
    await context.close();
    const files = paths.map((pathname) => fs.readFileSync(path.join(dist, pathname)));
    const parts: Record<string, number> = {};
    let ourGzip = 0;
    let ourCount = 0;
    paths.forEach((pathname, i) => {
      const part = searchPart(pathname);
      parts[part] = (parts[part] ?? 0) + files[i]!.length;
      if (part !== 'our JS') return;
      ourGzip += zlib.gzipSync(files[i]!, { level: 6 }).length;
      ourCount++;
    });
    return {
      parts,
      ourGzip,
      ourCount,
      bytes: files.reduce((sum, file) => sum + file.length, 0),
      gzip: files.reduce((sum, file) => sum + zlib.gzipSync(file, { level: 6 }).length, 0),
      count: files.length,
      ms,
    };
  };
  try {
    // Pagefind's files and the page's own scripts (kept apart in the total: the target is Pagefind's).
    const search = await measure(
      `${server.url}search/?q=${encodeURIComponent(query)}`,
      /\/pagefind(-\d+)?\/|\.js$/,
      (page) => page.locator('[data-search-status]').filter({ hasText: '検索結果' }).waitFor({ timeout: 120_000 }),
    );
    const map = await measure(`${server.url}map/`, /\/data\/.*\.(geo)?json$|\.pmtiles$/, (page) =>
      page.locator('[data-map][data-map-state="idle"]').waitFor({ timeout: 300_000 }),
    );
    // An area page (the first 地区 in the output): what its small map fetches for 「地図を動かす」
    // (the SVG drawn at build time fetches nothing).
    const district = fs
      .readdirSync(path.join(dist, 'data/resources'))
      .sort()[0]
      ?.replace(/\.geojson$/, '');
    const areaMap = district
      ? await measure(`${server.url}areas/${district}/`, /\/data\/.*\.(geo)?json$/, async (page) => {
          await page.locator('[data-small-map]').getByRole('button', { name: '地図を動かす' }).click();
          await page.locator('[data-small-map][data-map-state="idle"]').waitFor({ timeout: 120_000 });
        })
      : undefined;
    const offlineSave = await offlineSaveInBrowser(dist, server.url, async () => {
      const context = await browser.newContext({
        locale: 'ja-JP',
        serviceWorkers: 'allow',
      });
      await context.route('**/*', (route) =>
        new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort(),
      );
      return context.newPage();
    });
    return {
      offlineSave,
      areaMapDataBytes: areaMap?.bytes,
      areaMapDataGzipBytes: areaMap?.gzip,
      searchBytes: search.bytes - (search.parts['our JS'] ?? 0),
      searchGzipBytes: search.gzip - search.ourGzip,
      searchResponses: search.count - search.ourCount,
      searchParts: search.parts,
      searchMs: search.ms,
      mapDataBytes: map.bytes,
      mapDataGzipBytes: map.gzip,
      mapMs: map.ms,
    };
  } finally {
    await server.close();
    await browser.close();
  }
}

// --- the run --------------------------------------------------------------------------------
interface Row {
  size: number;
  pages: number;
  validateMs: number;
  buildMs: number;
  buildCpuMs?: number;
  buildPeak: number;
  buildMaxRss?: number;
  outBytes: number;
  outFiles: number;
  phases: string;
  browser?: BrowserFigures;
  bare?: Partial<Record<'glob' | 'json', { ms: number; cpuMs?: number; peak: number }>>;
  languages?: { ms: number; cpuMs?: number; peak: number; pages: number };
  offline?: ReturnType<typeof offlineDiskFigures>;
}

/** A copy of a content folder whose site.yaml lists `languages`. */
function withLanguages(content: string, copy: string, languages: readonly string[]): void {
  setAside(copy);
  fs.cpSync(content, copy, { recursive: true });
  const site = path.join(copy, 'site.yaml');
  fs.writeFileSync(site, `${fs.readFileSync(site, 'utf8').trimEnd()}\nlanguages: [${languages.join(', ')}]\n`);
}

console.log('# npm run bench');
for (const line of machine()) console.log(line);
console.log(
  `sizes: ${sizes.join(', ')}; each build ${repeat === 1 ? 'once' : `${repeat} times, the fastest counts`}; work folder: ${work}\n`,
);

const astroEnv = { ASTRO_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' };
const rows: Row[] = [];
for (const size of sizes) {
  const content = path.join(work, `content-${size}`);
  const dist = path.join(work, `dist-${size}`);
  const cache = path.join(work, `cache-${size}`);
  setAside(content);
  const generated = generateContent({ resources: size, out: content });
  console.log(`== ${size} resources (${generated.districts} districts in ${generated.regions} regions): ${content}`);

  const validate = await run(process.execPath, [path.join(repoRoot, 'scripts/validate.ts'), '--dir', content], {
    log: path.join(work, `validate-${size}.log`),
  });
  if (validate.code !== 0) throw new Error(`validate failed for ${size} (see ${work}/validate-${size}.log)`);
  console.log(`validate: ${seconds(validate.ms)}`);

  const buildLog = path.join(work, `build-${size}.log`);
  // Astro writes its prerender chunks to <cwd>/.astro/ when the output is outside the working
  // folder: a private working folder keeps other builds of this repo from deleting them midway…
  const cwd = path.join(work, `cwd-${size}`);
  fs.mkdirSync(cwd, { recursive: true });
  // …and the chunks import packages by name, found through the working folder.
  if (!fs.existsSync(path.join(cwd, 'node_modules')))
    fs.symlinkSync(path.join(repoRoot, 'node_modules'), path.join(cwd, 'node_modules'), 'dir');
  const ours: Contestant = {
    name: 'build',
    prepare: () => {
      setAside(dist);
      if (!values['keep-cache']) setAside(cache);
    },
    once: () =>
      run(process.execPath, [astroBin, 'build', '--root', repoRoot, '--outDir', dist], {
        cwd,
        env: { ...astroEnv, CONTENT_DIR: content, ASTRO_CACHE_DIR: cache },
        log: buildLog,
      }),
  };
  const bareKinds = values['no-bare'] ? [] : (['glob', 'json'] as const);
  const bareEntries = new Map<string, number>();
  const bares: Contestant[] = bareKinds.map((kind) => {
    const bare = path.join(work, `bare-${kind}-${size}`);
    setAside(bare);
    bareEntries.set(kind, writeBareProject(bare, content, kind));
    return {
      name: `bare (${kind})`,
      prepare: () => ['dist', 'cache', '.astro'].forEach((folder) => setAside(path.join(bare, folder))),
      once: () =>
        run(process.execPath, [astroBin, 'build', '--root', bare, '--outDir', path.join(bare, 'dist')], {
          cwd: bare,
          env: { ...astroEnv, ASTRO_CACHE_DIR: path.join(bare, 'cache') },
          log: path.join(work, `bare-${kind}-${size}.log`),
        }),
    };
  });
  const languagesContent = path.join(work, `content-${size}-languages`);
  const languagesDist = path.join(work, `dist-${size}-languages`);
  const multilingual: Contestant[] = extraLanguages.length
    ? [
        {
          name: `build + ${extraLanguages.length} languages`,
          prepare: () => {
            setAside(languagesDist);
            setAside(`${cache}-languages`);
          },
          once: () =>
            run(process.execPath, [astroBin, 'build', '--root', repoRoot, '--outDir', languagesDist], {
              cwd,
              env: {
                ...astroEnv,
                CONTENT_DIR: languagesContent,
                ASTRO_CACHE_DIR: `${cache}-languages`,
              },
              log: path.join(work, `build-${size}-languages.log`),
            }),
        },
      ]
    : [];
  const noFuriganaDist = path.join(work, `dist-${size}-no-furigana`);
  const noFurigana: Contestant[] = values.furigana
    ? [
        {
          name: 'build without ふりがな',
          prepare: () => {
            setAside(noFuriganaDist);
            setAside(`${cache}-no-furigana`);
          },
          once: () =>
            run(process.execPath, [astroBin, 'build', '--root', repoRoot, '--outDir', noFuriganaDist], {
              cwd,
              env: {
                ...astroEnv,
                CONTENT_DIR: content,
                ASTRO_CACHE_DIR: `${cache}-no-furigana`,
                FURIGANA: 'off',
              },
              log: path.join(work, `build-${size}-no-furigana.log`),
            }),
        },
      ]
    : [];
  if (extraLanguages.length) withLanguages(content, languagesContent, extraLanguages);
  const [build, ...otherRuns] = (await fastestOfEach([ours, ...noFurigana, ...multilingual, ...bares])) as [
    RunResult,
    ...RunResult[],
  ];
  const noFuriganaRun = values.furigana ? otherRuns.shift() : undefined;
  const languagesRun = extraLanguages.length ? otherRuns.shift() : undefined;
  const bareRuns = otherRuns;
  if (build.code !== 0) throw new Error(`build failed for ${size} (see ${buildLog})`);
  const pages = Number(/(\d+) page\(s\) built/.exec(build.output)?.[1] ?? 0);
  const pagefind =
    /Pagefind: (\d+) entries indexed(?: into (\d+) indexes)? in ([\d.]+)s, (\d+) areas' own indexes \(for saving offline\) in ([\d.]+)s, beside the pages \(the build waited ([\d.]+)s for it\)/.exec(
      build.output,
    );
  const furigana =
    /ふりがな: (\d+) pages, (\d+) distinct texts read in ([\d.]+)s [^;]*; HTML ([\d.]+) MB → ([\d.]+) MB \(\+([\d.]+)%\)/.exec(
      build.output,
    );
  // Astro prints "Completed in 850ms", "in 34.35s" or "in 3m 50s".
  const generating = /generating static routes[\s\S]*?✓ Completed in (?:(\d+)m )?([\d.]+)(m?s)/.exec(build.output);
  const generatingSeconds = generating
    ? Number(generating[1] ?? 0) * 60 + Number(generating[2]) / (generating[3] === 'ms' ? 1000 : 1)
    : undefined;
  const phases = [
    generatingSeconds !== undefined ? `pages ${generatingSeconds.toFixed(1)} s` : '',
    pagefind
      ? `Pagefind ${pagefind[3]} s for ${pagefind[1]} entries${pagefind[2] ? ` in ${pagefind[2]} indexes` : ''} and ${pagefind[5]} s for ${pagefind[4]} 地区 indexes beside the pages, then waited for ${pagefind[6]} s`
      : '',
    furigana
      ? `ふりがな ${furigana[3]} s for ${furigana[1]} pages (HTML ${furigana[4]} → ${furigana[5]} MB, +${furigana[6]}%)`
      : '',
  ]
    .filter(Boolean)
    .join(', ');
  const out = folderStats(dist);
  console.log(
    `build: ${seconds(build.ms)}${build.cpuMs ? ` wall, ${seconds(build.cpuMs)} CPU` : ''} (${pages} pages; ${phases}), peak memory ${mib(build.treePeakBytes)}${build.maxRssBytes ? ` (largest process ${mib(build.maxRssBytes)})` : ''}; output ${mib(out.bytes)} in ${out.files} files`,
  );
  const row: Row = {
    size,
    pages,
    validateMs: validate.ms,
    buildMs: build.ms,
    buildCpuMs: build.cpuMs,
    buildPeak: build.treePeakBytes,
    buildMaxRss: build.maxRssBytes,
    outBytes: out.bytes,
    outFiles: out.files,
    phases,
  };

  if (noFuriganaRun) {
    if (noFuriganaRun.code !== 0)
      throw new Error(`build without ふりがな failed for ${size} (see ${work}/build-${size}-no-furigana.log)`);
    console.log(furiganaLine(build.ms, noFuriganaRun.ms, htmlBytes(dist), htmlBytes(noFuriganaDist), seconds));
    if (!values.keep) setAside(noFuriganaDist);
  }
  if (languagesRun) {
    if (languagesRun.code !== 0)
      throw new Error(`build with languages failed for ${size} (see ${work}/build-${size}-languages.log)`);
    const languagePages = Number(/(\d+) page\(s\) built/.exec(languagesRun.output)?.[1] ?? 0);
    row.languages = {
      ms: languagesRun.ms,
      cpuMs: languagesRun.cpuMs,
      peak: languagesRun.treePeakBytes,
      pages: languagePages,
    };
    console.log(
      `build with languages: [${extraLanguages.join(', ')}]: ${seconds(languagesRun.ms)}${languagesRun.cpuMs ? ` wall, ${seconds(languagesRun.cpuMs)} CPU` : ''} ` +
        `(${languagePages} pages, ${languagePages - pages} more), peak memory ${mib(languagesRun.treePeakBytes)} ` +
        `(${(languagesRun.treePeakBytes / build.treePeakBytes).toFixed(2)}× the Japanese-only build's; target ≤ ${size > 10_000 ? 8 : 4} GB, as without languages); ` +
        `ratio to Japanese only ${(languagesRun.ms / build.ms).toFixed(2)}${languagesRun.cpuMs && build.cpuMs ? ` (CPU time ${(languagesRun.cpuMs / build.cpuMs).toFixed(2)})` : ''}`,
    );
    if (!values.keep) [languagesContent, languagesDist].forEach(setAside);
  }
  const offline = offlineDiskFigures(dist);
  console.log(
    `offline: registration script on first load ${offline.registrationBytes} B (${offline.registrationGzip} B gzip); ` +
      `sw.js ${kib(offline.workerGzip)} gzip; precache ${offline.precacheFiles} files ${kib(offline.precacheGzip)} gzip; ` +
      `shared save list ${kib(offline.sharedGzip)} gzip (of which the search index ${kib(offline.searchIndexGzip)}); ` +
      `one 地区's own list ${kib(offline.districtGzipMedian)} median, ${kib(offline.districtGzipMax)} largest (gzip); ` +
      `one 地区 with the shared list ${kib(offline.districtWithSharedGzipMedian)} median, ${kib(offline.districtWithSharedGzipMax)} largest (gzip; target ≤ 2 MB)`,
  );
  const parts = (figures: Record<string, number>) =>
    Object.entries(figures)
      .map(([part, bytes]) => `${part} ${kib(bytes)}`)
      .join(', ');
  console.log(`offline: the shared list by part (gzip): ${parts(offline.sharedParts)}`);
  console.log(`offline: the median 地区's own list by part (gzip): ${parts(offline.districtParts)}`);
  row.offline = offline;

  if (!values['no-browser']) {
    row.browser = await browserFigures(dist, values.query!);
    const b = row.browser;
    const save = b.offlineSave;
    console.log(
      `offline: saving 地区 ${save.district} in Chromium (first save, shared files included): ${save.saveFiles} files, ` +
        `${kib(save.saveBytes!)} (${kib(save.saveGzipBytes!)} gzip; target ≤ 2 MB)`,
    );
    console.log(
      `first search 「${values.query}」: ${kib(b.searchBytes)} from /pagefind/ in ${b.searchResponses} responses (${kib(b.searchGzipBytes)} gzip), results after ${seconds(b.searchMs)}` +
        ` [${Object.entries(b.searchParts)
          .map(([part, bytes]) => `${part} ${kib(bytes)}`)
          .join(', ')}]; ` +
        `/map/ data ${kib(b.mapDataBytes)} (${kib(b.mapDataGzipBytes)} gzip), map drawn after ${seconds(b.mapMs)}; ` +
        `an area page's small map ${b.areaMapDataBytes !== undefined ? `${kib(b.areaMapDataBytes)} (${kib(b.areaMapDataGzipBytes!)} gzip)` : '–'}`,
    );
  }

  for (const [index, kind] of bareKinds.entries()) {
    const bare = path.join(work, `bare-${kind}-${size}`);
    const entries = bareEntries.get(kind)!;
    const bareRun = bareRuns[index]!;
    if (bareRun.code !== 0)
      throw new Error(`bare (${kind}) build failed for ${size} (see ${work}/bare-${kind}-${size}.log)`);
    row.bare ??= {};
    row.bare[kind] = {
      ms: bareRun.ms,
      cpuMs: bareRun.cpuMs,
      peak: bareRun.treePeakBytes,
    };
    console.log(
      `bare Astro build, ${kind === 'glob' ? 'glob loader + Markdown' : 'JSON, no content layer'} (${entries} plain pages): ${seconds(bareRun.ms)}` +
        `${bareRun.cpuMs ? ` wall, ${seconds(bareRun.cpuMs)} CPU` : ''}, peak memory ${mib(bareRun.treePeakBytes)}; ` +
        `ratio ${(build.ms / bareRun.ms).toFixed(2)}${build.cpuMs && bareRun.cpuMs ? ` (CPU time ${(build.cpuMs / bareRun.cpuMs).toFixed(2)})` : ''}`,
    );
    if (!values.keep) setAside(bare);
  }
  rows.push(row);
  if (!values.keep) setAside(content);
  console.log('');
}

// Everything measured: now the set-aside folders can go.
fs.rmSync(trash, { recursive: true, force: true });

// --- the table ------------------------------------------------------------------------------
const header = [
  'resources',
  'pages',
  'validate',
  'build',
  'build CPU',
  'peak memory',
  'output',
  'files',
  'first search',
  'map data',
  'area map data',
  'save a 地区',
  'bare (glob)',
  'ratio',
  'CPU ratio',
  'bare (JSON)',
  'ratio to JSON',
  '+ languages',
  'languages ratio',
  'languages CPU ratio',
  'languages peak',
];
const ratio = (a: number | undefined, b: number | undefined) => (a && b ? (a / b).toFixed(2) : '–');
const table = rows.map((row) => [
  row.size.toLocaleString('en'),
  row.pages.toLocaleString('en'),
  seconds(row.validateMs),
  seconds(row.buildMs),
  row.buildCpuMs !== undefined ? seconds(row.buildCpuMs) : '–',
  mib(row.buildPeak),
  mib(row.outBytes),
  row.outFiles.toLocaleString('en'),
  row.browser ? `${kib(row.browser.searchBytes)} (${kib(row.browser.searchGzipBytes)} gz)` : '–',
  row.browser ? `${kib(row.browser.mapDataBytes)} (${kib(row.browser.mapDataGzipBytes)} gz)` : '–',
  row.browser?.areaMapDataBytes !== undefined
    ? `${kib(row.browser.areaMapDataBytes)} (${kib(row.browser.areaMapDataGzipBytes!)} gz)`
    : '–',
  row.browser?.offlineSave.saveBytes !== undefined
    ? `${kib(row.browser.offlineSave.saveBytes)} (${kib(row.browser.offlineSave.saveGzipBytes!)} gz)`
    : '–',
  row.bare?.glob ? seconds(row.bare.glob.ms) : '–',
  ratio(row.buildMs, row.bare?.glob?.ms),
  ratio(row.buildCpuMs, row.bare?.glob?.cpuMs),
  row.bare?.json ? seconds(row.bare.json.ms) : '–',
  ratio(row.buildMs, row.bare?.json?.ms),
  row.languages ? `${seconds(row.languages.ms)} (${row.languages.pages.toLocaleString('en')} pages)` : '–',
  ratio(row.languages?.ms, row.buildMs),
  ratio(row.languages?.cpuMs, row.buildCpuMs),
  row.languages ? mib(row.languages.peak) : '–',
]);
console.log(`| ${header.join(' | ')} |`);
console.log(`|${header.map(() => '---').join('|')}|`);
for (const line of table) console.log(`| ${line.join(' | ')} |`);
console.log(
  '\nbuild = full `astro build` (validation, pages, Pagefind, map data, exports); peak memory = sum of RSS of the build process tree;',
);
console.log(
  "first search / map data / area map data = bytes fetched by /search/?q=… from /pagefind/, by /map/ for its data and by an area page's small map",
);
console.log('(raw, and gzip as a compressing host sends);');
console.log(
  "bare (glob) = a plain Astro site, one page per resource from the same Markdown files through Astro's glob loader; ratio = build / bare (glob)",
);
console.log(
  '(wall time; CPU ratio = the same with user+system CPU time, which other work on the machine disturbs less);',
);
console.log('bare (JSON) = the floor: the same pages from a JSON file, without the content layer or Markdown.');
console.log(
  `+ languages = the same build with languages: [${extraLanguages.join(', ')}]; languages ratio = its time / the Japanese-only build's, CPU ratio the same with CPU time (target ≤ 1.5; on a shared machine the CPU ratio is the one to trust).`,
);
console.log(
  `load average at the end: ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}. Logs: ${work}/*.log`,
);
