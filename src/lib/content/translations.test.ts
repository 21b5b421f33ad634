/**
 * The translation overlays' rules, each fired once by tests/fixtures/broken-translations (laid
 * over a copy of valid-town with `languages: [en]`), pinned with file, line and column; what
 * passes reaches the loaded translations, and nothing that fails does. The symbolic-link and
 * __proto__ cases of the existing loader (hostile.test.ts) are repeated inside i18n/.
 */
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { loadContent, type Diagnostic, type LoadedContent } from './load.ts';
import { formatLine } from './report.ts';
import { RULES } from './rules.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const VALID_TOWN = path.join(ROOT, 'tests/fixtures/valid-town');
const BROKEN = path.join(ROOT, 'tests/fixtures/broken-translations/i18n');
const TODAY = '2026-11-22';
const SECRET = 'SECRET-OUTSIDE-THE-CONTENT-FOLDER';

const tempDirs: string[] = [];
afterAll(() => Promise.all(tempDirs.map((dir) => rm(dir, { recursive: true, force: true }))));

/** valid-town in a temporary folder with `languages:` set and, if asked, the broken overlays. */
async function town(options: { broken?: boolean } = {}): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'translations-'));
  tempDirs.push(root);
  const content = path.join(root, 'content');
  await cp(VALID_TOWN, content, { recursive: true });
  await writeFile(path.join(content, 'site.yaml'), `${await readFile(path.join(content, 'site.yaml'), 'utf8')}languages: [en]\n`);
  if (options.broken) await cp(BROKEN, path.join(content, 'i18n'), { recursive: true });
  return content;
}

/** The fixture's one correct resource overlay, copied to `to` under the folder's i18n/. */
async function copyOverlay(content: string, to: string): Promise<void> {
  await mkdir(path.dirname(path.join(content, 'i18n', to)), { recursive: true });
  await cp(path.join(BROKEN, 'en/resources/soudan/minami-houkatsu.md'), path.join(content, 'i18n', to));
}

function lineOf(content: string, diagnostic: Diagnostic): string {
  const file = path.relative(content, path.resolve(diagnostic.file)).split(path.sep).join('/');
  return formatLine({ ...diagnostic, file });
}

async function load(content: string): Promise<{ loaded: LoadedContent; lines: string[] }> {
  const loaded = await loadContent(content, { today: TODAY });
  return { loaded, lines: loaded.diagnostics.map((diagnostic) => lineOf(content, diagnostic)) };
}

describe('translation overlays: every rule, with its file, line and column', () => {
  test('tests/fixtures/broken-translations fires each rule once, and the correct overlays stay quiet', async () => {
    const content = await town({ broken: true });
    const cwd = process.cwd();
    // The stale message names the Japanese file as the validator prints it: relative to where it runs.
    process.chdir(content);
    let result: Awaited<ReturnType<typeof load>>;
    try {
      result = await load(content);
    } finally {
      process.chdir(cwd);
    }
    expect(result.lines).toEqual([
      'i18n/en/areas.yaml:4:11: error: honcho.basedOn.name: npm run translations が書く 8 桁の記号です。手で書き換えないでください',
      'i18n/en/notes.txt:1:1: error: i18n/en/notes.txt は翻訳として読みません。i18n/<言語>/resources/<id>.md か、i18n/<言語>/ の categories.yaml・topics.yaml・areas.yaml・networks.yaml に置いてください',
      'i18n/en/resources/extra/kokoro-denwa.md:2:1: warning: basedOn: name（名称） の、もとにした日本語の記録がありません。npm run translations を実行してください（日本語が変わったときに知らせるために使います）',
      'i18n/en/resources/minami-houkatu.md:1:1: error: 「minami-houkatu」は 資源（resources） にありません（翻訳するもとの日本語がありません）。「minami-houkatsu」の書き間違いではありませんか？',
      'i18n/en/resources/Sakura_Day.md:1:1: error: ファイル名「Sakura_Day」は id に使えません。半角英小文字・数字・ハイフンだけにしてください（例: midori-houkatsu）',
      'i18n/en/resources/sakura-en.yaml:1:1: error: i18n/en/resources/ には .md のファイルを置いてください（このファイルは読み込まれません）',
      'i18n/en/resources/soudan/kita-houkatsu.md:3:1: error: hoursNot: 「hoursNot」という項目はありません。「hoursNote」の書き間違いではありませんか？',
      'i18n/en/resources/soudan/kita-houkatsu.md:6:16: error: 本文に HTML（<script>）は書けません。Markdown の書き方（**太字**、- 箇条書き、[文字](https://…)）にしてください',
      'i18n/en/resources/soudan/kita-houkatsu.md:6:32: error: 本文に HTML（</script>）は書けません。Markdown の書き方（**太字**、- 箇条書き、[文字](https://…)）にしてください',
      'i18n/en/resources/soudan/kita-houkatsu.md:8:1: error: 本文のリンク先「javascript:alert(1)」は使えません。https://、mailto:、tel: で始まるリンクか、このサイト内のページにしてください',
      'i18n/en/resources/soudan/kokoro-denwa.md:1:1: error: id「kokoro-denwa」は i18n/en/resources/extra/kokoro-denwa.md と重複しています（サブフォルダが違っても id は同じになります）',
      'i18n/en/resources/soudan/ninchisho-soudan.md:5:9: warning: name（名称）: 翻訳したあとに、日本語（resources/soudan/ninchisho-soudan.md）のこの項目が変わりました。翻訳を見直してから npm run translations -- --refresh i18n/en/resources/soudan/ninchisho-soudan.md を実行してください',
      'i18n/en/resources/soudan/ninchisho-soudan.md:6:14: warning: hoursNote（時間についての補足）: 翻訳したあとに、日本語（resources/soudan/ninchisho-soudan.md）のこの項目がなくなりました。翻訳を見直してから npm run translations -- --refresh i18n/en/resources/soudan/ninchisho-soudan.md を実行してください',
      'i18n/en/topics.yaml:7:1: error: 「ninchsho」は 相談内容（topics.yaml） にありません（翻訳するもとの日本語がありません）。「ninchisho」の書き間違いではありませんか？',
      'i18n/en/topics.yaml:11:3: error: kaigo-hajime.questoin: 「questoin」という項目はありません。「question」の書き間違いではありませんか？',
      'i18n/en/topics.yaml:12:1: warning: basedOn: name（相談内容） の、もとにした日本語の記録がありません。npm run translations を実行してください（日本語が変わったときに知らせるために使います）',
      'i18n/en/topics.yaml:13:9: error: kazoku-kaigo.name: HTML のタグや on…= の属性は書けません（「Caring is <b>hard</b>」）。文字だけで書いてください',
      'i18n/EN/topics.yaml:1:1: error: i18n/EN/: 「EN」は site.yaml の languages にない言語です（このフォルダーの翻訳は使われません）。「en」の書き間違いではありませんか？使える言語: en',
      'i18n/fr/areas.yaml:1:1: error: i18n/fr/: 「fr」は site.yaml の languages にない言語です（このフォルダーの翻訳は使われません）。使える言語: en',
    ]);
    const rules = new Set(result.loaded.diagnostics.map((diagnostic) => diagnostic.rule));
    for (const rule of [RULES.translationLanguage, RULES.translationPlace, RULES.translationUnknownId, RULES.translationStale, RULES.translationUnstamped]) {
      expect(rules, rule.id).toContain(rule.id);
    }
  });

  test('what passes is loaded by language, collection and id; what fails is not', async () => {
    const { loaded } = await load(await town({ broken: true }));
    expect([...loaded.translations.keys()]).toEqual(['en']);
    const en = loaded.translations.get('en')!;
    expect([...en.resources.keys()].sort()).toEqual(['kokoro-denwa', 'minami-houkatsu', 'ninchisho-soudan']);
    expect(en.resources.get('kokoro-denwa')!.file).toBe('i18n/en/resources/extra/kokoro-denwa.md');
    expect(en.resources.get('minami-houkatsu')!.texts).toEqual({
      name: 'Sakura Town Southern Community Comprehensive Support Center',
    });
    expect([...en.topics.keys()].sort()).toEqual(['kazoku-kaigo', 'ninchisho']);
    expect(en.topics.get('ninchisho')!.texts).toEqual({
      name: 'Memory loss or worried about dementia',
      question: 'I forget things more than before.',
    });
    expect(en.areas.size).toBe(0);
  });

  test('a town with correct, stamped overlays has no diagnostics', async () => {
    const content = await town();
    await copyOverlay(content, 'en/resources/minami-houkatsu.md');
    const { loaded, lines } = await load(content);
    expect(lines).toEqual([]);
    expect([...loaded.translations.get('en')!.resources.keys()]).toEqual(['minami-houkatsu']);
  });
});

describe('translation overlays from anyone: links are refused, __proto__ is an ordinary key', () => {
  test('an overlay that is a symbolic link to a file outside the folder is an error, never read', async () => {
    const content = await town();
    const outside = path.join(path.dirname(content), 'secret.md');
    await writeFile(outside, `---\nname: ${SECRET}\n---\n${SECRET}\n`);
    await copyOverlay(content, 'en/resources/minami-houkatsu.md');
    await symlink(outside, path.join(content, 'i18n/en/resources/kita-houkatsu.md'));
    await symlink(path.dirname(content), path.join(content, 'i18n/vi'));
    const { loaded, lines } = await load(content);
    expect(lines).toEqual([
      'i18n/en/resources/kita-houkatsu.md:1:1: error: i18n/en/resources/kita-houkatsu.md はシンボリックリンクです。シンボリックリンクは使えません（リンク先は読みません）。リンクを消して、ファイルそのものをこの場所に置いてください',
      'i18n/vi:1:1: error: i18n/vi はシンボリックリンクです。シンボリックリンクは使えません（リンク先は読みません）。リンクを消して、ファイルそのものをこの場所に置いてください',
    ]);
    expect(JSON.stringify([...loaded.translations.get('en')!.resources])).not.toContain(SECRET);
    expect([...loaded.translations.get('en')!.resources.keys()]).toEqual(['minami-houkatsu']);
  });

  test('__proto__ and constructor as ids or keys are reported and inherit nothing', async () => {
    const content = await town();
    await copyOverlay(content, 'en/resources/minami-houkatsu.md');
    await writeFile(
      path.join(content, 'i18n/en/topics.yaml'),
      '__proto__:\n  name: polluted\nconstructor:\n  name: also\nninchisho:\n  __proto__: { polluted: true }\n  name: Dementia\n',
    );
    const { loaded, lines } = await load(content);
    expect(lines).toEqual([
      'i18n/en/topics.yaml:1:1: error: 「__proto__」は 相談内容（topics.yaml） にありません（翻訳するもとの日本語がありません）',
      'i18n/en/topics.yaml:3:1: error: 「constructor」は 相談内容（topics.yaml） にありません（翻訳するもとの日本語がありません）',
      'i18n/en/topics.yaml:6:3: error: ninchisho.__proto__: 「__proto__」という項目はありません（書ける項目: name, question, description, basedOn）',
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(loaded.translations.get('en')!.topics.size).toBe(0);
  });
});
