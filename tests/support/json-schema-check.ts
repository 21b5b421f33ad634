/**
 * A small JSON Schema checker for the keywords the vendored HSDS 3.0 schemas use: type,
 * properties, required, items, $ref (to sibling files by name, or to #), enum and format
 * (uuid, uri, email, date, date-time). Non-validating keywords (title, description, example,
 * constraints, core, datapackage_*) are ignored. Any other keyword makes the checker refuse the
 * schema, so a schema that needs more than this is noticed instead of silently half-checked.
 * With `strict`, properties a schema does not name are reported too (catches typos in exports).
 */

export type JsonSchema = Record<string, unknown>;

export interface SchemaProblem {
  /** JSON path of the value, e.g. $[3].phones[0].number */
  path: string;
  message: string;
}

const VALIDATING = new Set(['type', 'properties', 'required', 'items', '$ref', 'enum', 'format']);
const ANNOTATIONS = new Set([
  'name',
  'title',
  'description',
  'example',
  'examples',
  'constraints',
  'core',
  'path',
  '$id',
  '$schema',
  'datapackage_metadata',
  'datapackage_type',
  'tabular_required',
  'order',
  'default',
]);

const FORMATS: Record<string, (value: string) => boolean> = {
  uuid: (value) => /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i.test(value),
  uri: (value) => {
    try {
      return new URL(value).protocol.length > 1;
    } catch {
      return false;
    }
  },
  email: (value) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value),
  date: (value) => /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)),
  'date-time': (value) =>
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value) &&
    !Number.isNaN(Date.parse(value)),
};
// HSDS spells date-time once as "datetime".
FORMATS.datetime = FORMATS['date-time'];

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function matchesType(value: unknown, type: string): boolean {
  const actual = typeOf(value);
  return actual === type || (type === 'number' && actual === 'integer');
}

export interface CheckOptions {
  /** Report properties the schema does not declare. */
  strict?: boolean;
}

/**
 * Checks `value` against `schema`. `schemas` resolves "$ref": "phone.json" by file name.
 * Throws when a schema uses a keyword this checker does not implement.
 */
export function checkJsonSchema(
  value: unknown,
  schema: JsonSchema,
  schemas: Record<string, JsonSchema>,
  options: CheckOptions = {},
): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  const visit = (node: unknown, current: JsonSchema, path: string, root: JsonSchema) => {
    for (const key of Object.keys(current)) {
      if (!VALIDATING.has(key) && !ANNOTATIONS.has(key))
        throw new Error(`unsupported JSON Schema keyword "${key}" at ${path}`);
    }
    if (typeof current.$ref === 'string') {
      const ref = current.$ref;
      const target = ref === '#' ? root : schemas[ref.replace(/^.*\//, '')];
      if (!target) throw new Error(`unresolved $ref "${ref}" at ${path}`);
      visit(node, target, path, ref === '#' ? root : target);
      return;
    }
    if (typeof current.type === 'string' && !matchesType(node, current.type)) {
      problems.push({ path, message: `expected ${current.type}, got ${typeOf(node)}` });
      return;
    }
    if (Array.isArray(current.enum) && !current.enum.some((allowed) => allowed === node)) {
      problems.push({ path, message: `${JSON.stringify(node)} is not one of ${JSON.stringify(current.enum)}` });
    }
    if (typeof current.format === 'string' && typeof node === 'string') {
      const check = FORMATS[current.format];
      if (!check) throw new Error(`unsupported format "${current.format}" at ${path}`);
      if (!check(node)) problems.push({ path, message: `"${node}" is not a valid ${current.format}` });
    }
    if (typeOf(node) === 'object') {
      const object = node as Record<string, unknown>;
      const properties = (current.properties ?? {}) as Record<string, JsonSchema>;
      for (const name of (current.required ?? []) as string[]) {
        if (!(name in object)) problems.push({ path, message: `missing required property "${name}"` });
      }
      for (const [name, child] of Object.entries(object)) {
        if (properties[name]) visit(child, properties[name], `${path}.${name}`, root);
        else if (options.strict && current.properties)
          problems.push({ path: `${path}.${name}`, message: 'property not in the schema' });
      }
    }
    if (Array.isArray(node) && current.items && typeof current.items === 'object') {
      node.forEach((item, index) => visit(item, current.items as JsonSchema, `${path}[${index}]`, root));
    }
  };
  visit(value, schema, '$', schema);
  return problems;
}
