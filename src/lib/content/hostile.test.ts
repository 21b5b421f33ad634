/**
 * The validator as the gate for pull requests from anyone: symbolic links in the content folder
 * and keys such as __proto__ or constructor. Each case copies tests/fixtures/valid-town to a
 * temporary folder, makes one hostile change, and pins what `npm run validate` prints. A link is
 * an error naming it, and what it points to is never read: the secret text written outside the
 * folder must not appear anywhere in the result. A key like __proto__ is an ordinary unknown key,
 * and no parsed object inherits anything from the content.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, symlink, unlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { modelFromLoaded } from '../model/load-model.ts';
import { loadContent, type Diagnostic, type LoadedContent } from './load.ts';
import { isLinkRefused, isUnderLink, readWithoutFollowing } from './no-follow.ts';
import { formatLine } from './report.ts';
import { parseYamlSource, withoutPrototypes } from './source.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const FIXTURE = path.join(ROOT, 'tests/fixtures/valid-town');
const TODAY = '2026-11-22';
const SECRET = 'SECRET-OUTSIDE-THE-CONTENT-FOLDER';
const MINAMI = 'resources/soudan/minami-houkatsu.md';

const tempDirs: string[] = [];
afterAll(() => Promise.all(tempDirs.map((dir) => rm(dir, { recursive: true, force: true }))));

/** A temporary folder holding a copy of valid-town (`content/`) and files outside it (`outside/`). */
async function setUp(): Promise<{ content: string; outside: string }> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'hostile-'));
  tempDirs.push(root);
  const content = path.join(root, 'content');
  const outside = path.join(root, 'outside');
  await cp(FIXTURE, content, { recursive: true });
  await mkdir(outside);
  return { content, outside };
}

/** `file:line:column: severity: message` with the file relative to the content folder. */
function lineOf(content: string, diagnostic: Diagnostic): string {
  const file = path.relative(content, path.resolve(diagnostic.file)).split(path.sep).join('/');
  return formatLine({ ...diagnostic, file });
}

async function load(content: string): Promise<{ loaded: LoadedContent; lines: string[] }> {
  const loaded = await loadContent(content, { today: TODAY });
  return { loaded, lines: loaded.diagnostics.map((d) => lineOf(content, d)) };
}

/** Everything the load gives back, as text, to look for the secret in. */
function everything(loaded: LoadedContent): string {
  return JSON.stringify(loaded, (_key, value: unknown) => (value instanceof Set ? [...value] : value));
}

const ids = (loaded: LoadedContent, collection: 'areas' | 'organizations' | 'resources' | 'networks') =>
  loaded[collection].map((entry) => entry.id).sort();

const LINK_MESSAGE = (link: string) =>
  `${link} はシンボリックリンクです。シンボリックリンクは使えません（リンク先は読みません）。リンクを消して、ファイルそのものをこの場所に置いてください`;

describe('symlink: a link in the content folder is an error naming it, and is never followed', () => {
  test('an area linked to a file outside the folder (areas/x.yaml -> the outside)', async () => {
    const { content, outside } = await setUp();
    const target = path.join(outside, 'passwd');
    await writeFile(target, `root:x:0:0:${SECRET}:/root:/bin/bash\nname: ${SECRET}\n`);
    await symlink(target, path.join(content, 'areas/x.yaml'));
    const { loaded, lines } = await load(content);
    expect(lines).toEqual([`areas/x.yaml:1:1: error: ${LINK_MESSAGE('areas/x.yaml')}`]);
    expect(loaded.diagnostics[0]).toMatchObject({ rule: 'symlink', severity: 'error' });
    expect(everything(loaded)).not.toContain(SECRET);
    expect(ids(loaded, 'areas')).not.toContain('x');
    expect(loaded.areas).toHaveLength(7);
  });

  test('/etc/passwd itself: refused, not read', async () => {
    const { content } = await setUp();
    await symlink('/etc/passwd', path.join(content, 'areas/x.yaml'));
    const { loaded, lines } = await load(content);
    expect(lines).toEqual([`areas/x.yaml:1:1: error: ${LINK_MESSAGE('areas/x.yaml')}`]);
    expect(everything(loaded)).not.toMatch(/root:/);
  });

  test('a resource linked to a valid entry outside: not loaded, not in the model', async () => {
    const { content, outside } = await setUp();
    const valid = (await readFile(path.join(content, MINAMI), 'utf8')).replace(/^name: .*$/m, `name: ${SECRET}`);
    await writeFile(path.join(outside, 'evil.md'), valid);
    await symlink(path.join(outside, 'evil.md'), path.join(content, 'resources/soudan/evil.md'));
    const { loaded, lines } = await load(content);
    expect(lines).toEqual([`resources/soudan/evil.md:1:1: error: ${LINK_MESSAGE('resources/soudan/evil.md')}`]);
    expect(ids(loaded, 'resources')).not.toContain('evil');
    expect(everything(loaded)).not.toContain(SECRET);
  });

  test('a linked folder: one error for the link, nothing under it is read', async () => {
    const { content, outside } = await setUp();
    const valid = (await readFile(path.join(content, MINAMI), 'utf8')).replace(/^name: .*$/m, `name: ${SECRET}`);
    await writeFile(path.join(outside, 'evil.md'), valid);
    await writeFile(path.join(outside, 'broken.md'), `---\n${SECRET}: [\n---\n`);
    await symlink(outside, path.join(content, 'resources/linked'));
    const { loaded, lines } = await load(content);
    expect(lines).toEqual([`resources/linked:1:1: error: ${LINK_MESSAGE('resources/linked')}`]);
    expect(ids(loaded, 'resources')).not.toContain('evil');
    expect(everything(loaded)).not.toContain(SECRET);
  });

  test('a collection folder that is a link (organizations -> the outside)', async () => {
    const { content, outside } = await setUp();
    await writeFile(path.join(outside, 'evil.yaml'), `name: ${SECRET}\nkana: あ\n`);
    await rm(path.join(content, 'organizations'), { recursive: true });
    await symlink(outside, path.join(content, 'organizations'));
    const { loaded, lines } = await load(content);
    // The organizations are gone, so the references to them dangle: reported, never read from the link.
    const dangling = (line: string) => /組織（organizations）.* にありません/.test(line);
    expect(lines.filter((line) => !dangling(line))).toEqual([
      `organizations:1:1: error: ${LINK_MESSAGE('organizations')}`,
    ]);
    expect(loaded.organizations).toEqual([]);
    expect(everything(loaded)).not.toContain(SECRET);
  });

  test('site.yaml and categories.yaml as links: the link error only (no "missing" error besides)', async () => {
    const { content, outside } = await setUp();
    for (const name of ['site.yaml', 'categories.yaml']) {
      await writeFile(path.join(outside, name), (await readFile(path.join(content, name), 'utf8')) + `# ${SECRET}\n`);
      await unlink(path.join(content, name));
      await symlink(path.join(outside, name), path.join(content, name));
    }
    const { loaded, lines } = await load(content);
    expect(lines.filter((line) => !line.includes('種別（categories.yaml） にありません'))).toEqual([
      `categories.yaml:1:1: error: ${LINK_MESSAGE('categories.yaml')}`,
      `site.yaml:1:1: error: ${LINK_MESSAGE('site.yaml')}`,
    ]);
    expect(loaded.site).toBeUndefined();
    expect(loaded.categories).toEqual([]);
    expect(everything(loaded)).not.toContain(SECRET);
  });

  test('a link to a file inside the folder is refused too (a pull request never needs one)', async () => {
    const { content } = await setUp();
    await symlink('honcho.yaml', path.join(content, 'areas/honcho-copy.yaml'));
    const { loaded, lines } = await load(content);
    expect(lines).toEqual([`areas/honcho-copy.yaml:1:1: error: ${LINK_MESSAGE('areas/honcho-copy.yaml')}`]);
    expect(ids(loaded, 'areas')).not.toContain('honcho-copy');
  });

  test('a link that points nowhere, and a link with a name the folder would skip, are errors too', async () => {
    const { content } = await setUp();
    await symlink('/no/such/file', path.join(content, 'resources/dangling.md'));
    await symlink('/etc/passwd', path.join(content, 'README.md'));
    const { lines } = await load(content);
    expect(lines).toEqual([
      `README.md:1:1: error: ${LINK_MESSAGE('README.md')}`,
      `resources/dangling.md:1:1: error: ${LINK_MESSAGE('resources/dangling.md')}`,
    ]);
  });

  test.skipIf(process.platform === 'win32')('not-a-file: a named pipe is refused, not read (reading one would hang)', async () => {
    const { content } = await setUp();
    execFileSync('mkfifo', [path.join(content, 'areas/pipe.yaml')]);
    const { lines } = await load(content);
    expect(lines).toEqual([
      'areas/pipe.yaml:1:1: error: areas/pipe.yaml はふつうのファイルでもフォルダーでもありません（読みません）。消して、ファイルそのものを置いてください',
    ]);
  });

  test('readWithoutFollowing refuses a link even when asked for it by name', async () => {
    const { content, outside } = await setUp();
    await writeFile(path.join(outside, 'secret'), SECRET);
    await symlink(path.join(outside, 'secret'), path.join(content, 'site-link.yaml'));
    let thrown: unknown;
    try {
      readWithoutFollowing(path.join(content, 'site-link.yaml'));
    } catch (error) {
      thrown = error;
    }
    expect(isLinkRefused(thrown)).toBe(true);
    expect(readWithoutFollowing(path.join(outside, 'secret')).toString()).toBe(SECRET);
  });

  test('isUnderLink: the dev server does not name files it reached through a linked folder', async () => {
    const { content, outside } = await setUp();
    await writeFile(path.join(outside, 'secret.md'), SECRET);
    await symlink(outside, path.join(content, 'resources/linked'));
    await symlink(path.join(outside, 'secret.md'), path.join(content, 'resources/one.md'));
    expect(isUnderLink(content, path.join(content, 'resources/linked/secret.md'))).toBe(true);
    expect(isUnderLink(content, path.join(content, 'resources/linked/deeper/more.md'))).toBe(true);
    // The link itself is in the folder: its change is worth a reload (and the validator names it).
    expect(isUnderLink(content, path.join(content, 'resources/one.md'))).toBe(false);
    expect(isUnderLink(content, path.join(content, 'resources/soudan/minami-houkatsu.md'))).toBe(false);
    expect(isUnderLink(content, path.join(outside, 'secret.md'))).toBe(true);
  });

  test('npm run validate: exit 1, the link named, the target never printed', async () => {
    const { content, outside } = await setUp();
    await writeFile(path.join(outside, 'passwd'), `name: ${SECRET}\n`);
    await symlink(path.join(outside, 'passwd'), path.join(content, 'areas/x.yaml'));
    for (const format of ['text', 'json']) {
      const result = spawnSync('node', ['scripts/validate.ts', '--dir', content, '--today', TODAY, '--format', format], {
        cwd: ROOT,
        encoding: 'utf8',
        timeout: 60_000,
        env: { ...process.env, GITHUB_ACTIONS: 'true', CONTENT_DIR: '' },
      });
      expect(result.status, result.stderr).toBe(1);
      expect(result.stdout + result.stderr).toContain('areas/x.yaml はシンボリックリンクです');
      expect(result.stdout + result.stderr).not.toContain(SECRET);
    }
  });
});

// ------------------------------------------------------------------------------------------

/** Every object in a value, with the path to it. */
function* objectsIn(value: unknown, at = ''): Generator<[string, object]> {
  if (value === null || typeof value !== 'object') return;
  yield [at, value];
  for (const [key, item] of Object.entries(value)) yield* objectsIn(item, `${at}.${key}`);
}

const UNKNOWN = (field: string, key: string, allowed: string) =>
  `${field}: 「${key}」という項目はありません（書ける項目: ${allowed}）`;
const RESOURCE_KEYS =
  'name, kana, category, status, operator, audience, targets, topics, servesAreas, area, address, postalCode, location, phone, fax, email, url, hours, closed, hoursNote, appointment, cost, costNote, accessibility, languages, refersTo, online, capacity, verifiedAt, source, identifiers';

describe('__proto__, constructor, prototype: ordinary unknown keys, and nothing inherited from the content', () => {
  test('__proto__ in front matter: an unknown-key error at its line and column (it crashed the validator)', async () => {
    const { content } = await setUp();
    const file = path.join(content, MINAMI);
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace('---\n', '---\n__proto__: { polluted: yes, category: evil }\n'));
    const { loaded, lines } = await load(content);
    expect(lines).toEqual([`${MINAMI}:2:1: error: ${UNKNOWN('__proto__', '__proto__', RESOURCE_KEYS)}`]);
    expect(loaded.diagnostics[0]).toMatchObject({ rule: 'unknown-key', field: '__proto__' });
    expect(ids(loaded, 'resources')).not.toContain('minami-houkatsu');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test('constructor, prototype, toString and hasOwnProperty, at the top and nested, quoted and in flow style', async () => {
    const { content } = await setUp();
    const file = path.join(content, MINAMI);
    const text = (await readFile(file, 'utf8'))
      .replace('---\n', '---\nconstructor: x\n"prototype": y\ntoString: z\nhasOwnProperty: 1\n')
      .replace('location: { lat: 35.615, lng: 139.615 }', 'location: { lat: 35.615, lng: 139.615, __proto__: { x: 1 }, constructor: 2 }');
    await writeFile(file, text);
    const { loaded, lines } = await load(content);
    expect(lines).toEqual([
      `${MINAMI}:2:1: error: ${UNKNOWN('constructor', 'constructor', RESOURCE_KEYS)}`,
      `${MINAMI}:3:1: error: ${UNKNOWN('prototype', 'prototype', RESOURCE_KEYS)}`,
      `${MINAMI}:4:1: error: ${UNKNOWN('toString', 'toString', RESOURCE_KEYS)}`,
      `${MINAMI}:5:1: error: ${UNKNOWN('hasOwnProperty', 'hasOwnProperty', RESOURCE_KEYS)}`,
      `${MINAMI}:15:40: error: ${UNKNOWN('location.__proto__', '__proto__', 'lat, lng')}`,
      `${MINAMI}:15:61: error: ${UNKNOWN('location.constructor', 'constructor', 'lat, lng')}`,
    ]);
    expect(ids(loaded, 'resources')).not.toContain('minami-houkatsu');
  });

  test('in a list item, in site.yaml and in categories.yaml', async () => {
    const { content } = await setUp();
    const edit = async (relative: string, from: string, to: string) => {
      const file = path.join(content, relative);
      const text = await readFile(file, 'utf8');
      expect(text.split(from)).toHaveLength(2);
      await writeFile(file, text.replace(from, to));
    };
    await edit('site.yaml', 'sample: true\n', 'sample: true\n__proto__: { sample: false }\n');
    await edit('categories.yaml', '- id: shakyo\n', '- id: shakyo\n  constructor: x\n');
    await edit('resources/chiiki/honcho-salon.md', '  - days: [wed]\n', '  - days: [wed]\n    __proto__: [1]\n');
    const { lines } = await load(content);
    expect(lines.map((line) => line.replace(/（書ける項目: .*）$/, ''))).toEqual([
      'categories.yaml:11:3: error: [1].constructor: 「constructor」という項目はありません',
      'resources/chiiki/honcho-salon.md:14:5: error: hours[0].__proto__: 「__proto__」という項目はありません',
      'site.yaml:7:1: error: __proto__: 「__proto__」という項目はありません',
    ]);
  });

  test('the data as written has no prototype anywhere, and a key from the content stays an own key', () => {
    const text = 'name: x\n__proto__: { polluted: 1 }\nextra: { constructor: { polluted: 2 } }\nlist: [{ __proto__: 3 }]\n';
    const { data } = parseYamlSource(text);
    const objects = [...objectsIn(data)];
    expect(objects.map(([at]) => at)).toEqual(['', '.__proto__', '.extra', '.extra.constructor', '.list', '.list.0']);
    for (const [at, object] of objects) {
      expect(Object.getPrototypeOf(object), at).toBe(Array.isArray(object) ? Array.prototype : null);
    }
    expect(Object.keys(data as object)).toEqual(['name', '__proto__', 'extra', 'list']);
    expect((data as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test('the data of loaded entries has no prototype either (also after crossing between threads)', async () => {
    const { loaded } = await load(FIXTURE);
    const crossed = withoutPrototypes(structuredClone(loaded.resources[0]!.raw));
    for (const raw of [...loaded.resources.map((entry) => entry.raw), crossed]) {
      for (const [at, object] of objectsIn(raw)) {
        expect(Object.getPrototypeOf(object), at).toBe(Array.isArray(object) ? Array.prototype : null);
      }
    }
  });

  test('ids that are names of Object members (constructor) are ordinary ids, and the model builds', async () => {
    const { content } = await setUp();
    await writeFile(path.join(content, 'organizations/constructor.yaml'), 'name: 構築会\nkana: こうちくかい\ntype: npo\n');
    const file = path.join(content, MINAMI);
    await writeFile(file, (await readFile(file, 'utf8')).replace('operator: fukushi-ka', 'operator: constructor'));
    const { loaded, lines } = await load(content);
    expect(lines).toEqual([]);
    const model = await modelFromLoaded(loaded);
    expect(model.organizationById.get('constructor')?.name).toBe('構築会');
    expect(model.resourcesOperatedBy('constructor').map((resource) => resource.id)).toEqual(['minami-houkatsu']);
    expect(model.resourcesOperatedBy('toString')).toEqual([]);
  });

  test('npm run validate: __proto__ is exit 1 with the line, not exit 2 (「予期しないエラー」)', async () => {
    const { content } = await setUp();
    const file = path.join(content, MINAMI);
    await writeFile(file, (await readFile(file, 'utf8')).replace('---\n', '---\n__proto__: { polluted: 1 }\n'));
    const result = spawnSync('node', ['scripts/validate.ts', '--dir', content, '--today', TODAY], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, GITHUB_ACTIONS: '', CONTENT_DIR: '' },
    });
    expect(result.stderr).not.toContain('予期しない');
    expect(result.stdout).toMatch(/minami-houkatsu\.md:2:1: error: __proto__: 「__proto__」という項目はありません/);
    expect(result.status).toBe(1);
  });
});
