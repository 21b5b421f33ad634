/**
 * federation.yaml: the prefecture's portal and its member sites. Read with positions kept
 * (src/lib/content/source.ts) and checked with a Zod schema whose problems become the same
 * `path:line:column: error: …` lines as the content validator's (error-map.ts, rules.ts).
 */
import { z } from 'astro/zod';
import { reportIssues } from '../content/error-map.ts';
import { problem, RULES } from '../content/rules.ts';
import { parseYamlSource } from '../content/source.ts';
import { ID_PATTERN, text } from '../../schemas/common.ts';
import type { Diagnostic } from '../content/diagnostics.ts';

const code = (title: string, digits: number) =>
  z
    .union([z.string(), z.number()])
    .transform((value) => String(value).normalize('NFKC').trim())
    .pipe(z.string().regex(new RegExp(`^\\d{${digits}}$`), { error: `${digits}桁の数字で書いてください` }))
    .meta({ title });

/** Where a member is published: an http(s) URL, or a path on the portal's own host (/m/<id>/). */
const memberUrl = z
  .string({ error: '公開している URL を文字列で書いてください' })
  .refine((value) => /^https?:\/\/[^\s]+$/.test(value) || /^\/[^\s/][^\s]*\/$|^\/$/.test(value), {
    error: 'https:// で始まる URL か、同じサーバーのパス（/m/id/ のように / で始まり / で終わる）で書いてください',
  })
  .transform((value) => (value.endsWith('/') ? value : `${value}/`))
  .meta({ title: '公開 URL' });

export const federationMemberSchema = z
  .strictObject({
    /** 参加団体の id（半角英小文字・数字・ハイフン。ポータルのページの URL に使います） */
    id: z
      .string({ error: 'id を文字列で書いてください' })
      .regex(ID_PATTERN, { error: 'id は半角英小文字・数字・ハイフンで書いてください（例: hachioji）' })
      .meta({ title: 'id' }),
    /** 市区町村名 */
    name: text('市区町村名'),
    /** 全国地方公共団体コード（6桁） */
    code: code('団体コード', 6),
    /** そのサイトを公開している URL（同じサーバーなら /m/id/ のようなパス） */
    url: memberUrl,
    /** そのサイトのビルド結果のフォルダー（この設定ファイルからの相対パス） */
    dist: text('ビルド結果のフォルダー'),
  })
  .meta({ title: '参加団体' });

export const federationSchema = z
  .strictObject({
    /** ポータルの名前（例: 「東京都 地域包括ケア 広域マップ」） */
    name: text('ポータル名'),
    /** 都道府県名と都道府県コード（2桁） */
    prefecture: z
      .strictObject({ name: text('都道府県名'), code: code('都道府県コード', 2) })
      .meta({ title: '都道府県' }),
    /** 県の地図の背景（gsi-pale・gsi-std・none・スタイルの URL。書かなければ gsi-pale。none ならほかのサーバーに何も要求しません） */
    basemap: z.string({ error: 'basemap は文字列で書いてください' }).optional().meta({ title: '地図の背景' }),
    /** 参加する市区町村のサイト */
    members: z
      .array(federationMemberSchema)
      .min(1, { error: '参加団体を1つ以上書いてください' })
      .meta({ title: '参加団体' }),
  })
  .meta({ title: 'ポータルの設定（federation.yaml）' });

export type FederationConfig = z.output<typeof federationSchema>;
export type FederationMember = FederationConfig['members'][number];

export interface ConfigResult {
  config?: FederationConfig;
  diagnostics: Diagnostic[];
}

/** Duplicate member ids or codes: each one after the first, at its own line. */
function duplicates(config: FederationConfig, at: (path: PropertyKey[]) => { line: number; column: number }) {
  const found: { path: PropertyKey[]; message: string; rule: string }[] = [];
  for (const key of ['id', 'code'] as const) {
    const first = new Map<string, number>();
    config.members.forEach((member, index) => {
      const seen = first.get(member[key]);
      if (seen === undefined) first.set(member[key], index);
      else
        found.push({
          path: ['members', index, key],
          ...problem(RULES.duplicateMember, { key, value: member[key], firstIndex: seen }),
        });
    });
  }
  return found.map(({ path, message, rule }) => ({ ...at(path), path, message, rule }));
}

/** Parses and checks federation.yaml's text; `file` is the path shown in the messages. */
export function parseFederationConfig(file: string, textOfFile: string): ConfigResult {
  const source = parseYamlSource(textOfFile);
  const diagnostic = (
    position: { line: number; column: number },
    found: { rule: string; severity: 'error' | 'warning'; message: string },
    field = '',
  ): Diagnostic => ({
    file,
    ...position,
    field,
    ...found,
  });
  const diagnostics = source.problems.map((found) => diagnostic(found.position, found, found.field));
  if (source.data === undefined) return { diagnostics };
  const parsed = federationSchema.safeParse(source.data);
  if (!parsed.success) {
    for (const report of reportIssues(federationSchema, source.data, parsed.error.issues)) {
      diagnostics.push(diagnostic(source.locate(report.path, { key: report.atKey }), report, report.field));
    }
    return { diagnostics };
  }
  for (const dup of duplicates(parsed.data, (path) => source.locate(path))) {
    diagnostics.push(diagnostic(dup, { rule: dup.rule, severity: 'error', message: dup.message }, dup.path.join('.')));
  }
  return { config: diagnostics.some((d) => d.severity === 'error') ? undefined : parsed.data, diagnostics };
}
