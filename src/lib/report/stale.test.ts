/**
 * The stale-entry lists and their Markdown, on the fixture town (its 情報確認日 run from
 * 2026-01-05 to 2026-11-01; staleAfterMonths is 12), and the issue made from them.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadContent, type LoadedContent } from '../content/load.ts';
import { defaultEditBase, editUrl, monthsSince, pageUrl, staleLists } from './stale.ts';
import { escapeMarkdown } from './markdown.ts';
import { groupByOperator, staleMarkdown } from './stale-markdown.ts';
import { STALE_MARKER, staleIssueFor, syncStaleIssue } from './stale-issue.ts';

const FIXTURE = path.resolve('tests/fixtures/valid-town');
const LATE = '2027-06-15';

let town: string;
let loaded: LoadedContent;
beforeAll(async () => {
  // The fixture, with the 社協's salon no longer naming its operator.
  town = await mkdtemp(path.join(os.tmpdir(), 'stale-town-'));
  await cp(FIXTURE, town, { recursive: true });
  const salon = path.join(town, 'resources/chiiki/honcho-salon.md');
  await writeFile(salon, (await readFile(salon, 'utf8')).replace(/^operator: .*\n/m, ''));
  loaded = await loadContent(town, { today: LATE });
});
afterAll(async () => {
  if (town) await rm(town, { recursive: true, force: true });
});

describe('staleLists', () => {
  test('past staleAfterMonths, oldest first; the next month apart', () => {
    const lists = staleLists(loaded, LATE);
    expect(lists.staleAfterMonths).toBe(12);
    expect(lists.stale.map((entry) => [entry.id, entry.verifiedAt, entry.months])).toEqual([
      ['shakyo-soudan', '2026-01-05', 17],
      ['zaitaku-renkei', '2026-03-31', 14],
      ['honcho-salon', '2026-05-20', 12],
    ]);
    expect(lists.soon.map((entry) => entry.id)).toEqual(['ninchisho-soudan', 'ninchisho-bukai', 'suishin-kyogikai']);
  });

  test('a network is run by its 事務局: an organization, or the operator of a window', () => {
    const bukai = staleLists(loaded, '2027-08-15').stale.find((entry) => entry.id === 'ninchisho-bukai')!;
    // Its 事務局 is the window ninchisho-soudan (its own number), run by 福祉課.
    expect(bukai).toMatchObject({ kind: 'network', operatorId: 'fukushi-ka', phone: '042-555-1240' });
    expect(bukai.file).toBe('networks/kaigi/ninchisho-bukai.md');
  });

  test('months count once the day of the month is reached', () => {
    expect(monthsSince('2026-05-20', '2027-05-19')).toBe(11);
    expect(monthsSince('2026-05-20', '2027-05-20')).toBe(12);
  });
});

describe('links', () => {
  test('pages under the base path, absolute when the origin is known', () => {
    expect(pageUrl('/resources/x/', {})).toBe('/resources/x/');
    expect(pageUrl('/resources/x/', { basePath: 'care' })).toBe('/care/resources/x/');
    const site = { siteUrl: 'https://city.example.jp', basePath: '/care/' };
    expect(pageUrl('/resources/x/', site)).toBe('https://city.example.jp/care/resources/x/');
  });

  test('edit links: on a GitHub runner the repository itself, else site.yaml editUrl', () => {
    const env = { GITHUB_REPOSITORY: 'city/care-map', GITHUB_REF_NAME: 'main', GITHUB_WORKSPACE: '/w/care-map' };
    const base = defaultEditBase({ env, contentDir: '/w/care-map/content', siteEditUrl: 'https://example.jp/edit/' });
    expect(base).toBe('https://github.com/city/care-map/edit/main/content/');
    expect(editUrl('resources/soudan/x.md', { editBase: base })).toBe(`${base}resources/soudan/x.md`);
    const siteEditUrl = 'https://example.jp/edit/';
    const local = defaultEditBase({ env: {}, contentDir: '/w/care-map/content', siteEditUrl });
    expect(local).toBe('https://example.jp/edit/');
    // A content folder outside the checkout has no page in the repository.
    expect(defaultEditBase({ env, contentDir: '/elsewhere/content' })).toBeUndefined();
    expect(editUrl('resources/x.md', {})).toBeUndefined();
  });
});

describe('staleMarkdown', () => {
  const editBase = 'https://github.com/city/care-map/edit/main/content/';
  const links = { siteUrl: 'https://city.example.jp', basePath: '/care/', editBase };

  test('by operator, largest group first; an entry without operator under 運営者の記載なし with the 担当課', () => {
    const groups = groupByOperator(staleLists(loaded, LATE).stale, loaded);
    expect(groups.map((group) => [group.title, group.entries.map((entry) => entry.id)])).toEqual([
      ['さくら町医師会', ['zaitaku-renkei']],
      ['社会福祉法人さくら町社会福祉協議会', ['shakyo-soudan']],
      ['運営者の記載なし（担当課: さくら町 福祉課 高齢者支援係）', ['honcho-salon']],
    ]);
  });

  test('each row: name, date and months, phone, page and edit link', () => {
    const markdown = staleMarkdown({ lists: staleLists(loaded, LATE), loaded, today: LATE, links });
    expect(markdown).toMatch(/^## 情報確認日から 12 か月以上たっている項目: 3 件\n/);
    expect(markdown).toContain('### 運営者の記載なし（担当課: さくら町 福祉課 高齢者支援係）（1 件）');
    expect(markdown).toContain(
      '| さくら町社会福祉協議会 地域福祉相談 | 2026-01-05（17 か月前） | 042-555-2000 | ' +
        '[/resources/shakyo-soudan/](https://city.example.jp/care/resources/shakyo-soudan/) | ' +
        '[ファイルを直す](https://github.com/city/care-map/edit/main/content/resources/soudan/shakyo-soudan.md) |',
    );
  });

  test('without SITE_URL or an edit base: the page path and the file, as code', () => {
    const markdown = staleMarkdown({ lists: staleLists(loaded, LATE), loaded, today: LATE, links: {} });
    // This copy's salon names no operator, so there is no operator's number either.
    const row =
      '| 本町ふれあいサロン | 2026-05-20（12 か月前） | — | `/resources/honcho-salon/` | ' +
      '`resources/chiiki/honcho-salon.md` |';
    expect(markdown).toContain(row);
  });

  test('nothing stale: says so', () => {
    const markdown = staleMarkdown({ lists: staleLists(loaded, '2026-11-22'), loaded, today: '2026-11-22', links });
    expect(markdown).toContain('2026-11-22 の時点で、情報確認日から 12 か月以上たっている項目はありません。');
  });

  test('a body too long for an issue stops at the budget and says how many were left out', () => {
    const markdown = staleMarkdown({ lists: staleLists(loaded, LATE), loaded, today: LATE, links, maxChars: 900 });
    expect(markdown.length).toBeLessThanOrEqual(900 + 200);
    expect(markdown).toMatch(/ほか [12] 件は長くなるため省きました/);
  });

  test('names cannot break the table', () => {
    expect(escapeMarkdown('A|B *c* [d](e)\nf')).toBe('A\\|B \\*c\\* \\[d\\](e) f');
  });
});

describe('the issue', () => {
  test('a title with the count; no issue when nothing is stale', () => {
    const issue = staleIssueFor({ lists: staleLists(loaded, LATE), loaded, today: LATE, links: {} });
    expect(issue?.title).toBe('情報確認日が古い項目: 3 件');
    expect(issue?.body).toContain('古い項目がなくなると自動で閉じられます');
    const fresh = staleLists(loaded, '2026-11-22');
    expect(staleIssueFor({ lists: fresh, loaded, today: '2026-11-22', links: {} })).toBeUndefined();
  });

  test('only an open issue with the marker is ours; one opened by hand with the label is left alone', async () => {
    const calls: string[][] = [];
    const gh = (args: string[]) => {
      calls.push(args);
      const open = [
        { number: 3, body: 'by hand' },
        { number: 9, body: `${STALE_MARKER}\nold` },
      ];
      return args[1] === 'list' ? JSON.stringify(open) : '';
    };
    expect(await syncStaleIssue({ gh, issue: undefined, today: LATE })).toEqual({ action: 'closed', number: 9 });
    const comment = `${LATE} の時点で、情報確認日が古い項目はなくなりました。この課題を閉じます。`;
    expect(calls.slice(1)).toEqual([['issue', 'close', '9', '--comment', comment]]);
  });
});
