/**
 * The GitHub Actions workflows, run the way a runner would run their steps: the `run:` of the
 * validation step is read from .github/workflows/content.yml and executed with bash in a
 * checkout-like folder whose content/ has a broken file. A pull request with that file must
 * fail, with an annotation on the broken line.
 */
import { spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FIXTURE = path.join(ROOT, 'tests/fixtures/valid-town');

interface Step {
  id?: string;
  name?: string;
  run?: string;
  uses?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Workflow {
  on: Record<string, { paths?: string[]; branches?: string[] } | null>;
  env?: Record<string, string>;
  permissions?: Record<string, string>;
  jobs: Record<
    string,
    {
      steps: Step[];
      env?: Record<string, string>;
      needs?: string;
      environment?: unknown;
      if?: string;
      strategy?: { matrix?: unknown; 'fail-fast'?: boolean };
      outputs?: Record<string, string>;
    }
  >;
}

async function workflow(name: string): Promise<Workflow> {
  return parse(await readFile(path.join(ROOT, '.github/workflows', name), 'utf8')) as Workflow;
}

/**
 * Runs one step's `run:` like the runner does (bash -e, GITHUB_ACTIONS=true as every runner sets
 * it), with the workflow, job and step env.
 */
function runStep(flow: Workflow, job: string, step: Step, cwd: string) {
  const env: Record<string, string | undefined> = { ...process.env, GITHUB_ACTIONS: 'true', CONTENT_DIR: '' };
  Object.assign(env, flow.env, flow.jobs[job].env, step.env);
  const result = spawnSync('bash', ['-e', '-c', step.run!], { cwd, env, encoding: 'utf8', timeout: 120_000 });
  if (result.error) throw result.error;
  return result;
}

/** A folder laid out like a checkout of this repository, with its own content/. */
async function checkout(content: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'checkout-'));
  for (const entry of [
    'package.json',
    'tsconfig.json',
    'astro.config.mjs',
    'node_modules',
    'src',
    'scripts',
    'public',
    '.vscode',
  ]) {
    await symlink(path.join(ROOT, entry), path.join(dir, entry));
  }
  await cp(content, path.join(dir, 'content'), { recursive: true });
  return dir;
}

const BROKEN = [
  {
    file: 'resources/soudan/minami-houkatsu.md',
    from: 'phone: "042-555-3201"',
    to: 'phne: "042-555-3201"',
    marker: 'phne:',
  },
  { file: 'areas/honcho.yaml', from: 'parent: kita-ken', to: 'parent: kita', marker: 'parent: kita' },
];

let good: string;
let broken: string;
beforeAll(async () => {
  good = await checkout(FIXTURE);
  broken = await checkout(FIXTURE);
  for (const change of BROKEN) {
    const target = path.join(broken, 'content', change.file);
    const text = await readFile(target, 'utf8');
    expect(text.split(change.from)).toHaveLength(2);
    await writeFile(target, text.replace(change.from, change.to));
  }
});
afterAll(async () => {
  for (const dir of [good, broken]) if (dir) await rm(dir, { recursive: true, force: true });
});

describe('.github/workflows/content.yml', () => {
  test('runs on pull requests that touch content/, validates, then builds', async () => {
    const flow = await workflow('content.yml');
    expect(flow.on.pull_request?.paths).toContain('content/**');
    expect(flow.permissions).toEqual({ contents: 'read' });
    expect(flow.jobs.validate.steps.find((step) => step.id === 'validate')?.run).toContain('npm run validate');
    expect(flow.jobs.build.needs).toBe('validate');
    expect(flow.jobs.build.steps.find((step) => step.id === 'build')?.run).toContain('npm run build');
  });

  test('a broken file: the step fails and annotates the broken line', async () => {
    const flow = await workflow('content.yml');
    const step = flow.jobs.validate.steps.find((candidate) => candidate.id === 'validate')!;
    const result = runStep(flow, 'validate', step, broken);
    expect(result.status).not.toBe(0);
    // Only errors: warnings (a 情報確認日 growing old as the real date moves on) may come and go.
    const annotations = result.stdout.split('\n').filter((line) => line.startsWith('::error '));
    for (const change of BROKEN) {
      const text = await readFile(path.join(broken, 'content', change.file), 'utf8');
      const line = text.split('\n').findIndex((candidate) => candidate.startsWith(change.marker)) + 1;
      expect(line).toBeGreaterThan(0);
      expect(
        annotations.some((annotation) => annotation.startsWith(`::error file=content/${change.file},line=${line},`)),
        `${change.file}:${line} in\n${annotations.join('\n')}`,
      ).toBe(true);
    }
    expect(annotations).toHaveLength(BROKEN.length);
  });

  test('the valid town passes the same step without annotations', async () => {
    const flow = await workflow('content.yml');
    const step = flow.jobs.validate.steps.find((candidate) => candidate.id === 'validate')!;
    const result = runStep(flow, 'validate', step, good);
    expect(result.stdout).not.toContain('::error');
    expect(result.status).toBe(0);
  });

  test('the JSON Schema step passes on this repository', async () => {
    const flow = await workflow('content.yml');
    const step = flow.jobs.validate.steps.find((candidate) => candidate.id === 'schemas')!;
    const result = runStep(flow, 'validate', step, ROOT);
    expect(result.stderr).toContain('最新です');
    expect(result.status).toBe(0);
  });
});

describe('.github/workflows/pages.yml', () => {
  test('builds with a configurable base path and deploys the build to GitHub Pages', async () => {
    const flow = await workflow('pages.yml');
    expect(flow.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
    const build = flow.jobs.build.steps.find((step) => step.id === 'build')!;
    expect(build.run).toContain('npm run build');
    expect(build.env?.BASE_PATH).toMatch(/vars\.BASE_PATH \|\|.*steps\.pages\.outputs\.base_path/);
    expect(
      flow.jobs.build.steps.find((step) => step.uses?.startsWith('actions/upload-pages-artifact'))?.with?.path,
    ).toBe('dist');
    expect(flow.jobs.deploy.needs).toBe('build');
    expect(flow.jobs.deploy.steps.some((step) => step.uses?.startsWith('actions/deploy-pages'))).toBe(true);
  });
});

describe('.github/workflows/federation.yml', () => {
  const federationYaml = (dist: (id: string) => string) =>
    [
      'name: みらい県 広域マップ',
      'prefecture:',
      '  name: みらい県',
      '  code: "13"',
      'members:',
      ...['sakura', 'keyaki', 'kawashiro'].flatMap((id, i) => [
        `  - id: ${id}`,
        `    name: 町${i}`,
        `    code: "13999${i}"`,
        `    url: /m/${id}/`,
        `    dist: ${dist(id)}`,
      ]),
      '',
    ].join('\n');

  test('builds the members as a matrix, each batch uploading its dist, then the portal from the artifacts', async () => {
    const flow = await workflow('federation.yml');
    expect(flow.permissions).toEqual({ contents: 'read' });
    expect(flow.jobs.plan.outputs?.matrix).toContain('steps.plan.outputs.matrix');
    const members = flow.jobs.members;
    expect(members.needs).toBe('plan');
    expect(members.strategy?.matrix).toContain('fromJSON(needs.plan.outputs.matrix)');
    expect(members.strategy?.['fail-fast']).toBe(false);
    const build = members.steps.find((step) => step.id === 'build')!;
    expect(build.run).toContain('BASE_PATH="/m/$id/"');
    expect(build.run).toContain('npx astro build --outDir "$dist"');
    const upload = members.steps.find((step) => step.uses?.startsWith('actions/upload-artifact'))!;
    expect(upload.with).toMatchObject({ name: 'members-${{ matrix.batch }}', path: 'dist-members/' });
    const portal = flow.jobs.portal;
    expect(portal.needs).toBe('members');
    expect(portal.if).toContain('!cancelled()');
    const download = portal.steps.find((step) => step.uses?.startsWith('actions/download-artifact'))!;
    expect(download.with).toMatchObject({ pattern: 'members-*', path: 'dist-members/', 'merge-multiple': true });
    expect(portal.steps.find((step) => step.id === 'portal')?.run).toContain(
      'npm run portal -- --config federation.yaml',
    );
  });

  test('the plan step splits federation.yaml into batches for the matrix', async () => {
    const flow = await workflow('federation.yml');
    const dir = await mkdtemp(path.join(os.tmpdir(), 'federation-'));
    try {
      await symlink(path.join(ROOT, 'scripts'), path.join(dir, 'scripts'));
      await symlink(path.join(ROOT, 'src'), path.join(dir, 'src'));
      await symlink(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
      await symlink(path.join(ROOT, 'package.json'), path.join(dir, 'package.json'));
      await writeFile(
        path.join(dir, 'federation.yaml'),
        federationYaml((id) => `dist-members/${id}`),
      );
      const step = flow.jobs.plan.steps.find((candidate) => candidate.id === 'plan')!;
      const output = path.join(dir, 'github-output');
      const env = { ...step.env, PER_JOB: '2', GITHUB_OUTPUT: output };
      const result = runStep(flow, 'plan', { ...step, env }, dir);
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      const line = (await readFile(output, 'utf8')).trim();
      expect(JSON.parse(line.replace(/^matrix=/, ''))).toEqual({
        include: [
          { batch: '1', members: 'sakura:dist-members/sakura keyaki:dist-members/keyaki' },
          { batch: '2', members: 'kawashiro:dist-members/kawashiro' },
        ],
      });
      // a dist elsewhere would not be restored in place from the artifacts: stop, saying which
      await writeFile(
        path.join(dir, 'federation.yaml'),
        federationYaml((id) => `out/${id}`),
      );
      const wrong = runStep(flow, 'plan', { ...step, env }, dir);
      expect(wrong.status).not.toBe(0);
      expect(wrong.stderr).toContain('sakura: dist を dist-members/sakura にしてください（いまは out/sakura）');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test('the last step puts the portal at the root and each member under m/<id>/', async () => {
    const flow = await workflow('federation.yml');
    const step = flow.jobs.portal.steps.find((candidate) => candidate.name?.includes('1 つのフォルダー'))!;
    const dir = await mkdtemp(path.join(os.tmpdir(), 'federation-site-'));
    try {
      await mkdir(path.join(dir, 'dist-portal/map'), { recursive: true });
      await writeFile(path.join(dir, 'dist-portal/map/index.html'), 'portal map');
      for (const id of ['sakura', 'keyaki']) {
        await mkdir(path.join(dir, 'dist-members', id, 'data'), { recursive: true });
        await writeFile(path.join(dir, 'dist-members', id, 'data/site.json'), id);
      }
      const result = runStep(flow, 'portal', step, dir);
      expect(result.status).toBe(0);
      expect(await readFile(path.join(dir, 'site/map/index.html'), 'utf8')).toBe('portal map');
      expect(await readFile(path.join(dir, 'site/m/keyaki/data/site.json'), 'utf8')).toBe('keyaki');
      expect(await readFile(path.join(dir, 'site/m/sakura/data/site.json'), 'utf8')).toBe('sakura');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('.github/pull_request_template.md', () => {
  test('asks for the source and the 情報確認日', async () => {
    const template = await readFile(path.join(ROOT, '.github/pull_request_template.md'), 'utf8');
    expect(template).toMatch(/^## 情報の出典$/m);
    expect(template).toMatch(/^## 情報確認日$/m);
  });
});
