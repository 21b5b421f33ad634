import { z } from 'astro/zod';
import { email, httpUrl, phone, text } from './common.ts';

export const BASEMAPS = ['gsi-pale', 'gsi-std', 'none'] as const;

/** "12-29" (月-日). Full-width digits and 12/29 are accepted. */
const monthDay = (title: string) =>
  z
    .string({ error: '月日を "12-29" の形の文字列で書いてください' })
    .transform((value) =>
      value
        .normalize('NFKC')
        .trim()
        .replace(/[/‐‑–—―−－]/g, '-'),
    )
    .pipe(
      z.string().refine(
        (value) => {
          const match = /^(\d{2})-(\d{2})$/.exec(value);
          if (!match) return false;
          const [month, day] = [Number(match[1]), Number(match[2])];
          return month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(2024, month, 0)).getUTCDate();
        },
        { error: '月日は "12-29" のように2桁の月と日で書いてください' },
      ),
    )
    .meta({ title });

/** A yearly closure period; `to` before `from` runs over the new year (12-29 → 01-03). */
const closurePeriod = (title: string) =>
  z
    .strictObject({
      /** 休みの初日（例: "12-29"） */
      from: monthDay('初日'),
      /** 休みの最終日（例: "01-03"） */
      to: monthDay('最終日'),
    })
    .meta({ title });

/** site.yaml: the site and the municipality it belongs to. */
export const siteSchema = z
  .strictObject({
    /** サイト名（例: 「みどり市 地域包括ケアマップ」） */
    name: text('サイト名'),
    /** 市区町村名と全国地方公共団体コード（6桁） */
    municipality: z
      .strictObject({
        /** 市区町村名 */
        name: text('市区町村名'),
        /** 全国地方公共団体コード（6桁、検査数字を含む） */
        code: z
          .union([z.string(), z.number()])
          .transform((value) => String(value).normalize('NFKC').trim())
          .pipe(z.string().regex(/^\d{6}$/, { error: '団体コードは6桁の数字で書いてください（例: "132292"）' }))
          .meta({ title: '団体コード' }),
      })
      .meta({ title: '市区町村' }),
    /** true のとき、すべてのページに「架空のデータです」と表示します */
    sample: z.boolean({ error: 'true か false で書いてください' }).default(false).meta({ title: 'サンプルデータ' }),
    /** 地図の初期表示 */
    map: z
      .strictObject({
        /** 地図の中心 [経度, 緯度] */
        center: z
          .tuple([z.number(), z.number()], { error: '中心は [経度, 緯度] の2つの数値で書いてください' })
          .meta({ title: '中心' }),
        /** 縮尺（0〜22、市全体なら 12〜13 程度） */
        zoom: z.number().min(0).max(22).meta({ title: 'ズーム' }),
        /** 背景地図: gsi-pale（淡色地図）, gsi-std（標準地図）, none, またはスタイルの URL */
        basemap: z
          .string()
          .default('gsi-pale')
          .refine((value) => (BASEMAPS as readonly string[]).includes(value) || /^https?:\/\//.test(value), {
            error:
              '背景地図は gsi-pale, gsi-std, none のどれか、または https:// で始まるスタイルの URL で書いてください',
          })
          .meta({ title: '背景地図' }),
      })
      .meta({ title: '地図' }),
    /** この情報を管理している課 */
    contact: z
      .strictObject({
        name: text('担当課の名前'),
        phone: phone(),
        email: email().optional(),
      })
      .meta({ title: '問い合わせ先' }),
    /** 「この情報の修正を提案する」リンクの元になる URL（例: リポジトリの編集 URL） */
    editUrl: httpUrl('修正提案リンクの URL').optional(),
    /**
     * 「情報のまちがいを知らせる」で、メールと並べて出す issue の作成 URL（例:
     * https://github.com/OWNER/REPO/issues/new）。題名と本文を入れた状態で開きます（GitHub のアカウントが要ります）
     */
    issueUrl: httpUrl('まちがいを知らせる issue の URL').optional(),
    /** 情報確認日からこの月数を過ぎた情報に「古い可能性」の注意を出します */
    staleAfterMonths: z.number().int().positive().default(12).meta({ title: '情報が古いとみなす月数' }),
    /** 年末年始の休み（closed: newyear の窓口が休む期間）。書かなければ 12-29 から 01-03 まで */
    newYearPeriod: closurePeriod('年末年始の期間').optional(),
    /** お盆の休み（closed: obon の窓口が休む期間）。書かなければ 08-13 から 08-16 まで */
    obonPeriod: closurePeriod('お盆の期間').optional(),
    /**
     * 日本語のほかに、ページを作る言語の一覧（例: [ja-x-easy, en, zh-Hans, ko, vi, pt]。ja-x-easy はやさしい日本語）。
     * 日本語のページはいつも作ります
     */
    languages: z
      .array(
        z
          .string({ error: '言語は en や zh-Hans のような言語の記号で書いてください' })
          .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/, {
            error: '言語は en、zh-Hans、ja-x-easy のような言語の記号（BCP 47）で書いてください',
          })
          .meta({ title: '言語' }),
        { error: '言語は [en, ko] のように一覧で書いてください' },
      )
      .optional()
      .meta({ title: 'ほかの言語' }),
  })
  .meta({ title: 'サイト設定（site.yaml）' });

export type Site = z.output<typeof siteSchema>;
