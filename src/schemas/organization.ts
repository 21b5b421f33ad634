import { z } from 'astro/zod';
import { httpUrl, kana, phone, ref, text } from './common.ts';

export const ORGANIZATION_TYPES = [
  'government',
  'medical-association',
  'social-welfare-council',
  'social-welfare-corporation',
  'medical-corporation',
  'npo',
  'company',
  'community-group',
  'other',
] as const;
export const ORGANIZATION_TYPE_LABELS: Record<(typeof ORGANIZATION_TYPES)[number], string> = {
  government: '行政',
  'medical-association': '医師会・歯科医師会・薬剤師会など',
  'social-welfare-council': '社会福祉協議会',
  'social-welfare-corporation': '社会福祉法人',
  'medical-corporation': '医療法人',
  npo: 'NPO法人',
  company: '株式会社など',
  'community-group': '町会・自治会・地域の団体',
  other: 'その他',
};

/** organizations/<id>.yaml: 法人・団体・行政の課. */
export const organizationSchema = z
  .strictObject({
    /** 名称（例: 社会福祉法人みどり福祉会, みどり市 高齢者支援課） */
    name: text('名称'),
    /** よみがな（ひらがな） */
    kana: kana(),
    /** 種類 */
    type: z
      .enum(ORGANIZATION_TYPES, { error: `type は ${ORGANIZATION_TYPES.join(', ')} のどれかで書いてください` })
      .optional()
      .meta({ title: '種類' }),
    /** ホームページ */
    url: httpUrl('ホームページ').optional(),
    /** 代表電話 */
    phone: phone().optional(),
    /** 上位の組織の id（例: 課なら市役所） */
    parent: ref('organizations', '上位の組織').optional(),
  })
  .meta({ title: '組織' });

export type Organization = z.output<typeof organizationSchema>;
