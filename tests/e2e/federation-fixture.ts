/**
 * A small federation for the e2e tests: three member sites built from the test fixtures under
 * /m/<id>/ (in parallel, once per test run), one member whose manifest is broken, the portal
 * built over them with `npm run portal`, and everything served on one origin (/ = the portal,
 * /m/<id>/ = the members), as a prefecture would publish it. The portal's map and search tests
 * use the same fixture: `const federation = await startFederation(); federation.url('finder/')`.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { inject } from 'vitest';
import { buildSite, OUTSIDE_VITEST } from './build-site.ts';
import { outputRoot, startStaticServer, type StaticServer } from './global-setup.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface FixtureMember {
  id: string;
  name: string;
  code: string;
  /** The content folder it is built from. */
  content: string;
}

/** The three members: distinct municipality codes, a few dozen resources each. */
export const FEDERATION_MEMBERS: readonly FixtureMember[] = [
  { id: 'sakura', name: 'さくら町', code: '139998', content: 'tests/fixtures/valid-town' },
  { id: 'keyaki', name: 'けやき区', code: '139971', content: 'tests/fixtures/setagaya-like' },
  { id: 'kawashiro', name: 'かわしろ市', code: '149997', content: 'tests/fixtures/atsugi-like' },
];

/** The member whose manifest is broken (its dist holds a site.json without windows and areas). */
export const BROKEN_MEMBER = { id: 'kowareta', name: 'こわれ村', code: '139980' };

export interface Federation {
  /** The portal's home on the served origin, ending in `/`. */
  baseUrl: string;
  /** An absolute URL of a path on the served origin ('' = the portal's home). */
  url(sitePath?: string): string;
  /** What `npm run portal` printed. */
  portalOutput: string;
  close(): Promise<void>;
}

const root = path.join(outputRoot, 'federation');
const stampFile = path.join(root, 'built.json');

function runPortal(configFile: string, outDir: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [path.join(repoRoot, 'scripts/portal.ts'), '--config', configFile, '--out', outDir],
      {
        cwd: repoRoot,
        env: {
          ...process.env,
          ...OUTSIDE_VITEST,
          NODE_ENV: 'production',
          ASTRO_CACHE_DIR: `${outDir}-cache`,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, output }));
  });
}

async function buildMembers(): Promise<void> {
  const results = await Promise.all(
    FEDERATION_MEMBERS.map((member) =>
      buildSite({
        contentDir: path.join(repoRoot, member.content),
        outDir: path.join(root, 'members', member.id),
        env: { BASE_PATH: `/m/${member.id}/` },
      }),
    ),
  );
  results.forEach((result, index) => {
    if (result.code !== 0) {
      throw new Error(
        `member ${FEDERATION_MEMBERS[index].id} failed to build:\n${result.output.split('\n').slice(-40).join('\n')}`,
      );
    }
  });
}

function writeBrokenMemberAndConfig(): string {
  const brokenDist = path.join(root, 'members', BROKEN_MEMBER.id);
  fs.mkdirSync(path.join(brokenDist, 'data'), { recursive: true });
  fs.writeFileSync(
    path.join(brokenDist, 'data/site.json'),
    JSON.stringify({
      manifestVersion: 1,
      name: `${BROKEN_MEMBER.name} 地域包括ケアマップ`,
      municipality: { name: BROKEN_MEMBER.name, code: BROKEN_MEMBER.code },
    }),
  );
  const members = [...FEDERATION_MEMBERS, BROKEN_MEMBER].map(
    (member) =>
      `  - id: ${member.id}\n    name: ${member.name}\n    code: "${member.code}"\n    url: /m/${member.id}/\n    dist: members/${member.id}\n`,
  );
  const configFile = path.join(root, 'federation.yaml');
  fs.writeFileSync(
    configFile,
    `name: みらい県 地域包括ケア 広域マップ\nprefecture:\n  name: みらい県\n  code: "13"\nmembers:\n${members.join('')}`,
  );
  return configFile;
}

/** The served folder: the portal at its root, each member under m/<id>/. */
function assemble(portalDir: string): string {
  const served = path.join(root, 'served');
  fs.rmSync(served, { recursive: true, force: true });
  fs.cpSync(portalDir, served, { recursive: true });
  for (const member of FEDERATION_MEMBERS) {
    fs.cpSync(path.join(root, 'members', member.id), path.join(served, 'm', member.id), { recursive: true });
  }
  return served;
}

async function buildFederation(runId: string): Promise<string> {
  fs.rmSync(root, { recursive: true, force: true });
  fs.mkdirSync(root, { recursive: true });
  await buildMembers();
  const configFile = writeBrokenMemberAndConfig();
  const portal = await runPortal(configFile, path.join(root, 'portal'));
  fs.writeFileSync(path.join(root, 'portal.log'), portal.output);
  if (portal.code !== 0) throw new Error(`npm run portal failed:\n${portal.output.split('\n').slice(-40).join('\n')}`);
  assemble(path.join(root, 'portal'));
  fs.writeFileSync(stampFile, JSON.stringify({ runId }));
  return portal.output;
}

/**
 * Builds the federation once per test run (the first test file that asks builds it; later files
 * in the same run reuse it; E2E_SKIP_BUILD=1 reuses an earlier run's) and serves it.
 */
export async function startFederation(): Promise<Federation> {
  const runId = inject('e2eRunId');
  let stamp: { runId?: string } = {};
  try {
    stamp = JSON.parse(fs.readFileSync(stampFile, 'utf8'));
  } catch {
    // not built yet
  }
  const reuse = stamp.runId === runId || (process.env.E2E_SKIP_BUILD === '1' && stamp.runId !== undefined);
  const portalOutput = reuse ? fs.readFileSync(path.join(root, 'portal.log'), 'utf8') : await buildFederation(runId);
  const server: StaticServer = await startStaticServer(path.join(root, 'served'));
  return {
    baseUrl: server.url,
    url: (sitePath = '') => new URL(sitePath.replace(/^\/+/, ''), server.url).href,
    portalOutput,
    close: () => server.close(),
  };
}
