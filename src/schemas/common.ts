/**
 * Building blocks shared by every content schema. Each carries a Japanese `title` (the name
 * staff see in error messages, the editor and the CMS) and, for references, the collection it
 * points to (`ref`), which the validator reads to check every reference without a second list.
 */
import { z } from 'astro/zod';
import { KANA_INPUT_PATTERN, normalizeKana, normalizePhone, normalizePostalCode } from '../lib/text/normalize.ts';

/** The collections a reference can point to. */
export type CollectionName = 'areas' | 'organizations' | 'resources' | 'networks' | 'categories' | 'topics';

/** Metadata we attach to schemas: a Japanese label and, for references, their target. */
export interface FieldMeta {
  title?: string;
  description?: string;
  ref?: CollectionName | CollectionName[];
  [key: string]: unknown;
}

/** File-name rule for ids: lower-case letters, digits and hyphens, starting with a letter or digit. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

/** A reference to an entry of another collection by its id. */
export function ref(target: CollectionName | CollectionName[], title: string) {
  return z.string({ error: '文字列（id）で書いてください' }).min(1).meta({ title, ref: target });
}

/** Plain text that must not be empty. */
export function text(title: string) {
  return z.string({ error: '文字列で書いてください' }).trim().min(1, { error: '空になっています' }).meta({ title });
}

/**
 * よみがな: hiragana (katakana is converted), ー and spaces. `pattern` describes the input in the
 * JSON Schema, so editors and the CMS refuse 漢字 while staff type.
 */
export function kana(title = 'よみがな') {
  return z
    .string({ error: 'ひらがなで書いてください' })
    .transform((value, ctx) => {
      const result = normalizeKana(value);
      if (!result.ok) {
        ctx.issues.push({ code: 'custom', message: result.reason, input: value });
        return z.NEVER;
      }
      return result.value;
    })
    .meta({
      title,
      pattern: KANA_INPUT_PATTERN,
      'x-pattern-message': 'ひらがな・カタカナで書きます。漢字・数字・英字は使えません',
    });
}

/**
 * A Japanese phone or fax number. Numbers read by YAML as numbers are refused here unless the
 * reader restored their text (see `restoreNumericText`), so a leading 0 is never lost silently.
 */
export function phone(title = '電話番号') {
  return z
    .union([z.string(), z.number()], { error: '電話番号を文字列で書いてください（例: "042-123-4567"）' })
    .transform((value, ctx) => {
      const result = normalizePhone(String(value));
      if (!result.ok) {
        ctx.issues.push({ code: 'custom', message: result.reason, input: value });
        return z.NEVER;
      }
      return result.value;
    })
    .meta({ title });
}

/** 郵便番号, stored as NNN-NNNN. */
export function postalCode(title = '郵便番号') {
  return z
    .union([z.string(), z.number()], { error: '郵便番号を文字列で書いてください（例: "188-0001"）' })
    .transform((value, ctx) => {
      const result = normalizePostalCode(String(value));
      if (!result.ok) {
        ctx.issues.push({ code: 'custom', message: result.reason, input: value });
        return z.NEVER;
      }
      return result.value;
    })
    .meta({ title });
}

function isRealDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d ?? 1));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && (d === undefined || date.getUTCDate() === d);
}

/** A calendar date written YYYY-MM-DD. */
export function isoDate(title: string) {
  return z
    .string({ error: '日付を YYYY-MM-DD の形で書いてください（例: 2026-04-01）' })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: '日付は YYYY-MM-DD の形で書いてください（例: 2026-04-01）', abort: true })
    .refine(isRealDate, { error: '存在しない日付です' })
    .meta({ title });
}

/** A month (YYYY-MM) or a date (YYYY-MM-DD). */
export function isoMonthOrDate(title: string) {
  return z
    .string({ error: '年月を YYYY-MM または YYYY-MM-DD の形で書いてください' })
    .regex(/^\d{4}-\d{2}(-\d{2})?$/, {
      error: '年月は YYYY-MM または YYYY-MM-DD の形で書いてください（例: 2026-07）',
      abort: true,
    })
    .refine(isRealDate, { error: '存在しない年月日です' })
    .meta({ title });
}

/** Only http(s) links may appear on the site. */
export function httpUrl(title: string) {
  return z
    .string({ error: 'URL を文字列で書いてください' })
    .trim()
    .refine(
      (value) => {
        try {
          const url = new URL(value);
          return url.protocol === 'http:' || url.protocol === 'https:';
        } catch {
          return false;
        }
      },
      { error: 'URL は http:// または https:// で始まる正しい形で書いてください' },
    )
    .meta({ title });
}

export function email(title = 'メールアドレス') {
  return z
    .string({ error: 'メールアドレスを文字列で書いてください' })
    .trim()
    .regex(/^[^\s@<>()"']+@[^\s@<>()"']+\.[^\s@<>()"']+$/, { error: 'メールアドレスの形が正しくありません' })
    .meta({ title });
}

/** A list that must have at least one element when present. */
export function list<T extends z.ZodType>(item: T, title: string) {
  return z.array(item, { error: '一覧（- で始まる行）で書いてください' }).meta({ title });
}

/** WGS84 latitude/longitude. Whether it lies in Japan is checked by the validator with a clear message. */
export const locationSchema = z
  .strictObject({
    /** 緯度 (北緯), e.g. 35.72 */
    lat: z.number({ error: '緯度を数値で書いてください' }).meta({ title: '緯度' }),
    /** 経度 (東経), e.g. 139.52 */
    lng: z.number({ error: '経度を数値で書いてください' }).meta({ title: '経度' }),
  })
  .meta({ title: '位置（緯度・経度）' });

const position = z.tuple([z.number(), z.number()]).meta({ title: '座標 [経度, 緯度]' });
const ring = z.array(position).min(4, { error: '多角形の輪は4点以上（最初と最後は同じ点）で書いてください' });

/** GeoJSON Polygon or MultiPolygon, coordinates in [lng, lat] order. */
export const boundarySchema = z
  .discriminatedUnion(
    'type',
    [
      z.strictObject({ type: z.literal('Polygon'), coordinates: z.array(ring).min(1) }),
      z.strictObject({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(ring).min(1)).min(1) }),
    ],
    { error: '境界は GeoJSON の Polygon か MultiPolygon で書いてください' },
  )
  .meta({ title: '境界（GeoJSON）' });

/** Population figures for 高齢化率 and per-1,000-elderly densities. */
export const populationSchema = z
  .strictObject({
    /** 総人口 */
    total: z.number().int().nonnegative().meta({ title: '総人口' }),
    /** 65歳以上人口 */
    elderly: z.number().int().nonnegative().meta({ title: '高齢者人口（65歳以上）' }),
    /** いつ時点の数字か */
    asOf: isoMonthOrDate('時点'),
  })
  .meta({ title: '人口' });
