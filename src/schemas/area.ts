import { z } from 'astro/zod';
import { boundarySchema, kana, populationSchema, ref, text } from './common.ts';

export const AREA_LEVELS = ['municipality', 'region', 'district'] as const;
export type AreaLevel = (typeof AREA_LEVELS)[number];
export const AREA_LEVEL_LABELS: Record<AreaLevel, string> = {
  municipality: '市区町村',
  region: '地域（日常生活圏域）',
  district: '地区',
};

/** areas/<id>.yaml: 市区町村, 地域・日常生活圏域, 地区. */
export const areaSchema = z
  .strictObject({
    /** 名称（例: 北部地域, 緑町地区） */
    name: text('名称'),
    /** よみがな（ひらがな） */
    kana: kana(),
    /** municipality（市区町村）, region（地域・日常生活圏域）, district（地区） */
    level: z
      .enum(AREA_LEVELS, { error: 'level は municipality, region, district のどれかで書いてください' })
      .meta({ title: '階層' }),
    /** 一つ上の地域の id（市区町村そのものには書きません） */
    parent: ref('areas', '上位の地域').optional(),
    /** この地域に含まれる町丁目（例: 緑町, 本町1丁目, 本町3丁目1～12番） */
    towns: z.array(text('町丁目')).optional().meta({ title: '町丁目' }),
    /** 人口（高齢化率や高齢者千人あたりの数に使います） */
    population: populationSchema.optional(),
    /** 境界（GeoJSON Polygon / MultiPolygon、[経度, 緯度] の順） */
    boundary: boundarySchema.optional(),
  })
  .meta({ title: '地域' });

export type Area = z.output<typeof areaSchema>;
