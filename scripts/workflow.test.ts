/**
 * The GitHub Actions workflows, run the way a runner would run their steps: the `run:` of the
 * validation step is read from .github/workflows/content.yml and executed with bash in a
 * checkout-like folder whose content/ has a broken file. A pull request with that file must
 * fail, with an annotation on the broken line.
 */
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
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
  jobs: Record<string, { steps: Step[]; env?: Record<string, string>; needs?: string; environment?: unknown }>;
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

describe('.github/pull_request_template.md', () => {
  test('asks for the source and the 情報確認日', async () => {
    const template = await readFile(path.join(ROOT, '.github/pull_request_template.md'), 'utf8');
    expect(template).toMatch(/^## 情報の出典$/m);
    expect(template).toMatch(/^## 情報確認日$/m);
  });
});
