import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { describe, expect, test } from 'vitest';
import { explainArgsError } from './command-line.ts';

const here = path.dirname(fileURLToPath(import.meta.url));

function errorOf(args: string[]): unknown {
  try {
    parseArgs({ args, options: { dir: { type: 'string' }, write: { type: 'boolean' } } });
  } catch (error) {
    return error;
  }
  throw new Error(`parseArgs accepted ${args.join(' ')}`);
}

describe('explainArgsError', () => {
  test('names the option a clerk mistyped', () => {
    expect(explainArgsError(errorOf(['--dri', 'content']))).toBe('このコマンドにはないオプションです: --dri');
  });
  test('says an option needs its value', () => {
    expect(explainArgsError(errorOf(['--dir']))).toBe('オプション --dir のあとに値を書いてください');
  });
  test('says a switch takes no value', () => {
    expect(explainArgsError(errorOf(['--write=yes']))).toBe(
      'オプション --write は値をとりません（値を書かずに使います）',
    );
  });
  test('points at a stray word', () => {
    expect(explainArgsError(errorOf(['content']))).toBe('余分な語があります: content（オプションは -- で始めます）');
  });
});

// Every command a clerk or deployer types, answered without a stack trace.
const COMMANDS = [
  'validate',
  'report',
  'translations',
  'changes',
  'cms',
  'json-schema',
  'import',
  'bench',
  'bench-map',
  'generate-content',
  'federation-matrix',
  'portal',
  'bench-federation',
  'stale-issue',
];

describe('a mistyped option gets the usage, exit 2, no stack trace', () => {
  test.each(COMMANDS)('%s', (name) => {
    const result = spawnSync(process.execPath, [path.join(here, `${name}.ts`), '--no-such-option'], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status, result.stderr).toBe(2);
    expect(result.stderr).toContain('このコマンドにはないオプションです: --no-such-option');
    expect(result.stderr).toContain('使い方:');
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });
});

test('--help prints the usage and exits 0', () => {
  const result = spawnSync(process.execPath, [path.join(here, 'validate.ts'), '--help'], { encoding: 'utf8' });
  expect(result.status).toBe(0);
  expect(result.stdout).toMatch(/^使い方: npm run validate/);
});
