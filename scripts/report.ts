/**
 * npm run report [-- --links] [--stale] [--dir <content>] [--today YYYY-MM-DD] [--timeout <seconds>]
 * Lists the entries whose 情報確認日 (verifiedAt) is older than site.yaml's staleAfterMonths,
 * and those that will be within a month. With --stale, the stale ones as Markdown instead, by
 * operator with phone, page (SITE_URL, BASE_PATH) and edit link (--edit-base, else on a GitHub
 * runner the repository's edit pages, else site.yaml's editUrl): what the weekly issue says.
 * With --links, also checks every external link (url fields and links in the descriptions);
 * exit 1 when a link is broken or unreachable.
 */
import { readCommandLine } from './command-line.ts';
import { contentDir } from '../src/lib/content/content-dir.ts';
import { hasErrors, loadContent, todayInJapan } from '../src/lib/content/load.ts';
import { checkLinks, collectLinks } from '../src/lib/report/link-check.ts';
import { reportLinks, staleLists, type DatedEntry } from '../src/lib/report/stale.ts';
import { staleMarkdown } from '../src/lib/report/stale-markdown.ts';

const USAGE =
  '使い方: npm run report [-- --links] [--stale] [--dir <内容のフォルダー>] [--today YYYY-MM-DD] [--timeout <秒>] [--concurrency <数>] [--edit-base <URL>]';

const { values } = readCommandLine(
  {
    options: {
      dir: { type: 'string' },
      today: { type: 'string' },
      links: { type: 'boolean', default: false },
      stale: { type: 'boolean', default: false },
      'edit-base': { type: 'string' },
      timeout: { type: 'string', default: '10' },
      concurrency: { type: 'string', default: '4' },
    },
  },
  USAGE,
);

const today = values.today ?? todayInJapan();
const loaded = await loadContent(values.dir ?? contentDir(), { today });
if (hasErrors(loaded.diagnostics)) {
  console.log(
    '注意: 内容にエラーがあります（npm run validate で確かめてください）。エラーのあるファイルはこの報告に含まれません。\n',
  );
}

const lists = staleLists(loaded, today);
if (values.stale) {
  const links = reportLinks({ env: process.env, loaded, editBase: values['edit-base'] });
  console.log(staleMarkdown({ lists, loaded, today, links, maxChars: Infinity }));
} else {
  const line = (entry: DatedEntry) =>
    `  ${entry.file}  ${entry.name}  確認日 ${entry.verifiedAt}（${entry.months} か月前）`;
  const { staleAfterMonths: months } = lists;
  console.log(`情報確認日から ${months} か月以上たっている項目: ${lists.stale.length} 件（今日 ${today}）`);
  for (const entry of lists.stale) console.log(line(entry));
  console.log(`\nこの1か月のうちに ${months} か月を過ぎる項目: ${lists.soon.length} 件`);
  for (const entry of lists.soon) console.log(line(entry));
}

let failed = false;
if (values.links) {
  const sites = collectLinks([loaded.resources, loaded.networks, loaded.organizations, loaded.areas] as never);
  const unique = new Set(sites.map((site) => site.url));
  console.error(`\nリンクを確かめています（${unique.size} 件）…`);
  const results = await checkLinks(unique, {
    timeoutMs: Number(values.timeout) * 1000,
    concurrency: Number(values.concurrency),
  });
  const groups = [
    ['つながらないリンク', ['broken', 'unreachable', 'timeout']],
    ['移転したリンク（新しい URL に直してください）', ['moved']],
  ] as const;
  for (const [title, statuses] of groups) {
    const hits = sites.filter((site) => (statuses as readonly string[]).includes(results.get(site.url)!.status));
    console.log(`\n${title}: ${hits.length} 件`);
    for (const site of hits)
      console.log(`  ${site.file}  ${site.field}  ${site.url}  ${results.get(site.url)!.message}`);
    if ((statuses as readonly string[]).includes('broken') && hits.length > 0) failed = true;
  }
  const ok = [...results.values()].filter((result) => result.status === 'ok').length;
  console.log(`\nつながったリンク: ${ok} 件 / ${unique.size} 件`);
}
process.exit(failed ? 1 : 0);
