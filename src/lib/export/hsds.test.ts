/**
 * The HSDS export of the sample town against the official HSDS 3.0 JSON Schemas (vendored as
 * test data in tests/vendor/hsds-3.0, CC BY-SA 4.0), plus the recurrence rules.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkJsonSchema, type JsonSchema } from '../../../tests/support/json-schema-check.ts';
import type { SiteModel } from '../model/model.ts';
import { buildHsds, HSDS_SCHEMA_OF, HSDS_TABLES, recurrenceOf, rruleOf, uuidV5, type HsdsExport } from './hsds.ts';
import { loadModel } from '../model/load-model.ts';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const SCHEMA_DIR = path.join(ROOT, 'tests/vendor/hsds-3.0/schema');
const schemas: Record<string, JsonSchema> = {};
for (const file of readdirSync(SCHEMA_DIR))
  schemas[file] = JSON.parse(readFileSync(path.join(SCHEMA_DIR, file), 'utf8'));

let model: SiteModel;
let hsds: HsdsExport;
beforeAll(async () => {
  ({ model } = await loadModel(path.join(ROOT, 'content'), '2026-11-22'));
  hsds = buildHsds(model);
});

describe('HSDS 3.0 export', () => {
  it('validates every record of every file against the official schema (strictly: no unknown properties)', () => {
    for (const table of HSDS_TABLES) {
      const schema = schemas[HSDS_SCHEMA_OF[table]];
      expect(hsds[table].length, table).toBeGreaterThan(0);
      const problems = hsds[table].flatMap((record, index) =>
        checkJsonSchema(record, schema, schemas, { strict: true }).map(
          (problem) => `${table}[${index}]${problem.path.slice(1)}: ${problem.message}`,
        ),
      );
      expect(problems).toEqual([]);
    }
  });

  it('gives every record a unique id and resolves every link', () => {
    const ids = new Set<string>();
    for (const table of HSDS_TABLES)
      for (const record of hsds[table]) {
        expect(ids.has(record.id as string), `${table} ${record.id}`).toBe(false);
        ids.add(record.id as string);
      }
    const idsOf = (table: keyof HsdsExport) => new Set(hsds[table].map((record) => record.id));
    const services = idsOf('services');
    const locations = idsOf('locations');
    const organizations = idsOf('organizations');
    for (const link of hsds.service_at_location) {
      expect(services.has(link.service_id)).toBe(true);
      expect(locations.has(link.location_id)).toBe(true);
    }
    for (const service of hsds.services)
      if (service.organization_id) expect(organizations.has(service.organization_id)).toBe(true);
    for (const schedule of hsds.schedules) expect(services.has(schedule.service_id)).toBe(true);
    for (const area of hsds.service_areas) expect(services.has(area.service_id)).toBe(true);
  });

  it('exports one service per resource, windows with their service areas, statuses mapped', () => {
    expect(hsds.services).toHaveLength(model.resources.length);
    const window = model.windows.find((resource) => (resource.servesAreas?.length ?? 0) > 1)!;
    const serviceId = uuidV5(`${model.site.municipality.code}/service/${window.id}`);
    const areas = hsds.service_areas.filter((area) => area.service_id === serviceId).map((area) => area.name);
    expect(areas).toEqual(window.servesAreas!.map((id) => model.areaById.get(id)!.name));
    const statuses = new Set(hsds.services.map((service) => service.status));
    expect(
      [...statuses].every((status) =>
        ['active', 'inactive', 'defunct', 'temporarily closed'].includes(status as string),
      ),
    ).toBe(true);
  });

  it('is stable: the same ids on every build', () => {
    expect(buildHsds(model)).toEqual(hsds);
    expect(uuidV5('139999/service/x')).toBe(uuidV5('139999/service/x'));
    expect(uuidV5('139999/service/x')).not.toBe(uuidV5('139999/service/y'));
    expect(uuidV5('139999/service/x')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe('uuidV5', () => {
  it('matches the RFC 9562 example (namespace DNS, www.example.com)', () => {
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    );
  });
});

describe('recurrence (RRULE parts)', () => {
  it('writes a weekly rule with BYDAY', () => {
    expect(recurrenceOf({ days: ['mon', 'tue', 'wed', 'thu', 'fri'], time: '08:30-17:15' })).toEqual({
      freq: 'WEEKLY',
      byday: 'MO,TU,WE,TH,FR',
    });
    expect(rruleOf({ days: ['sat'], time: '09:00-12:00' })).toBe('FREQ=WEEKLY;BYDAY=SA');
  });

  it('writes 第2・第4 as the nth weekday of the month', () => {
    expect(recurrenceOf({ days: ['sat'], time: '09:00-12:00', weeks: [2, 4] })).toEqual({
      freq: 'MONTHLY',
      byday: '2SA,4SA',
    });
    expect(rruleOf({ days: ['tue', 'thu'], time: '13:00-15:00', weeks: [1] })).toBe('FREQ=MONTHLY;BYDAY=1TU,1TH');
  });

  it('puts opening and closing times and closures on the schedule', () => {
    const withWeeks = model.resources.find((resource) => resource.hours?.some((rule) => rule.weeks));
    expect(withWeeks, 'the sample town has 第n週 hours').toBeDefined();
    const serviceId = uuidV5(`${model.site.municipality.code}/service/${withWeeks!.id}`);
    const monthly = hsds.schedules.filter(
      (schedule) => schedule.service_id === serviceId && schedule.freq === 'MONTHLY',
    );
    expect(monthly.length).toBeGreaterThan(0);
    expect(monthly[0].byday).toMatch(/^\d[A-Z]{2}(,\d[A-Z]{2})*$/);
    for (const schedule of hsds.schedules) expect(schedule.opens_at).toMatch(/^\d{2}:\d{2}$/);
  });
});
