import { z } from 'astro/zod';
import { isoDate, isoMonthOrDate, kana, ref, text } from './common.ts';
import { AREA_LEVELS } from './area.ts';

export const NETWORK_KINDS = ['council', 'meeting', 'subcommittee', 'body', 'network'] as const;
export const NETWORK_KIND_LABELS: Record<(typeof NETWORK_KINDS)[number], string> = {
  council: '協議会・審議会',
  meeting: '会議',
  subcommittee: '部会',
  body: '協議体',
  network: 'ネットワーク',
};

/** networks/**\/<id>.md front matter: 協議会, 会議, 部会, 協議体, 見守りネットワーク …. */
export const networkSchema = z
  .strictObject({
    /** 名称（例: 地域包括ケア推進協議会） */
    name: text('名称'),
    /** よみがな（ひらがな） */
    kana: kana(),
    /** council（協議会・審議会）, meeting（会議）, subcommittee（部会）, body（協議体）, network（ネットワーク） */
    kind: z
      .enum(NETWORK_KINDS, { error: `kind は ${NETWORK_KINDS.join(', ')} のどれかで書いてください` })
      .meta({ title: '種類' }),
    /** municipality（市レベル）, region（地域レベル）, district（地区） */
    level: z
      .enum(AREA_LEVELS, { error: 'level は municipality, region, district のどれかで書いてください' })
      .meta({ title: 'レベル' }),
    /** 親の会議体の id（部会なら協議会） */
    parent: ref('networks', '親の会議体').optional(),
    /** 活動する地域の id */
    areas: z.array(ref('areas', '活動地域')).optional().meta({ title: '活動地域' }),
    /** 事務局（組織または窓口の id） */
    secretariat: ref(['organizations', 'resources'], '事務局').optional(),
    /** 構成員: 組織ごと、または職種と人数 */
    members: z
      .array(
        z
          .strictObject({
            /** 参加する組織の id */
            organization: ref('organizations', '参加組織').optional(),
            /** 職種・役割（例: ケアマネジャー, 在宅医） */
            role: text('職種・役割').optional(),
            /** 人数 */
            count: z.number().int().positive().optional().meta({ title: '人数' }),
          })
          .refine((member) => member.organization !== undefined || member.role !== undefined, {
            error: '構成員には organization か role のどちらかを書いてください',
          })
          .meta({ title: '構成員' }),
      )
      .optional()
      .meta({ title: '構成員' }),
    /** 役割（例: 個別課題の解決, 地域課題の発見, 政策形成） */
    roles: z.array(text('役割')).optional().meta({ title: '役割' }),
    /** 開催頻度（例: 月1回） */
    meets: text('開催頻度').optional(),
    /** 他の会議体とのつながり（relation: 相互に連携, 報告, 提言 …） */
    linksTo: z
      .array(
        z
          .strictObject({
            network: ref('networks', 'つながる会議体'),
            relation: text('関係').optional(),
          })
          .meta({ title: 'つながり' }),
      )
      .optional()
      .meta({ title: 'つながり' }),
    /** 検討内容と実施時期 */
    activities: z
      .array(
        z
          .strictObject({
            /** 実施（予定）時期 YYYY-MM または YYYY-MM-DD */
            date: isoMonthOrDate('時期'),
            /** 内容 */
            title: text('内容'),
            /** done（実施済み）, planned（予定） */
            status: z
              .enum(['done', 'planned'], { error: 'status は done か planned で書いてください' })
              .meta({ title: '状況' }),
          })
          .meta({ title: '活動' }),
      )
      .optional()
      .meta({ title: '活動' }),
    /** 情報確認日 */
    verifiedAt: isoDate('情報確認日'),
  })
  .meta({ title: '会議体・ネットワーク' });

export type Network = z.output<typeof networkSchema>;
