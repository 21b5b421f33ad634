/**
 * Translation overlays: files under content/i18n/<language>/ that give, for entries written in
 * Japanese, their text in another language. Each overlay holds only the fields a translator may
 * translate, taken here from the Japanese schemas themselves (so a field's title, its checks and
 * its type are written once), every one optional: whatever is not translated shows in Japanese.
 *
 * `basedOn` records a short digest of each Japanese field as it was when translated; the validator
 * compares it with the Japanese of today and warns of a stale translation. Staff never type it:
 * `npm run translations` writes it.
 */
import { z } from 'astro/zod';
import { areaSchema } from './area.ts';
import { networkSchema } from './network.ts';
import { resourceSchema } from './resource.ts';
import { categorySchema, topicSchema } from './taxonomy.ts';

/**
 * The fields each collection's overlay may translate. `description` is the Markdown body for
 * resources (as in the Japanese files), a field in the names files.
 */
export const TRANSLATED_FIELDS = {
  resources: ['name', 'hoursNote', 'costNote'],
  categories: ['name', 'description'],
  topics: ['name', 'question', 'description'],
  areas: ['name'],
  networks: ['name'],
} as const;

export type TranslatedCollectionName = keyof typeof TRANSLATED_FIELDS;

/** The translatable field a resource overlay keeps in its body. */
export const BODY_FIELD = 'description';

/** A digest of the Japanese text a translation was made from: 8 hexadecimal digits. */
export const DIGEST_PATTERN = /^[0-9a-f]{8}$/;

const digest = z
  .string({ error: 'npm run translations が書く 8 桁の記号です。手で書き換えないでください' })
  .regex(DIGEST_PATTERN, { error: 'npm run translations が書く 8 桁の記号です。手で書き換えないでください' })
  .optional();

/** What `basedOn` records: for each field translated, the digest of its Japanese at that time. */
function basedOnOf(fields: readonly string[]) {
  const shape = Object.fromEntries(fields.map((field) => [field, digest]));
  return z.strictObject(shape).meta({ title: '翻訳のもとにした日本語（npm run translations が書きます）' });
}

type Shape = Record<string, z.ZodType>;

/**
 * The named fields of a Japanese schema's shape, each optional, plus `basedOn` for them (and for
 * `alsoBasedOn`, the body): one overlay entry.
 */
function overlayOf<S extends Shape, K extends keyof S & string>(
  { shape, fields, title }: { shape: S; fields: readonly K[]; title: string },
  alsoBasedOn: readonly string[] = [],
) {
  const picked = Object.fromEntries(fields.map((field) => [field, shape[field]!.optional()])) as {
    [F in K]: z.ZodOptional<S[F]>;
  };
  return z.strictObject({ ...picked, basedOn: basedOnOf([...fields, ...alsoBasedOn]).optional() }).meta({ title });
}

/** i18n/<language>/resources/**\/<id>.md front matter (the body is the translated description). */
export const resourceOverlaySchema = overlayOf(
  { shape: resourceSchema.shape, fields: TRANSLATED_FIELDS.resources, title: '資源の翻訳' },
  [BODY_FIELD],
);

/** A names file (i18n/<language>/topics.yaml …): the id of each Japanese entry → its translation. */
function namesFileOf<E extends z.ZodType>(entry: E, file: string) {
  return (
    z
      // Any key: an id with no Japanese entry (__proto__ included, which a record would skip) is reported by the validator.
      .record(z.string(), entry, {
        error: `${file} は「id:」の下に訳を書く形にしてください（例: ninchisho:\n  name: …）`,
      })
      .meta({ title: file })
  );
}

export const categoryOverlaySchema = overlayOf({
  shape: categorySchema.shape,
  fields: TRANSLATED_FIELDS.categories,
  title: '種別の翻訳',
});
export const topicOverlaySchema = overlayOf({
  shape: topicSchema.shape,
  fields: TRANSLATED_FIELDS.topics,
  title: '相談内容の翻訳',
});
export const areaOverlaySchema = overlayOf({
  shape: areaSchema.shape,
  fields: TRANSLATED_FIELDS.areas,
  title: '地域名の翻訳',
});
export const networkOverlaySchema = overlayOf({
  shape: networkSchema.shape,
  fields: TRANSLATED_FIELDS.networks,
  title: '会議体名の翻訳',
});

/** The names files of a language folder, by collection: their file name and schema. */
export const NAMES_FILES = {
  categories: {
    file: 'categories.yaml',
    entry: categoryOverlaySchema,
    schema: namesFileOf(categoryOverlaySchema, 'categories.yaml'),
  },
  topics: { file: 'topics.yaml', entry: topicOverlaySchema, schema: namesFileOf(topicOverlaySchema, 'topics.yaml') },
  areas: { file: 'areas.yaml', entry: areaOverlaySchema, schema: namesFileOf(areaOverlaySchema, 'areas.yaml') },
  networks: {
    file: 'networks.yaml',
    entry: networkOverlaySchema,
    schema: namesFileOf(networkOverlaySchema, 'networks.yaml'),
  },
} as const;

export type NamesCollection = keyof typeof NAMES_FILES;

export type ResourceOverlay = z.output<typeof resourceOverlaySchema>;
