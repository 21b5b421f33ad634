import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkJsonSchema, type JsonSchema } from './json-schema-check.ts';

const phone: JsonSchema = {
  type: 'object',
  required: ['id', 'number'],
  properties: {
    id: { type: 'string', format: 'uuid' },
    number: { type: 'string' },
    extension: { type: 'number' },
    kind: { type: 'string', enum: ['voice', 'fax'] },
  },
};
const location: JsonSchema = {
  type: 'object',
  required: ['id'],
  properties: {
    id: { type: 'string', format: 'uuid', title: 'ignored', constraints: { unique: true } },
    url: { type: 'string', format: 'uri' },
    email: { type: 'string', format: 'email' },
    phones: { type: 'array', items: { $ref: 'phone.json' } },
  },
};
const schemas = { 'phone.json': phone, 'location.json': location };
const UUID = '6f1c2c5e-1d2b-5a3c-9e4f-0a1b2c3d4e5f';

describe('checkJsonSchema', () => {
  it('accepts a valid value', () => {
    expect(
      checkJsonSchema(
        { id: UUID, url: 'https://example.jp/', phones: [{ id: UUID, number: '042-123-4567', kind: 'fax' }] },
        location,
        schemas,
      ),
    ).toEqual([]);
  });

  it('reports wrong types with their path', () => {
    expect(checkJsonSchema({ id: UUID, phones: [{ id: UUID, number: 421234567 }] }, location, schemas)).toEqual([
      { path: '$.phones[0].number', message: 'expected string, got integer' },
    ]);
    expect(checkJsonSchema([], location, schemas)).toEqual([{ path: '$', message: 'expected object, got array' }]);
  });

  it('reports missing required properties, also through $ref', () => {
    expect(checkJsonSchema({ phones: [{ id: UUID }] }, location, schemas)).toEqual([
      { path: '$', message: 'missing required property "id"' },
      { path: '$.phones[0]', message: 'missing required property "number"' },
    ]);
  });

  it('checks enum and formats', () => {
    const problems = checkJsonSchema(
      { id: 'not-a-uuid', url: 'example.jp', email: 'no-at', phones: [{ id: UUID, number: '1', kind: 'pager' }] },
      location,
      schemas,
    );
    expect(problems.map((problem) => problem.path)).toEqual(['$.id', '$.url', '$.email', '$.phones[0].kind']);
  });

  it('lets integers pass as numbers but not the other way', () => {
    expect(checkJsonSchema({ id: UUID, number: '1', extension: 12 }, phone, schemas)).toEqual([]);
    expect(checkJsonSchema({ id: UUID, number: '1', extension: '12' }, phone, schemas)).toHaveLength(1);
  });

  it('reports undeclared properties only in strict mode', () => {
    expect(checkJsonSchema({ id: UUID, numbr: 'x', number: '1' }, phone, schemas)).toEqual([]);
    expect(checkJsonSchema({ id: UUID, numbr: 'x', number: '1' }, phone, schemas, { strict: true })).toEqual([
      { path: '$.numbr', message: 'property not in the schema' },
    ]);
  });

  it('refuses keywords it does not implement rather than ignoring them', () => {
    expect(() => checkJsonSchema({}, { type: 'object', additionalProperties: false }, {})).toThrow(
      /additionalProperties/,
    );
    expect(() => checkJsonSchema('x', { type: 'string', format: 'ipv4' }, {})).toThrow(/ipv4/);
    expect(() => checkJsonSchema({}, { $ref: 'missing.json' }, {})).toThrow(/unresolved/);
  });

  it('implements every keyword the vendored HSDS schemas use', () => {
    const dir = fileURLToPath(new URL('../vendor/hsds-3.0/schema/', import.meta.url));
    const all: Record<string, JsonSchema> = {};
    for (const file of readdirSync(dir)) all[file] = JSON.parse(readFileSync(dir + file, 'utf8'));
    // An empty object of each type walks the top level; a full example walks the nested ones.
    for (const schema of Object.values(all)) expect(() => checkJsonSchema({}, schema, all)).not.toThrow();
    const example = JSON.parse(
      readFileSync(fileURLToPath(new URL('../vendor/hsds-3.0/examples/service_full.json', import.meta.url)), 'utf8'),
    );
    expect(checkJsonSchema(example, all['service.json'], all)).toEqual([]);
  });
});
