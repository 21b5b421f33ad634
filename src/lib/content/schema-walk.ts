/**
 * Walking a Zod schema alongside a data path, to read what the schema says about a field:
 * its Japanese title, the keys an object allows, the collection a reference points to.
 * This is what lets the validator, the editor schema and the CMS config share one field list.
 */
import { z } from 'astro/zod';
import type { FieldMeta } from '../../schemas/common.ts';

type AnySchema = z.core.$ZodType;

function def(schema: AnySchema): { type: string } & Record<string, unknown> {
  return (schema as unknown as { _zod: { def: { type: string } & Record<string, unknown> } })._zod.def;
}

/** The metadata registered on a schema or any wrapper around it (optional, default, pipe …). */
export function metaOf(schema: AnySchema | undefined): FieldMeta {
  const found: FieldMeta = {};
  let current: AnySchema | undefined = schema;
  for (let depth = 0; current && depth < 10; depth++) {
    const meta = z.globalRegistry.get(current as z.ZodType) as FieldMeta | undefined;
    if (meta) for (const [key, value] of Object.entries(meta)) if (!(key in found)) found[key] = value;
    current = innerOf(current);
  }
  return found;
}

function innerOf(schema: AnySchema): AnySchema | undefined {
  const d = def(schema);
  switch (d.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return d.innerType as AnySchema;
    case 'pipe':
      // A transform's output carries no shape; the input side describes what staff write.
      return def(d.in as AnySchema).type === 'transform' ? (d.out as AnySchema) : (d.in as AnySchema);
    default:
      return undefined;
  }
}

/** The schema with optional/default/pipe wrappers removed. */
export function unwrap(schema: AnySchema): AnySchema {
  let current = schema;
  for (let depth = 0; depth < 10; depth++) {
    const inner = innerOf(current);
    if (!inner) break;
    current = inner;
  }
  return current;
}

/** The schema of a child at one path segment, or undefined when the schema has no such child. */
export function childSchema(schema: AnySchema, segment: PropertyKey, data?: unknown): AnySchema | undefined {
  const base = unwrap(schema);
  const d = def(base);
  switch (d.type) {
    case 'object':
      // Own keys only: a key written in the content such as __proto__ or constructor names no field.
      return Object.hasOwn(d.shape as object, String(segment))
        ? (d.shape as Record<string, AnySchema>)[String(segment)]
        : undefined;
    case 'array':
      return d.element as AnySchema;
    case 'tuple':
      return (d.items as AnySchema[])[Number(segment)];
    case 'record':
      return d.valueType as AnySchema;
    case 'union': {
      const options = d.options as AnySchema[];
      // For a discriminated union pick the option whose literal matches the data.
      for (const option of options) {
        const child = childSchema(option, segment, data);
        if (child && objectKeys(option)?.includes(String(segment))) {
          if (data && typeof data === 'object' && 'type' in data) {
            const typeSchema = childSchema(option, 'type');
            const literal = typeSchema ? (def(unwrap(typeSchema)).values as unknown[] | undefined) : undefined;
            if (literal && !literal.includes((data as { type: unknown }).type)) continue;
          }
          return child;
        }
      }
      return undefined;
    }
    default:
      return undefined;
  }
}

/** Follows a whole data path. */
export function schemaAt(schema: AnySchema, path: readonly PropertyKey[], data?: unknown): AnySchema | undefined {
  let current: AnySchema | undefined = schema;
  let value = data;
  for (const segment of path) {
    if (!current) return undefined;
    current = childSchema(current, segment, value);
    value = value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[segment] : undefined;
  }
  return current;
}

/** Keys an object schema allows, or undefined when the schema is not an object. */
export function objectKeys(schema: AnySchema | undefined): string[] | undefined {
  if (!schema) return undefined;
  const base = unwrap(schema);
  const d = def(base);
  if (d.type === 'object') return Object.keys(d.shape as object);
  if (d.type === 'union') {
    const keys = new Set<string>();
    for (const option of d.options as AnySchema[]) for (const key of objectKeys(option) ?? []) keys.add(key);
    return [...keys];
  }
  return undefined;
}

export interface ReferenceSite {
  path: PropertyKey[];
  value: string;
  target: NonNullable<FieldMeta['ref']>;
  title?: string;
}

/** Every reference (fields with `ref` metadata) in a piece of parsed data. */
export function findReferences(schema: AnySchema, data: unknown, path: PropertyKey[] = []): ReferenceSite[] {
  const meta = metaOf(schema);
  if (meta.ref && typeof data === 'string') return [{ path, value: data, target: meta.ref, title: meta.title }];
  const sites: ReferenceSite[] = [];
  if (Array.isArray(data)) {
    data.forEach((item, index) => {
      const child = childSchema(schema, index, item);
      if (child) sites.push(...findReferences(child, item, [...path, index]));
    });
  } else if (data && typeof data === 'object') {
    for (const [key, value] of Object.entries(data)) {
      const child = childSchema(schema, key, data);
      if (child) sites.push(...findReferences(child, value, [...path, key]));
    }
  }
  return sites;
}

/** "hours[0].time" for messages. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out ? `.${String(segment)}` : String(segment);
  }
  return out;
}

/** Edit distance, for 「phne の間違いでは？ phone」. */
export function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0];
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j];
      previous[j] = Math.min(previous[j] + 1, previous[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length];
}

/** The closest allowed key, when it is close enough to be a likely typo. */
export function closestKey(unknown: string, allowed: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const key of allowed) {
    const distance = editDistance(unknown.toLowerCase(), key.toLowerCase());
    if (distance < bestDistance) {
      best = key;
      bestDistance = distance;
    }
  }
  const limit = Math.max(2, Math.floor((best?.length ?? 0) / 3));
  return best !== undefined && bestDistance <= limit ? best : undefined;
}
