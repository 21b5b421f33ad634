/**
 * npm run translations [-- --refresh <file>[:<id>] …] [--dir <folder>]
 * Writes `basedOn` into the translation overlays of content/i18n/: for each translated field, a
 * digest of the Japanese it was made from, so `npm run validate` can warn when the Japanese
 * changes. Fields already recorded keep their record unless named with --refresh (a file, e.g.
 * i18n/en/resources/windows/houkatsu-hokubu.md, or one entry of a names file,
 * i18n/en/topics.yaml:ninchisho), which the translator does after bringing the translation up to date.
 */
import { readCommandLine } from './command-line.ts';
import { contentDir } from '../src/lib/content/content-dir.ts';
import { formatText, summary } from '../src/lib/content/report.ts';
import { stampTranslations } from '../src/lib/i18n/translation-stamp.ts';

const USAGE = '使い方: npm run translations [-- --refresh <ファイル>[:<id>] …] [--dir <内容のフォルダー>]';

const { values } = readCommandLine(
  {
    options: { refresh: { type: 'string', multiple: true, default: [] }, dir: { type: 'string' } },
  },
  USAGE,
);

const result = await stampTranslations(values.dir ?? contentDir(), values.refresh!);
if ('errors' in result) {
  console.error(formatText(result.errors));
  console.error(`${summary(result.errors)}。誤りを直してから、もう一度実行してください（何も書き換えていません）`);
  process.exit(1);
}
for (const [file, fields] of result.written) console.log(`${file}: ${fields} 項目`);
const fields = result.written.reduce((sum, [, count]) => sum + count, 0);
console.error(`翻訳のもとにした日本語を ${result.written.length} ファイル・${fields} 項目に記録しました。`);
