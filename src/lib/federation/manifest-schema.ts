/**
 * The shape of /data/site.json, the manifest every site publishes so that a prefecture's portal
 * can be built from its members' published output alone (issue 17). The one description of the
 * file: the site writes it with these types, the portal validates what it reads with this schema,
 * and /schemas/site-manifest.schema.json is generated from it for anyone else who reads it.
 *
 * Paths in `links` and in each window's `path` are relative to the site's own published URL
 * (no leading slash), so a member can be moved (e.g. under /m/<id>/) without rebuilding.
 */
import { z } from 'astro/zod';
import { AREA_LEVELS } from '../../schemas/area.ts';
import { CATEGORY_KINDS } from '../../schemas/taxonomy.ts';

/** The manifest format's version; a portal refuses versions it does not know. */
export const MANIFEST_VERSION = 1;

const relativePath = (title: string) =>
  z
    .string()
    .regex(/^(?![a-z][a-z0-9+.-]*:|\/)[^\s]*$/i, { error: 'サイトの公開 URL からの相対パス（/ で始めない）で書きます' })
    .meta({ title });

const count = z.number().int().nonnegative();
/** A phone number as the site normalizes it (half-width digits and hyphens): safe in a tel: link. */
const phone = z.string().regex(/^\+?[0-9][0-9-]*$/, { error: '電話番号は半角の数字とハイフンで書きます' });
const position = z.tuple([z.number(), z.number()]);
const ring = z.array(position).min(4);

/** GeoJSON Polygon or MultiPolygon in [lng, lat] order (as the content's area boundaries). */
const boundary = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Polygon'), coordinates: z.array(ring).min(1) }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(ring).min(1)).min(1) }),
]);

const manifestCategory = z
  .object({
    id: z.string(),
    name: z.string(),
    group: z.string(),
    kind: z.enum(CATEGORY_KINDS),
    /** True for the category of 地域包括支援センター (the prefecture's list of 包括 reads this). */
    houkatsu: z.boolean(),
  })
  .meta({ title: '種別' });

const manifestArea = z
  .object({
    id: z.string(),
    name: z.string(),
    kana: z.string(),
    level: z.enum(AREA_LEVELS),
    parent: z.string().optional(),
    /** 町丁目 as the content writes them (the finder matches addresses against these). */
    towns: z.array(z.string()).optional(),
    population: z.object({ total: count, elderly: count, asOf: z.string() }).optional().meta({ title: '人口' }),
    boundary: boundary.optional(),
    /** Active entries per category counted for this area (the site's own 「見える化」 rule). */
    counts: z.record(z.string(), count).meta({ title: '種別ごとの数' }),
  })
  .meta({ title: '地域' });

const manifestWindow = z
  .object({
    id: z.string(),
    name: z.string(),
    kana: z.string(),
    category: z.string(),
    status: z.enum(['active', 'suspended', 'closed']),
    /** Only for professionals (never offered to residents as a first contact). */
    professionalOnly: z.boolean(),
    topics: z.array(z.string()),
    servesAreas: z.array(z.string()),
    phone: phone.optional(),
    address: z.string().optional(),
    /** The window's page on the site. */
    path: relativePath('ページ'),
  })
  .meta({ title: '相談窓口' });

/** /data/site.json. */
export const siteManifestSchema = z
  .object({
    manifestVersion: z.literal(MANIFEST_VERSION),
    name: z.string().min(1),
    municipality: z.object({
      name: z.string().min(1),
      code: z.string().regex(/^\d{6}$/),
      kana: z.string().optional(),
    }),
    sample: z.boolean(),
    /** ISO 8601 time of the build (SOURCE_DATE_EPOCH when set). */
    builtAt: z.iso.datetime({ offset: true }),
    contact: z.object({ name: z.string(), phone }),
    /** 65歳以上人口: the municipality's own figure, else the sum of one level of areas; absent when unknown. */
    elderly: count.optional(),
    /** [west, south, east, north] of every area boundary and located resource; absent with neither. */
    bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]).optional(),
    counts: z
      .object({
        resources: count,
        windows: count,
        byCategory: z.record(z.string(), count),
        /** Areas per level (市区町村, 圏域, 地区). */
        areasByLevel: z.record(z.enum(AREA_LEVELS), count),
      })
      .meta({ title: '数' }),
    freshness: z
      .object({
        staleAfterMonths: z.number().int().positive(),
        /** Entries (resources and networks) that have a 情報確認日. */
        entries: count,
        /** Of those, entries past staleAfterMonths at build time. */
        stale: count,
        /** stale / entries, 0 when there are none. */
        staleShare: z.number().min(0).max(1),
        oldestVerifiedAt: z.string().optional(),
      })
      .meta({ title: '鮮度' }),
    links: z
      .object({
        home: relativePath('トップページ'),
        /** The Pagefind bundle folder (pagefind.js, pagefind-entry.json). */
        searchIndex: relativePath('検索索引'),
        /** Every located resource as GeoJSON (short keys: see docs/data.md). */
        mapData: relativePath('地図のデータ'),
        areasGeoJSON: relativePath('地域の境界'),
        /** The finder's answer page; {topic} and {area} are replaced by ids. */
        finderAnswer: relativePath('窓口探しの答え'),
        /** A resource's page; {id} is replaced. */
        resource: relativePath('資源のページ'),
        /** An area's page; {id} is replaced. */
        area: relativePath('地域のページ'),
        exports: z.object({
          csv: relativePath('CSV'),
          geojson: relativePath('GeoJSON'),
          hsds: relativePath('HSDS'),
        }),
      })
      .meta({ title: 'リンク' }),
    categories: z.array(manifestCategory),
    topics: z.array(z.object({ id: z.string(), name: z.string() })),
    areas: z.array(manifestArea),
    windows: z.array(manifestWindow),
  })
  .meta({ title: 'サイトの目録（/data/site.json）' });

export type SiteManifest = z.output<typeof siteManifestSchema>;
export type ManifestArea = SiteManifest['areas'][number];
export type ManifestWindow = SiteManifest['windows'][number];
export type ManifestCategory = SiteManifest['categories'][number];

/** The JSON Schema of the manifest, published at /schemas/site-manifest.schema.json. */
export function manifestJsonSchema(): Record<string, unknown> {
  return {
    $id: 'site-manifest.schema.json',
    ...(z.toJSONSchema(siteManifestSchema, { target: 'draft-07', io: 'output' }) as Record<string, unknown>),
  };
}
