import { z } from 'astro/zod';
import { ID_PATTERN, text } from './common.ts';

const idField = (title: string) =>
  z
    .string({ error: 'id を文字列で書いてください' })
    .regex(ID_PATTERN, { error: 'id は半角英小文字・数字・ハイフンで書いてください（例: day-service）' })
    .meta({ title });

export const CATEGORY_KINDS = ['window', 'service', 'place', 'facility'] as const;
export const CATEGORY_KIND_LABELS: Record<(typeof CATEGORY_KINDS)[number], string> = {
  window: '相談窓口',
  service: 'サービス',
  place: '通いの場・集いの場',
  facility: '施設',
};

/** categories.yaml: one resource category (種別). */
export const categorySchema = z
  .strictObject({
    /** 種別の id（resources の category に書く値） */
    id: idField('種別の id'),
    /** 種別の名前（例: 通所介護（デイサービス）） */
    name: text('種別名'),
    /** 表示上のまとまり（相談窓口, 医療, 介護, 地域の活動・通いの場, 生活支援, 住まい …） */
    group: text('グループ'),
    /** window（相談窓口）, service（サービス）, place（通いの場など）, facility（施設） */
    kind: z
      .enum(CATEGORY_KINDS, { error: 'kind は window, service, place, facility のどれかで書いてください' })
      .meta({ title: '区分' }),
    /** 説明 */
    description: text('説明').optional(),
  })
  .meta({ title: '種別' });

export const categoriesSchema = z.array(categorySchema, {
  error: 'categories.yaml は種別の一覧（- で始まる行）で書いてください',
});

/** topics.yaml: one worry (困りごと・相談内容) in the residents' own words. */
export const topicSchema = z
  .strictObject({
    /** 相談内容の id（窓口の topics に書く値） */
    id: idField('相談内容の id'),
    /** 住民の言葉で（例: もの忘れ・認知症が心配） */
    name: text('相談内容'),
    /** 問いかけの形（例: 最近もの忘れが増えた気がしませんか？） */
    question: text('問いかけ').optional(),
    /** 説明 */
    description: text('説明').optional(),
  })
  .meta({ title: '相談内容' });

export const topicsSchema = z.array(topicSchema, {
  error: 'topics.yaml は相談内容の一覧（- で始まる行）で書いてください',
});

export type Category = z.output<typeof categorySchema>;
export type Topic = z.output<typeof topicSchema>;
