/**
 * The fields a column of a municipality's list can be mapped to (`columns:` in the mapping file)
 * and that `defaults:` can set: every field of the resource schema that one cell can hold, read
 * from the schema itself, plus the few import-only targets that several columns build together
 * (曜日 + 開始時間 + 終了時間 → hours). A new optional field in the schema is a target at once.
 */
import type { z } from 'astro/zod';
import { resourceSchema } from '../../schemas/index.ts';
import { reportIssues } from '../content/error-map.ts';
import { childSchema, metaOf, objectKeys, unwrap } from '../content/schema-walk.ts';
import type { Field } from './layouts.ts';

type AnySchema = z.core.$ZodType;

/** How a cell's text becomes a value of the field (the schema then has the last word). */
export type TargetKind = 'text' | 'number' | 'boolean' | 'list';

export interface ImportTarget {
  /** Dotted path in the front matter (`location.lat`), or an import-only name (`hoursDays`). */
  path: string;
  /** The field's Japanese title, for the report and the docs. */
  title: string;
  kind: TargetKind;
  /** Only columns fill it (it is not a front-matter field of its own). */
  importOnly?: true;
}

/** Targets that are not one front-matter field: several columns make `hours`, one makes the body. */
const IMPORT_ONLY: ImportTarget[] = [
  { path: 'hoursDays', title: '曜日（「月～金」「月火水木金」「平日」）', kind: 'text', importOnly: true },
  { path: 'hoursStart', title: '開始時刻（「08:30」「8時30分」）', kind: 'text', importOnly: true },
  { path: 'hoursEnd', title: '終了時刻（「17:15」）', kind: 'text', importOnly: true },
  { path: 'body', title: '説明（本文）', kind: 'text', importOnly: true },
];

/** Fields that are lists of objects other than hours: one cell cannot say them. */
const NOT_FROM_A_CELL = new Set(['refersTo']);

function typeOf(schema: AnySchema): string {
  return (unwrap(schema) as unknown as { _zod: { def: { type: string } } })._zod.def.type;
}

function kindOf(schema: AnySchema): TargetKind {
  const type = typeOf(schema);
  if (type === 'number') return 'number';
  if (type === 'boolean') return 'boolean';
  if (type === 'array') return 'list';
  return 'text';
}

/** The schema's leaves, one level of nesting deep (location.lat, capacity.total, identifiers.…). */
function schemaTargets(): ImportTarget[] {
  const targets: ImportTarget[] = [];
  for (const key of objectKeys(resourceSchema) ?? []) {
    if (NOT_FROM_A_CELL.has(key)) continue;
    const schema = childSchema(resourceSchema, key)!;
    const nested = typeOf(schema) === 'object' ? objectKeys(schema) : undefined;
    if (nested) {
      for (const inner of nested) {
        const child = childSchema(schema, inner)!;
        targets.push({ path: `${key}.${inner}`, title: metaOf(child).title ?? inner, kind: kindOf(child) });
      }
      continue;
    }
    // hours is a list of rules; a cell may still hold it in the export's form (「月火水木金 08:30-17:15」).
    targets.push({ path: key, title: metaOf(schema).title ?? key, kind: key === 'hours' ? 'text' : kindOf(schema) });
  }
  return targets;
}

export const IMPORT_TARGETS: readonly ImportTarget[] = [...schemaTargets(), ...IMPORT_ONLY];

const BY_PATH = new Map(IMPORT_TARGETS.map((target) => [target.path, target]));

export function targetOf(path: string): ImportTarget | undefined {
  return BY_PATH.get(path);
}

/**
 * Targets the converter reads with its own rules (phones normalized, 種別 through the mapping rules,
 * hours from three columns …), by the name it gives them when it recognises a standard column.
 * A target not listed here is set as written and checked by the schema.
 */
export const FIELD_OF_TARGET: Readonly<Record<string, Field>> = {
  name: 'name',
  kana: 'kana',
  category: 'serviceType',
  status: 'status',
  operator: 'operatorName',
  audience: 'audience',
  targets: 'targets',
  topics: 'topics',
  servesAreas: 'servesAreas',
  address: 'address',
  postalCode: 'postalCode',
  'location.lat': 'lat',
  'location.lng': 'lng',
  phone: 'phone',
  fax: 'fax',
  email: 'email',
  url: 'url',
  hours: 'hoursDetail',
  hoursDays: 'days',
  hoursStart: 'opens',
  hoursEnd: 'closes',
  closed: 'closed',
  hoursNote: 'hoursNote',
  appointment: 'appointment',
  cost: 'cost',
  costNote: 'costNote',
  accessibility: 'accessibility',
  languages: 'languages',
  online: 'online',
  'capacity.total': 'capacity',
  'capacity.available': 'available',
  'capacity.asOf': 'capacityAsOf',
  verifiedAt: 'verifiedAt',
  source: 'source',
  'identifiers.jigyoshoNo': 'jigyoshoNo',
  'identifiers.iryoKikanCode': 'iryoKikanCode',
  'identifiers.corporateNo': 'corporateNo',
  body: 'description',
};

/** The schema of a front-matter target (undefined for the import-only ones). */
export function schemaOfTarget(path: string): z.ZodType | undefined {
  let schema: AnySchema | undefined = resourceSchema;
  for (const segment of path.split('.')) schema = schema && childSchema(schema, segment);
  return schema as z.ZodType | undefined;
}

/**
 * Why the schema refuses a value for a front-matter target, in the validator's own words and with
 * the field named as a resource file would name it (「closed[0]（休み）: …」); undefined when taken.
 */
export function targetValueProblem(target: string, value: unknown): string | undefined {
  const schema = schemaOfTarget(target);
  if (!schema) return undefined;
  const checked = schema.safeParse(value, { reportInput: true });
  if (checked.success) return undefined;
  const prefix = target.split('.');
  const issues = checked.error.issues.map((issue) => ({ ...issue, path: [...prefix, ...issue.path] }));
  const data: Record<string, unknown> = {};
  let here = data;
  prefix.forEach((segment, index) => {
    here[segment] = index === prefix.length - 1 ? value : {};
    here = here[segment] as Record<string, unknown>;
  });
  return reportIssues(resourceSchema, data, issues as never)[0]?.message ?? checked.error.issues[0].message;
}
