/**
 * What users run must run in cmd, PowerShell, macOS and Linux shells: npm runs package.json
 * scripts with cmd.exe on Windows, and a GitHub workflow step without `shell: bash` runs in
 * PowerShell on a Windows runner. This reads package.json and the workflows and fails on what
 * only a POSIX shell understands.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

const POSIX_TOOLS = [
  'sh',
  'bash',
  'rm',
  'cp',
  'mv',
  'mkdir',
  'cat',
  'grep',
  'sed',
  'awk',
  'find',
  'touch',
  'export',
  'chmod',
  'ln',
  'test',
  'tee',
  'env',
];

/** The POSIX-only constructs in one command line, in words; empty when it runs everywhere. */
function posixOnly(command: string): string[] {
  // ${{ … }} is a GitHub expression, replaced before any shell sees the line.
  const line = command.replace(/\$\{\{[^}]*\}\}/g, 'X');
  const found: string[] = [];
  const commands = line.split(/&&|\|\||\|/).map((part) => part.trim());
  for (const part of commands) {
    if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(part)) found.push(`an environment prefix (${part.split(' ')[0]})`);
    const tool = part.split(/\s+/)[0];
    if (POSIX_TOOLS.includes(tool)) found.push(`a POSIX tool (${tool})`);
    if (/\.sh\b/.test(part)) found.push('a shell script (.sh)');
  }
  if (/\$[A-Za-z_{(]/.test(line)) found.push('a $variable');
  if (line.includes('`')) found.push('a backtick');
  if (line.includes("'")) found.push('single quotes (cmd passes them on as they are)');
  if (line.includes(';')) found.push('a ; between commands');
  if (/\/dev\//.test(line)) found.push('/dev/…');
  return found;
}

interface Step {
  name?: string;
  run?: string;
  shell?: string;
}
interface Job {
  steps: Step[];
  defaults?: { run?: { shell?: string } };
}

function workflows(): { file: string; jobs: Record<string, Job>; defaults?: { run?: { shell?: string } } }[] {
  const dir = path.join(ROOT, '.github/workflows');
  return readdirSync(dir)
    .filter((file) => /\.ya?ml$/.test(file))
    .map((file) => ({ file, ...(parse(readFileSync(path.join(dir, file), 'utf8')) as { jobs: Record<string, Job> }) }));
}

describe('the portability check itself', () => {
  test('catches what cmd and PowerShell do not understand', () => {
    expect(posixOnly('ASTRO_TELEMETRY_DISABLED=1 astro build')).toContain(
      'an environment prefix (ASTRO_TELEMETRY_DISABLED=1)',
    );
    expect(posixOnly('sh scripts/bootstrap.sh && vitest run')).toEqual(
      expect.arrayContaining(['a POSIX tool (sh)', 'a shell script (.sh)']),
    );
    expect(posixOnly('rm -rf dist && astro build')).toContain('a POSIX tool (rm)');
    expect(posixOnly('node x.js > /dev/null')).toContain('/dev/…');
    expect(posixOnly("node -e 'console.log(1)'")).toContain('single quotes (cmd passes them on as they are)');
    expect(posixOnly('echo $HOME')).toContain('a $variable');
    expect(posixOnly('a; b')).toContain('a ; between commands');
  });

  test('lets portable lines through', () => {
    expect(posixOnly('node scripts/bootstrap.mjs --browser && vitest run')).toEqual([]);
    expect(posixOnly('astro build')).toEqual([]);
    expect(posixOnly('node scripts/report.ts --links')).toEqual([]);
    expect(posixOnly('echo ${{ matrix.os }}')).toEqual([]);
  });
});

describe('package.json scripts', () => {
  const scripts = (
    JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
  ).scripts;
  test.each(Object.entries(scripts))('npm run %s runs in every shell', (_name, command) => {
    expect(posixOnly(command)).toEqual([]);
  });

  test('the two set-up commands start with the Node bootstrap, which Node.js 20 can run', () => {
    expect(scripts.start).toMatch(/^node scripts\/bootstrap\.mjs && /);
    expect(scripts.test).toMatch(/^node scripts\/bootstrap\.mjs --browser && /);
    // A .mjs file: no TypeScript syntax, so the machine's own Node runs it before npm ci has
    // installed Node.js 24 (type stripping needs Node.js 22.6+).
    const source = readFileSync(path.join(ROOT, 'scripts/bootstrap.mjs'), 'utf8');
    expect(source).not.toMatch(/^import type |: (string|number|boolean)\b[,)=]/m);
  });
});

describe('GitHub workflows', () => {
  test('each step either runs in every shell or says it needs bash', () => {
    const problems: string[] = [];
    for (const flow of workflows()) {
      for (const [jobName, job] of Object.entries(flow.jobs)) {
        for (const step of job.steps) {
          if (!step.run) continue;
          const shell = step.shell ?? job.defaults?.run?.shell ?? flow.defaults?.run?.shell;
          if (shell === 'bash') continue;
          for (const line of step.run
            .split('\n')
            .filter((candidate) => candidate.trim() && !candidate.trim().startsWith('#'))) {
            for (const found of posixOnly(line))
              problems.push(`${flow.file} ${jobName} 「${step.name ?? line}」: ${found}`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });

  test('content.yml validates, builds and runs the unit tests on Windows, macOS and Linux', () => {
    const flow = workflows().find((candidate) => candidate.file === 'content.yml')!;
    const job = flow.jobs.platforms as Job & { strategy: { matrix: { os: string[] } }; 'runs-on': string };
    expect(job.strategy.matrix.os).toEqual(['ubuntu-latest', 'windows-latest', 'macos-latest']);
    expect(job['runs-on']).toBe('${{ matrix.os }}');
    const runs = job.steps.map((step) => step.run ?? '');
    for (const command of ['npm ci', 'npm run validate', 'npm run build', 'npm run test:unit'])
      expect(runs).toContain(command);
  });
});
