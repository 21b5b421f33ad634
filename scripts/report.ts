/**
 * npm run report [-- --links] [--dir <content>] [--today YYYY-MM-DD] [--timeout <seconds>]
 * Lists the entries whose 情報確認日 (verifiedAt) is older than site.yaml's staleAfterMonths,
 * and those that will be within a month. With --links, also checks every external link
 * (url fields and links in the descriptions); exit 1 when a link is broken or unreachable.
 */
import { parseArgs } from 'node:util';
import { contentDir } from '../src/lib/content/content-dir.ts';
import { hasErrors, loadContent, shiftMonths, todayInJapan, type Entry } from '../src/lib/content/load.ts';
import { checkLinks, collectLinks } from '../src/lib/report/link-check.ts';

const { values } = parseArgs({
  options: {
    dir: { type: 'string' },
    today: { type: 'string' },
    links: { type: 'boolean', default: false },
    timeout: { type: 'string', default: '10' },
    concurrency: { type: 'string', default: '4' },
  },
});

const today = values.today ?? todayInJapan();
const loaded = await loadContent(values.dir ?? contentDir(), { today });
if (hasErrors(loaded.diagnostics)) {
  console.log(
    '注意: 内容にエラーがあります（npm run validate で確かめてください）。エラーのあるファイルはこの報告に含まれません。\n',
  );
}

const staleMonths = loaded.site?.staleAfterMonths ?? 12;
const staleBefore = shiftMonths(today, -staleMonths);
const soonBefore = shiftMonths(today, -(staleMonths - 1));

function monthsSince(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  const [ty, tm, td] = today.split('-').map(Number);
  return ty * 12 + tm - (y * 12 + m) - (td < d ? 1 : 0);
}

type Dated = Entry<{ name: string; verifiedAt: string }>;
const dated: Dated[] = [...loaded.resources, ...loaded.networks];
const byDate = (a: Dated, b: Dated) =>
  a.data.verifiedAt.localeCompare(b.data.verifiedAt) || a.file.localeCompare(b.file);
const stale = dated.filter((entry) => entry.data.verifiedAt < staleBefore).sort(byDate);
const soon = dated
  .filter((entry) => entry.data.verifiedAt >= staleBefore && entry.data.verifiedAt < soonBefore)
  .sort(byDate);

const line = (entry: Dated) =>
  `  ${entry.file}  ${entry.data.name}  確認日 ${entry.data.verifiedAt}（${monthsSince(entry.data.verifiedAt)} か月前）`;

console.log(`情報確認日から ${staleMonths} か月以上たっている項目: ${stale.length} 件（今日 ${today}）`);
for (const entry of stale) console.log(line(entry));
console.log(`\nこの1か月のうちに ${staleMonths} か月を過ぎる項目: ${soon.length} 件`);
for (const entry of soon) console.log(line(entry));

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
