/**
 * What `npm run changes` reports, one scenario per kind of change: each compares the fixture town
 * (the base) with a copy of it edited the way a pull request would (the head).
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { compareContent, hoursText, loadSide, type ChangeReport, type ContentSide } from './changes.ts';
import { changesMarkdown } from './changes-markdown.ts';
import { keptInOrder } from './finder-changes.ts';

const FIXTURE = path.resolve('tests/fixtures/valid-town');
const TODAY = '2026-11-22';

/** An edit of the copy: replace text that occurs once, write a new file, or remove one. */
type Edit = { file: string } & ({ from: string; to: string } | { write: string } | { remove: true });

const made: string[] = [];
let base: ContentSide;
beforeAll(async () => {
  base = await loadSide(FIXTURE, TODAY);
});
afterAll(async () => {
  for (const dir of made) await rm(dir, { recursive: true, force: true });
});

async function fixtureText(file: string): Promise<string> {
  return readFile(path.join(FIXTURE, file), 'utf8');
}

async function apply(dir: string, edit: Edit): Promise<void> {
  const target = path.join(dir, edit.file);
  if ('remove' in edit) return rm(target);
  if ('write' in edit) return writeFile(target, edit.write);
  const text = await readFile(target, 'utf8');
  expect(text.split(edit.from), `${edit.from} once in ${edit.file}`).toHaveLength(2);
  await writeFile(target, text.replace(edit.from, edit.to));
}

/** Compares the fixture with a copy carrying these edits. */
async function compareWith(edits: Edit[]): Promise<{ report: ChangeReport; markdown: string }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'changes-head-'));
  made.push(dir);
  await cp(FIXTURE, dir, { recursive: true });
  for (const edit of edits) await apply(dir, edit);
  const report = compareContent({ base, head: await loadSide(dir, TODAY) });
  return { report, markdown: changesMarkdown(report, { baseLabel: 'origin/main', headLabel: 'content' }) };
}

/** A section as the Markdown has it: the title with its count, a blank line, the items. */
const section = (title: string, ...items: string[]) => [`### ${title}（${items.length} 件）`, '', ...items].join('\n');

const KITA = 'resources/soudan/kita-houkatsu.md';
const MINAMI = 'resources/soudan/minami-houkatsu.md';

describe('npm run changes: what residents see change', () => {
  test('an untouched copy (and a number only written differently): 変更はありません', async () => {
    // The fixture writes this number in full-width digits; the page shows the same number either way.
    const sameNumber = { file: KITA, from: 'phone: "０４２ー５５５ー３１０１"', to: 'phone: "042-555-3101"' };
    const { report, markdown } = await compareWith([sameNumber]);
    expect(report.phone).toEqual([]);
    expect(markdown.split('\n')).toEqual([
      '## 住民に見える変化',
      '',
      '`origin/main`（変更前）と `content`（変更後）を比べました。',
      '',
      '変更はありません（住民に見える内容は変わりません）。',
    ]);
  });

  test('entries added and removed, with their pages', async () => {
    const salon = (await fixtureText('resources/chiiki/honcho-salon.md')).replace(
      'name: 本町ふれあいサロン',
      'name: 桜木*カフェ*',
    );
    const { report, markdown } = await compareWith([
      { file: 'resources/chiiki/sakuragi-cafe.md', write: salon },
      { file: 'resources/chiiki/sakura-en.md', remove: true },
      { file: 'networks/chiiki/kita-kyogitai.md', remove: true },
    ]);
    expect(report.added.map((entry) => entry.id)).toEqual(['sakuragi-cafe']);
    expect(report.removed.map((entry) => entry.id)).toEqual(['sakura-en']);
    const added = '- 桜木\\*カフェ\\*（`/resources/sakuragi-cafe/`） — ふれあいサロン・通いの場';
    expect(markdown).toContain(section('追加された窓口・サービス', added));
    const removed =
      '- 特別養護老人ホームさくら苑（`/resources/sakura-en/`） — 特別養護老人ホーム（このページはなくなります）';
    expect(markdown).toContain(section('削除された窓口・サービス', removed));
    const network = '- 北部圏域 支え合い協議体（`/networks/kita-kyogitai/`）（このページはなくなります）';
    expect(markdown).toContain(section('削除された会議体', network));
    expect(markdown).not.toContain('変更はありません');
  });

  test('suspended, reopened and closed (and the finder offers the suspended window later)', async () => {
    const { report, markdown } = await compareWith([
      { file: 'resources/chiiki/honcho-salon.md', from: 'status: suspended\n', to: '' },
      { file: KITA, from: 'operator: hanamizuki-kai\n', to: 'operator: hanamizuki-kai\nstatus: suspended\n' },
      { file: 'resources/chiiki/sakura-day.md', from: 'cost: paid\n', to: 'cost: paid\nstatus: closed\n' },
    ]);
    const statuses = report.status.map((change) => `${change.entry.id}: ${change.from} → ${change.to}`).sort();
    expect(statuses).toEqual([
      'honcho-salon: suspended → active',
      'kita-houkatsu: active → suspended',
      'sakura-day: active → closed',
    ]);
    const kita = '- さくら町北部地域包括支援センター（`/resources/kita-houkatsu/`）: 運営中 → 休止中';
    expect(markdown).toContain(section('休止になった窓口・サービス', kita));
    expect(markdown).toContain(
      section('再開した窓口・サービス', '- 本町ふれあいサロン（`/resources/honcho-salon/`）: 休止中 → 運営中'),
    );
    expect(markdown).toContain(
      section('廃止になった窓口・サービス', '- デイサービスはなみずき（`/resources/sakura-day/`）: 運営中 → 廃止'),
    );
    // 認知症: the suspended 北部包括 now comes after the town's 認知症相談室 in the north.
    expect(markdown).toContain(
      '- 「もの忘れ・認知症が心配」「家族の介護がつらい」 × 北部圏域、桜木地区、本町地区: 案内の順番が下がる: さくら町北部地域包括支援センター',
    );
  });

  test('phone, hours, address', async () => {
    const { report, markdown } = await compareWith([
      { file: MINAMI, from: 'phone: "042-555-3201"', to: 'phone: "042-555-3299"' },
      { file: MINAMI, from: 'time: "08:30-17:15"', to: 'time: "09:00-17:00"' },
      { file: KITA, from: 'closed: [holiday, newyear]', to: 'closed: [holiday, newyear, obon]' },
      {
        file: 'resources/chiiki/sakura-en.md',
        from: 'address: さくら町南台2丁目10-1',
        to: 'address: さくら町南台3丁目1-1',
      },
    ]);
    const phones = report.phone.map((change) => [change.entry.id, change.before, change.after]);
    expect(phones).toEqual([['minami-houkatsu', '042-555-3201', '042-555-3299']]);
    const phone = '- さくら町南部地域包括支援センター（`/resources/minami-houkatsu/`）: 042-555-3201 → 042-555-3299';
    expect(markdown).toContain(section('電話番号が変わった', phone));
    expect(report.hours.map((change) => change.entry.id).sort()).toEqual(['kita-houkatsu', 'minami-houkatsu']);
    const hours = [
      '- さくら町南部地域包括支援センター（`/resources/minami-houkatsu/`）',
      '  - 変更前: 月〜金 8:30〜17:15、祝日・振替休日、年末年始は休み',
      '  - 変更後: 月〜金 9:00〜17:00、祝日・振替休日、年末年始は休み',
    ];
    expect(markdown).toContain(hours.join('\n'));
    const address =
      '- 特別養護老人ホームさくら苑（`/resources/sakura-en/`）: さくら町南台2丁目10-1 → さくら町南台3丁目1-1';
    expect(markdown).toContain(section('住所が変わった', address));
    expect(report.finder).toEqual([]);
  });

  test('担当地区, and the finder answers that change with it', async () => {
    const moreAreas = { file: MINAMI, from: 'servesAreas: [minami-ken]', to: 'servesAreas: [minami-ken, honcho]' };
    const { report, markdown } = await compareWith([moreAreas]);
    expect(report.servesAreas).toHaveLength(1);
    const minami = '- さくら町南部地域包括支援センター（`/resources/minami-houkatsu/`）';
    expect(markdown).toContain(
      section('担当地区が変わった', `${minami}: 南部圏域 → 南部圏域、本町地区（加わった地区: 本町地区）`),
    );
    // The three worries 南部包括 handles, in 本町地区 only: one line.
    expect(report.finder).toHaveLength(1);
    const topics = ['もの忘れ・認知症が心配', '介護が必要になった・介護保険を使いたい', '家族の介護がつらい'];
    expect(report.finder[0]).toMatchObject({ topics, areas: ['本町地区'] });
    const line = `- ${topics.map((topic) => `「${topic}」`).join('')} × 本町地区: 新しく案内: ${minami.slice(2)}`;
    expect(markdown).toContain(section('「相談窓口を探す」の答えが変わるところ', line));
  });

  test('a window that stops handling a worry: the answers without it, by area', async () => {
    const from = 'topics: [ninchisho, kaigo-hajime, kazoku-kaigo]';
    const fewerTopics = { file: KITA, from, to: 'topics: [kaigo-hajime, kazoku-kaigo]' };
    const { report, markdown } = await compareWith([fewerTopics]);
    expect(report.finder).toHaveLength(1);
    expect(report.finder[0]!.topics).toEqual(['もの忘れ・認知症が心配']);
    // 圏域 first, then its 地区 in kana order (as the finder lists them).
    expect(report.finder[0]!.areas).toEqual(['北部圏域', '桜木地区', '本町地区']);
    expect(markdown).toMatch(
      /「もの忘れ・認知症が心配」 × .*: 案内しなくなる: さくら町北部地域包括支援センター（`\/resources\/kita-houkatsu\/`）$/m,
    );
  });

  test('errors on one side: said at the top, the broken file left out (not removed), the rest compared', async () => {
    const { report, markdown } = await compareWith([
      { file: MINAMI, from: 'phone: "042-555-3201"', to: 'phne: "042-555-3201"' },
      { file: 'resources/chiiki/sakura-en.md', from: 'phone: "042-555-6000"', to: 'phone: "042-555-6001"' },
    ]);
    expect(report.problems).toEqual([{ side: 'head', errors: 1, files: [MINAMI] }]);
    expect(report.removed).toEqual([]);
    expect(markdown).toContain(
      [
        '> **注意**: 変更後の内容にエラーが 1 件あります（`npm run validate` で確かめてください）。',
        `> エラーのあるファイルは比べていません: \`${MINAMI}\``,
      ].join('\n'),
    );
    expect(markdown).toContain('- 特別養護老人ホームさくら苑（`/resources/sakura-en/`）: 042-555-6000 → 042-555-6001');
  });

  test('a side too broken for a model: the finder is not compared, and the report says so', async () => {
    const { report, markdown } = await compareWith([{ file: 'site.yaml', remove: true }]);
    expect(report.finderSkipped).toBeDefined();
    expect(markdown).toContain('エラーのため、「相談窓口を探す」の答えは比べられませんでした。');
    expect(markdown).not.toContain('変更はありません');
  });
});

describe('pieces', () => {
  test('hours as the page reads them', () => {
    const hours = [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], time: '08:30-17:15' }];
    const text = hoursText({ hours, closed: ['holiday'], hoursNote: '予約制' } as never);
    expect(text).toBe('月〜金 8:30〜17:15、祝日・振替休日は休み、予約制');
    expect(hoursText({} as never)).toBe('（記載なし）');
  });

  test('the windows that keep their order; the others moved', () => {
    expect([...keptInOrder(['a', 'b', 'c', 'd'], ['b', 'c', 'd', 'a'])].sort()).toEqual(['b', 'c', 'd']);
    expect([...keptInOrder(['a', 'b'], ['a', 'b'])]).toEqual(['a', 'b']);
  });
});
