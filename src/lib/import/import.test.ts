/**
 * `npm run import` on fixture CSVs in every layout and encoding, and on 焼津市's real files:
 * every row is either converted or reported with its line, and what is written validates.
 */
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContent, type LoadedContent } from '../content/load.ts';
import { applyChanges } from './apply.ts';
import { applyMapping, DEFAULT_MAPPING } from './default-mapping.ts';
import { parseMappingFile } from './mapping-file.ts';
import { parseClockText, parseDaysText, parseHoursDetail, formatHoursDetail } from './hours-text.ts';
import { importCsv, type ImportResult } from './import-csv.ts';
import { detectLayout } from './layouts.ts';
import { idFromKana, kanaToRomaji } from './romaji.ts';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const FIXTURES = path.join(ROOT, 'tests/fixtures/import');
const TODAY = '2026-11-22';
const options = { verifiedAt: '2026-11-20', source: 'テスト' };

let work: string;
let sample: LoadedContent;
beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'import-test-'));
  sample = await loadContent(path.join(ROOT, 'content'), { today: TODAY });
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

async function run(file: string, content = sample): Promise<ImportResult> {
  return importCsv(await readFile(path.join(FIXTURES, file)), content, options);
}
const summaryOf = (result: ImportResult) => ({
  encoding: result.encoding,
  layout: result.detected?.layout.id,
  new: result.changes.filter((change) => change.kind === 'new').map((change) => change.line),
  update: result.changes.filter((change) => change.kind === 'update').map((change) => change.line),
  duplicate: result.changes.filter((change) => change.kind === 'duplicate').map((change) => change.line),
  errors: result.rejected.filter((row) => row.kind === 'error').map((row) => row.line),
  skipped: result.rejected.filter((row) => row.kind === 'skipped').map((row) => row.line),
});
const reasonAt = (result: ImportResult, line: number) => result.rejected.find((row) => row.line === line)?.reason;

describe('fixtures: each layout and encoding', () => {
  it('推奨データセット 介護サービス事業所一覧, Shift_JIS', async () => {
    const result = await run('kaigo-2019.sjis.csv');
    expect(summaryOf(result)).toEqual({
      encoding: 'shift_jis',
      layout: 'kaigo-2019',
      new: [2, 4],
      update: [3],
      duplicate: [],
      errors: [6, 7],
      skipped: [],
    });
    expect(reasonAt(result, 6)).toContain('訪問入浴介護');
    expect(reasonAt(result, 7)).toContain('緯度・経度がありません');
    const komorebi = result.changes.find((change) => change.kind === 'new' && change.line === 2);
    expect(komorebi?.kind === 'new' && komorebi.data).toMatchObject({
      name: 'デイサービスこもれび',
      kana: 'でいさーびすこもれび',
      category: 'day-service',
      address: '東京都みどり市緑町2-3-4 こもれびビル1階',
      phone: '042-311-2233',
      fax: '042-311-2234',
      hoursNote: '曜日: 月～土。祝日も営業、年末年始（12/30～1/3）は休み',
      capacity: { total: 30, asOf: '2026-11-20' },
      identifiers: { jigyoshoNo: '1399900011' },
    });
    // Half-width katakana, quotes and a line break inside a quoted cell survive Shift_JIS.
    const soyokaze = result.changes.find((change) => change.kind === 'new' && change.line === 4);
    expect(soyokaze?.kind === 'new' && soyokaze.data).toMatchObject({
      name: 'ヘルパーステーション "そよかぜ"',
      kana: 'へるぱーすてーしょん そよかぜ',
      category: 'visiting-care',
    });
    expect(soyokaze?.kind === 'new' && String(soyokaze.data.hoursNote)).toContain('24時間\n電話対応');
    // The existing まちのえんがわ (same name and address, written with 東京都) is updated, not duplicated.
    const engawa = result.changes.find((change) => change.kind === 'update');
    expect(engawa).toMatchObject({
      id: 'day-engawa',
      fields: ['phone', 'identifiers'],
      set: { phone: '042-327-0809', identifiers: { jigyoshoNo: '1399900022' } },
    });
  });

  it('推奨データセット 医療機関一覧, UTF-8 without BOM, LF', async () => {
    const result = await run('iryo-2019.utf8.csv');
    expect(summaryOf(result)).toEqual({
      encoding: 'utf-8',
      layout: 'iryo-2019',
      new: [2, 3, 4],
      update: [],
      duplicate: [],
      errors: [5, 6],
      skipped: [],
    });
    expect(reasonAt(result, 5)).toBe('名称がありません');
    expect(reasonAt(result, 6)).toContain('逆');
    const [hospital, dental, naika] = result.changes.filter((change) => change.kind === 'new');
    expect(hospital.kind === 'new' && hospital.data).toMatchObject({
      category: 'hospital',
      hours: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], time: '09:00-17:00' }],
      hoursNote: '土曜は午前のみ。時間外: 救急外来は24時間',
      identifiers: { iryoKikanCode: '1391234567' },
    });
    expect(dental.kind === 'new' && dental.data).toMatchObject({
      category: 'dental',
      hours: [{ days: ['mon', 'tue', 'thu', 'fri'], time: '09:30-18:30' }],
    });
    // A bad phone number is left out with a note; the row itself is kept.
    expect(naika.kind === 'new' && naika.data.phone).toBeUndefined();
    expect(naika.kind === 'new' && naika.notes.join()).toContain('03-1234');
  });

  it('自治体標準オープンデータセット 公共施設一覧, UTF-8 with BOM, split address', async () => {
    const result = await run('shisetsu-standard.utf8bom.csv');
    expect(summaryOf(result)).toEqual({
      encoding: 'utf-8-bom',
      layout: 'shisetsu-standard',
      new: [2, 5],
      update: [],
      duplicate: [],
      errors: [],
      skipped: [4, 6],
    });
    expect(reasonAt(result, 4)).toContain('防災');
    const [center, salon] = result.changes.filter((change) => change.kind === 'new');
    expect(center.kind === 'new' && center.data).toMatchObject({
      category: 'community-center',
      address: '東京都みどり市緑町3-1-1',
      postalCode: '188-0011',
      email: 'midoricho-center@example.jp',
      operator: 'koureisha-shien-ka',
      hours: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'], time: '09:00-21:00' }],
    });
    expect(center.kind === 'new' && center.body).toBe(
      '講座やサークルに使える地域の集会施設です。\n\n和室と調理室があります。',
    );
    expect(salon.kind === 'new' && salon.data).toMatchObject({
      category: 'salon',
      address: '東京都みどり市旭町1-2-3 旭町集会所',
      hours: [{ days: ['wed'], time: '13:30-15:30' }],
    });
  });

  it('自治体標準オープンデータセット 介護サービス事業所一覧, a shifted row reported', async () => {
    const result = await run('kaigo-standard.utf8.csv');
    expect(summaryOf(result)).toEqual({
      encoding: 'utf-8',
      layout: 'kaigo-standard',
      new: [2],
      update: [],
      duplicate: [],
      errors: [3],
      skipped: [],
    });
    expect(reasonAt(result, 3)).toContain('列の数');
    const [aoba] = result.changes;
    expect(aoba.kind === 'new' && aoba.data).toMatchObject({
      category: 'visiting-nursing',
      address: '東京都みどり市青葉町2丁目5-8',
      postalCode: '188-0005',
    });
  });

  it('介護サービス情報公表 オープンデータ, UTF-16LE; the same 事業所 twice imported once', async () => {
    const result = await run('kouhyou.utf16le.csv');
    expect(summaryOf(result)).toEqual({
      encoding: 'utf-16le',
      layout: 'kouhyou',
      new: [2, 3, 5],
      update: [],
      duplicate: [4],
      errors: [],
      skipped: [],
    });
    const [komorebi, akane, suzuran] = result.changes.filter((change) => change.kind === 'new');
    // 住所 already ends with 方書: not written twice. 定員 0 means 「not stated」.
    expect(komorebi.kind === 'new' && komorebi.data.address).toBe('東京都みどり市緑町2-3-4こもれびビル1階');
    expect(akane.kind === 'new' && akane.data).toMatchObject({ category: 'shotaki', hoursNote: '曜日: 毎日' });
    expect(akane.kind === 'new' && akane.data.hours).toBeUndefined();
    expect(akane.kind === 'new' && akane.data.capacity).toBeUndefined();
    expect(suzuran.kind === 'new' && suzuran.data).toMatchObject({ category: 'group-home', capacity: { total: 18 } });
    expect(suzuran.kind === 'new' && suzuran.data.url).toBeUndefined();
  });
});

describe('writing', () => {
  it('writes valid files, then matches them by 事業所番号 on the next import (update, not duplicate)', async () => {
    const dir = path.join(work, 'write');
    await cp(path.join(ROOT, 'content'), dir, { recursive: true });
    const engawaBefore = await readFile(path.join(dir, 'resources/care/day-engawa.md'), 'utf8');

    for (const file of [
      'kaigo-2019.sjis.csv',
      'iryo-2019.utf8.csv',
      'shisetsu-standard.utf8bom.csv',
      'kaigo-standard.utf8.csv',
    ]) {
      const content = await loadContent(dir, { today: TODAY });
      await applyChanges(dir, (await run(file, content)).changes);
    }
    let loaded = await loadContent(dir, { today: TODAY });
    expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const countBefore = loaded.resources.length;

    // こもれび again, from the 介護サービス情報公表 file: now with 定員 35 and a 法人番号.
    const second = await run('kouhyou.utf16le.csv', loaded);
    const komorebi = second.changes.find((change) => change.line === 2);
    expect(komorebi).toMatchObject({ kind: 'update', id: 'deisaabisukomorebi', set: { capacity: { total: 35 } } });
    expect(komorebi?.kind === 'update' && komorebi.set.identifiers).toEqual({
      jigyoshoNo: '1399900011',
      corporateNo: '1234567890123',
    });
    await applyChanges(dir, second.changes);
    loaded = await loadContent(dir, { today: TODAY });
    expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(loaded.resources.length).toBe(countBefore + 2); // あかね and すずらん; こもれび updated
    expect(loaded.resources.filter((entry) => entry.data.name === 'デイサービスこもれび')).toHaveLength(1);

    // The updated hand-written file keeps its body and its other keys; only phone and identifiers changed.
    const engawaAfter = await readFile(path.join(dir, 'resources/care/day-engawa.md'), 'utf8');
    expect(engawaAfter).toContain('phone: 042-327-0809');
    expect(engawaAfter).toContain('jigyoshoNo: "1399900022"');
    expect(engawaAfter.split('---')[2]).toBe(engawaBefore.split('---')[2]);
    expect(engawaAfter.replace(/phone: .*\n/, '').replace(/identifiers:[\s\S]*?---/, '---')).toBe(
      engawaBefore.replace(/phone: .*\n/, ''),
    );

    // Importing the same file again changes nothing.
    const third = await run('kouhyou.utf16le.csv', loaded);
    expect(third.changes.filter((change) => change.kind === 'new' || change.kind === 'update')).toEqual([]);
  }, 60_000);
});

describe('焼津市 real files', () => {
  const yaizu = async (file: string) => importCsv(await readFile(path.join(FIXTURES, 'yaizu', file)), sample, options);

  it('converts or reports every row of every file (no row lost)', async () => {
    for (const file of await readdir(path.join(FIXTURES, 'yaizu'))) {
      const result = await yaizu(file);
      expect(result.fatal, file).toBeUndefined();
      const accounted = result.changes.length + result.rejected.length;
      expect(accounted, file).toBe(result.rowCount);
      const lines = [...result.changes.map((change) => change.line), ...result.rejected.map((row) => row.line)].sort(
        (a, b) => a - b,
      );
      expect(lines, file).toEqual(Array.from({ length: result.rowCount }, (_, index) => index + 2));
    }
  });

  it('keeps the good rows: every 地域交流センター and 福祉会館, the 救護病院 with their phones', async () => {
    const centers = await yaizu('222127_community_center.csv');
    expect(summaryOf(centers)).toMatchObject({
      encoding: 'utf-8-bom',
      layout: 'shisetsu-2019',
      errors: [],
      skipped: [],
    });
    expect(
      centers.changes.every((change) => change.kind === 'new' && change.data.category === 'community-center'),
    ).toBe(true);
    const first = centers.changes[0];
    expect(first.kind === 'new' && first.data).toMatchObject({
      name: '港地域交流センター',
      kana: 'みなとちいきこうりゅうせんたー',
      hoursNote: '【開館時間】9:00～21:30 【休館日】月曜日',
    });

    expect((await yaizu('222127_facilities_welfare.csv')).changes).toHaveLength(2);

    const hospitals = await yaizu('222127_kyuugobyouinn.csv');
    expect(hospitals.detected?.layout.id).toBe('generic');
    expect(
      hospitals.changes.map((change) => change.kind === 'new' && [change.data.category, change.data.phone]),
    ).toEqual([
      ['hospital', '054-623-3111'],
      ['hospital', '054-628-5500'],
      ['hospital', '054-627-5585'],
    ]);

    const all = await yaizu('222127_public_facility.csv');
    expect(all.rowCount).toBe(230);
    const names = all.changes.map((change) => (change.kind === 'new' ? change.data.name : ''));
    expect(names).toContain('焼津地域交流センター');
    expect(names).toContain('総合福祉会館（ウェルシップ）');
    expect(all.rejected.find((row) => row.name === '消防団第１分団車庫・詰所')?.kind).toBe('skipped');
    expect(all.rejected.find((row) => row.name === '養護老人ホーム慈恵園')).toMatchObject({ kind: 'error' });
  });
});

describe('mapping', () => {
  it('puts the municipality rules before the defaults', () => {
    const parsed = parseMappingFile(
      'rules:\n  - { match: 訪問入浴介護, category: visiting-care }\n  - { match: 地域交流センター, skip: true, reason: 別に管理 }\n',
    );
    expect(parsed.ok && parsed.mapping.rules.length).toBe(DEFAULT_MAPPING.length + 2);
    if (!parsed.ok) return;
    expect(applyMapping(parsed.mapping.rules, '訪問入浴介護', 'x')).toEqual({ category: 'visiting-care' });
    expect(applyMapping(parsed.mapping.rules, '', '港地域交流センター')).toEqual({
      skip: { reason: '別に管理', match: '地域交流センター' },
    });
    expect(applyMapping(DEFAULT_MAPPING, '', '港地域交流センター')).toEqual({ category: 'community-center' });
  });

  it('lets a mapping file replace the defaults and reports mistakes with their line', () => {
    const only = parseMappingFile('replaceDefaults: true\nrules:\n  - { match: 病院, category: hospital }\n');
    expect(only.ok && only.mapping.rules).toHaveLength(1);
    const broken = parseMappingFile('rules:\n  - { match: 病院, catgory: hospital }\n', 'm.yaml');
    expect(!broken.ok && broken.errors.join('\n')).toMatch(/^m\.yaml:2:\d+: .*catgory.*category/m);
    expect(parseMappingFile('- [').ok).toBe(false);
  });

  it('prefers the specific words: 看護小規模多機能 is not 訪問看護, 歯科 beats 診療所', () => {
    expect(applyMapping(DEFAULT_MAPPING, '看護小規模多機能型居宅介護', '')).toEqual({ category: 'shotaki' });
    expect(applyMapping(DEFAULT_MAPPING, '短期入所療養介護（介護老人保健施設）', '')).toEqual({
      category: 'short-stay',
    });
    expect(applyMapping(DEFAULT_MAPPING, '無床診療所', 'さくら歯科')).toEqual({ category: 'dental' });
    expect(applyMapping(DEFAULT_MAPPING, '特定施設入居者生活介護（サービス付き高齢者向け住宅）', '')).toEqual({
      category: 'sakoju',
    });
    expect(applyMapping(DEFAULT_MAPPING, '訪問入浴介護', 'ゆけむり')).toBeUndefined();
  });

  it('works through the command line with --mapping and --write', async () => {
    const dir = path.join(work, 'cli');
    await cp(path.join(ROOT, 'content'), dir, { recursive: true });
    const mapping = path.join(work, 'mapping.yaml');
    await writeFile(mapping, 'rules:\n  - { match: 訪問入浴介護, category: visiting-care }\n');
    const cli = (args: string[]) =>
      spawnSync('node', ['scripts/import.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    const dry = cli([
      path.join(FIXTURES, 'kaigo-2019.sjis.csv'),
      '--dir',
      dir,
      '--mapping',
      mapping,
      '--verified-at',
      '2026-11-20',
    ]);
    expect(dry.status).toBe(0);
    expect(dry.stdout).toContain('新しく作るファイル: 3 件');
    expect(dry.stdout).toContain('7行目 ケアプランひだまり西: 緯度・経度がありません');
    expect(dry.stdout).toContain('--write');
    expect((await readdir(path.join(dir, 'resources'))).includes('imported')).toBe(false);
    const wet = cli([
      path.join(FIXTURES, 'kaigo-2019.sjis.csv'),
      '--dir',
      dir,
      '--mapping',
      mapping,
      '--verified-at',
      '2026-11-20',
      '--write',
    ]);
    expect(wet.status).toBe(0);
    expect(wet.stdout).toContain('書き込んだ後の検証: エラー 0 件');
    expect(await readdir(path.join(dir, 'resources/imported'))).toHaveLength(3);
    expect(cli([]).status).toBe(2);
  }, 60_000);

  it('a name with U+0000 or an escape sequence: no crash, the report names them, the validator points at the file', async () => {
    const dir = path.join(work, 'cli-control');
    await cp(path.join(ROOT, 'content'), dir, { recursive: true });
    const csv = path.join(work, 'control.csv');
    await writeFile(
      csv,
      '名称,住所,電話番号,緯度,経度,種別\n"本町\u0000診療所",みどり市本町1-2,042-000-0001,35.72,139.51,診療所\n' +
        '"北野\u001b[2J医院",みどり市北野1-1,042-000-0002,35.73,139.52,診療所\n',
    );
    const run = spawnSync('node', ['scripts/import.ts', csv, '--dir', dir, '--write'], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(run.stdout).toContain('本町<U+0000>診療所');
    expect(run.stdout).toContain('北野<U+001B>[2J医院');
    expect(run.stdout + run.stderr).not.toMatch(/[\u0000\u001b]/);
    expect(run.stdout + run.stderr).toMatch(/resources\/imported\/[a-z0-9-]+\.md:2:\d+: error: name: 制御文字/);
  }, 60_000);
});

describe('layout detection', () => {
  it('tells the layouts apart by their columns', () => {
    expect(
      detectLayout(['都道府県コード又は市区町村コード', 'NO', '名称', '住所', '事業所番号', 'サービス種類']).layout.id,
    ).toBe('kaigo-2019');
    expect(detectLayout(['名称', '所在地_連結表記', '医療機関の種類']).layout.id).toBe('iryo-standard');
    expect(detectLayout(['1.名称', '2.住所', '利用可能日時特記事項']).layout.id).toBe('shisetsu-2019');
    expect(detectLayout(['事業所名', 'サービスの種類', '事業所番号', '住所', '方書（ビル名等）']).layout.id).toBe(
      'kouhyou',
    );
    const generic = detectLayout(['名称', '住所', '緯度', '経度', '謎の列']);
    expect(generic.layout.id).toBe('generic');
    expect(generic.unknownColumns).toEqual(['謎の列']);
  });
});

describe('hours text', () => {
  it('reads the ways CSVs write days', () => {
    expect(parseDaysText('月～金')).toEqual(['mon', 'tue', 'wed', 'thu', 'fri']);
    expect(parseDaysText('月曜日～金曜日')).toEqual(['mon', 'tue', 'wed', 'thu', 'fri']);
    expect(parseDaysText('月,水,金')).toEqual(['mon', 'wed', 'fri']);
    expect(parseDaysText('平日')).toEqual(['mon', 'tue', 'wed', 'thu', 'fri']);
    expect(parseDaysText('毎日')).toHaveLength(7);
    expect(parseDaysText('土～月')).toEqual(['mon', 'sat', 'sun']);
    expect(parseDaysText('月～金（祝日を除く）')).toBeUndefined();
  });

  it('reads clock times', () => {
    expect(parseClockText('9:00')).toBe('09:00');
    expect(parseClockText('０９：３０')).toBe('09:30');
    expect(parseClockText('8時30分')).toBe('08:30');
    expect(parseClockText('17時')).toBe('17:00');
    expect(parseClockText('09:00:00')).toBe('09:00');
    expect(parseClockText('25:00')).toBeUndefined();
    expect(parseClockText('午前9時')).toBe('09:00');
    expect(parseClockText('午後5時30分')).toBe('17:30');
    expect(parseClockText('8時半')).toBe('08:30');
    expect(parseClockText('午後13時')).toBeUndefined();
  });

  it('writes and reads back the 開所時間 column exactly', () => {
    const rules = [
      { days: ['mon', 'tue', 'wed', 'thu', 'fri'] as const, time: '08:30-17:15' },
      { days: ['sat'] as const, time: '09:00-12:00', weeks: [2, 4] },
    ].map((rule) => ({ ...rule, days: [...rule.days] }));
    const text = formatHoursDetail(rules);
    expect(text).toBe('月火水木金 08:30-17:15 / 第2・第4土 09:00-12:00');
    expect(parseHoursDetail(text)).toEqual(rules);
    expect(parseHoursDetail('平日 9時から')).toBeUndefined();
  });
});

describe('ids from よみがな', () => {
  it('romanises readings into file names', () => {
    expect(kanaToRomaji('みなとちいきこうりゅうせんたー')).toBe('minatochiikikouryuusentaa');
    expect(kanaToRomaji('しゃかいふくしきょうぎかい')).toBe('shakaifukushikyougikai');
    expect(kanaToRomaji('きっさ ちゃっと')).toBe('kissa-chatto');
    expect(kanaToRomaji('ふぁみりー')).toBe('famirii');
    expect(idFromKana('あ'.repeat(60))).toHaveLength(40);
    // Too long: the kind at the front goes, the words that tell the place apart stay.
    expect(idFromKana('ほうもんかんごすてーしょん みどりのおか ほんてん', 30)).toBe('midorinooka-honten');
    expect(idFromKana('とくべつようごろうじんほーむ りゅううんしゅんこうえん')).toBe('ryuuunshunkouen');
  });
});
