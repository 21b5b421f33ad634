import { z } from 'astro/zod';
import { email, httpUrl, isoDate, kana, locationSchema, phone, postalCode, ref, text } from './common.ts';
import { CLOSURES, hoursRuleSchema } from './hours.ts';

export const RESOURCE_STATUSES = ['active', 'suspended', 'closed'] as const;
export const RESOURCE_STATUS_LABELS: Record<(typeof RESOURCE_STATUSES)[number], string> = {
  active: '運営中',
  suspended: '休止中',
  closed: '廃止',
};
export const AUDIENCES = ['resident', 'professional'] as const;
export const AUDIENCE_LABELS: Record<(typeof AUDIENCES)[number], string> = {
  resident: '住民の方',
  professional: '専門職の方',
};
export const TARGETS = ['elderly', 'disability', 'child', 'poverty', 'anyone', 'family-carer'] as const;
export const TARGET_LABELS: Record<(typeof TARGETS)[number], string> = {
  elderly: '高齢者',
  disability: '障害のある方',
  child: '子ども・子育て',
  poverty: '生活に困っている方',
  anyone: 'どなたでも',
  'family-carer': '介護している家族',
};
export const COSTS = ['free', 'paid', 'mixed'] as const;
export const COST_LABELS: Record<(typeof COSTS)[number], string> = {
  free: '無料',
  paid: '有料',
  mixed: '一部有料',
};
export const ACCESSIBILITY = ['wheelchair', 'parking', 'elevator', 'toilet', 'hearing-loop', 'braille'] as const;
export const ACCESSIBILITY_LABELS: Record<(typeof ACCESSIBILITY)[number], string> = {
  wheelchair: '車いすで利用できる',
  parking: '駐車場あり',
  elevator: 'エレベーターあり',
  toilet: '多機能トイレあり',
  'hearing-loop': '磁気ループあり',
  braille: '点字案内あり',
};

/** A public number kept as text: a leading 0 (北海道 is 01…) must never be lost to YAML. */
const digitCode = (pattern: RegExp, title: string, shape: string) =>
  z
    .string({
      error: `${title}は "0123456789" のように引用符で囲んだ文字列で書いてください（数値のままだと先頭の0が消えます）`,
    })
    .transform((value) => value.normalize('NFKC').trim())
    .pipe(z.string().regex(pattern, { error: `${title}は${shape}で書いてください` }))
    .meta({ title });

const enumOf = <T extends readonly [string, ...string[]]>(values: T, title: string) =>
  z.enum(values, { error: `${values.join(', ')} のどれかで書いてください` }).meta({ title });

/** resources/**\/<id>.md front matter: every place or service, support windows included. */
export const resourceSchema = z
  .strictObject({
    /** 名称（例: みどり市北部地域包括支援センター） */
    name: text('名称'),
    /** よみがな（ひらがな。カタカナはひらがなに直します） */
    kana: kana(),
    /** 種別の id（categories.yaml にあるもの） */
    category: ref('categories', '種別'),
    /** active（運営中）, suspended（休止中）, closed（廃止）。休止・廃止も一覧から消さずに表示します */
    status: enumOf(RESOURCE_STATUSES, '状況').default('active'),
    /** 運営主体の組織 id */
    operator: ref('organizations', '運営主体').optional(),
    /** 利用できる人: resident（住民）, professional（専門職）。専門職向けの窓口は住民の最初の相談先に出しません */
    audience: z.array(enumOf(AUDIENCES, '利用できる人')).min(1).default(['resident']).meta({ title: '利用できる人' }),
    /** 対象者: elderly, disability, child, poverty, anyone, family-carer */
    targets: z.array(enumOf(TARGETS, '対象者')).optional().meta({ title: '対象者' }),
    /** 相談できること（topics.yaml の id）。相談窓口には必須 */
    topics: z.array(ref('topics', '相談できること')).optional().meta({ title: '相談できること' }),
    /** 担当地区（地域の id）。相談窓口には必須 */
    servesAreas: z.array(ref('areas', '担当地区')).optional().meta({ title: '担当地区' }),
    /** 所在する地域の id（書かなければ住所と町丁目から求めます） */
    area: ref('areas', '所在地域').optional(),
    /** 住所（例: みどり市本町1-2-3 本町ビル2階）。online: true でなければ必須 */
    address: text('住所').optional(),
    /** 郵便番号（〒188-0001 のように書いてもかまいません） */
    postalCode: postalCode().optional(),
    /** 位置（緯度・経度）。online: true でなければ必須 */
    location: locationSchema.optional(),
    /** 電話番号 */
    phone: phone().optional(),
    /** FAX 番号 */
    fax: phone('FAX番号').optional(),
    /** メールアドレス */
    email: email().optional(),
    /** ホームページ（http:// または https://） */
    url: httpUrl('ホームページ').optional(),
    /** 開所時間の一覧 */
    hours: z.array(hoursRuleSchema).optional().meta({ title: '開所時間' }),
    /** 休み: holiday（祝日・振替休日）, newyear（年末年始）, obon（お盆） */
    closed: z.array(enumOf(CLOSURES, '休み')).optional().meta({ title: '休み' }),
    /** 時間について表で書けないこと（例: 緊急時は24時間電話対応） */
    hoursNote: text('時間についての補足').optional(),
    /** 要予約なら true */
    appointment: z.boolean({ error: 'true か false で書いてください' }).optional().meta({ title: '予約' }),
    /** free（無料）, paid（有料）, mixed（一部有料） */
    cost: enumOf(COSTS, '費用').optional(),
    /** 費用の補足 */
    costNote: text('費用の補足').optional(),
    /** バリアフリー: wheelchair, parking, elevator, toilet, hearing-loop, braille */
    accessibility: z.array(enumOf(ACCESSIBILITY, 'バリアフリー')).optional().meta({ title: 'バリアフリー' }),
    /** 対応できる言語（BCP-47、例: ja, en, zh, vi） */
    languages: z
      .array(
        z.string().regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, {
          error: '言語は ja, en, zh-Hans のような言語コードで書いてください',
        }),
      )
      .default(['ja'])
      .meta({ title: '対応言語' }),
    /** つなぎ先: この窓口が相談を引き継ぐ先 */
    refersTo: z
      .array(
        z
          .strictObject({
            /** つなぎ先の id */
            resource: ref('resources', 'つなぎ先'),
            /** どんな相談のときか（topics の id） */
            topics: z.array(ref('topics', 'つなぐ相談内容')).optional().meta({ title: 'つなぐ相談内容' }),
            /** 補足 */
            note: text('補足').optional(),
          })
          .meta({ title: 'つなぎ先' }),
      )
      .optional()
      .meta({ title: 'つなぎ先' }),
    /** 電話やウェブだけで、訪ねる場所がないサービスなら true */
    online: z.boolean({ error: 'true か false で書いてください' }).optional().meta({ title: '電話・オンラインのみ' }),
    /** 定員と空き（いつ時点か） */
    capacity: z
      .strictObject({
        total: z.number().int().nonnegative().optional().meta({ title: '定員' }),
        available: z.number().int().nonnegative().optional().meta({ title: '空き' }),
        asOf: isoDate('時点'),
      })
      .optional()
      .meta({ title: '定員・空き' }),
    /** 情報確認日（YYYY-MM-DD） */
    verifiedAt: isoDate('情報確認日'),
    /** 情報の出典（例: 事業所への電話確認, 市の公開資料） */
    source: text('出典').optional(),
    /** 公的な番号（事業所番号・医療機関コード・法人番号）。CSV の取り込み（npm run import）で同じ事業所を見分けるのに使います */
    identifiers: z
      .strictObject({
        /** 介護保険の事業所番号（10桁、"0171234567" のように引用符で囲んで書きます） */
        jigyoshoNo: digitCode(/^\d{10}$/, '介護保険の事業所番号', '10桁の数字').optional(),
        /** 医療機関コード（10桁、または7桁の医療機関番号） */
        iryoKikanCode: digitCode(/^(\d{7}|\d{10})$/, '医療機関コード', '10桁（または7桁）の数字').optional(),
        /** 法人番号（13桁） */
        corporateNo: digitCode(/^\d{13}$/, '法人番号', '13桁の数字').optional(),
      })
      .optional()
      .meta({ title: '事業所番号など' }),
  })
  .superRefine((resource, ctx) => {
    if (resource.online) return;
    if (resource.address === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['address'],
        message: '住所がありません（電話・オンラインのみのサービスなら online: true と書いてください）',
      });
    }
    if (resource.location === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['location'],
        message: '位置（lat, lng）がありません（電話・オンラインのみのサービスなら online: true と書いてください）',
      });
    }
  })
  .meta({ title: '資源' });

export type Resource = z.output<typeof resourceSchema>;
