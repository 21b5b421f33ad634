/**
 * Open Referral HSDS 3.0 (Human Services Data Specification) as JSON files under /data/hsds/:
 * one array per table (organizations, services, locations, service_at_location, schedules,
 * service_areas, phones, addresses). HSDS wants UUIDs; ours are name-based (RFC 9562 version 5)
 * from the site's municipality code and our ids, so they stay the same build after build.
 *
 * Opening hours become RFC 5545 recurrence parts: every week → FREQ=WEEKLY;BYDAY=MO,TU;
 * 第2・第4土曜 → FREQ=MONTHLY;BYDAY=2SA,4SA (the nth weekday of the month).
 */
import { createHash } from 'node:crypto';
import { type Day, type HoursRule } from '../../schemas/hours.ts';
import { closureSentence, formatTimeRange, formatWeeks } from '../hours/hours.ts';
import type { OrganizationView, ResourceView, SiteModel } from '../model/model.ts';
import { DAY_LABELS } from '../../schemas/hours.ts';
import { prefectureOfCode } from './prefectures.ts';
import { htmlToText } from './text.ts';

/** A fixed namespace for this software; the municipality code and id make each name unique. */
const NAMESPACE = 'b9a3c0de-5f1e-4b6a-9c2d-6a1f3e8d7c45';

const uuidBytes = (uuid: string) => Buffer.from(uuid.replace(/-/g, ''), 'hex');
/** Made once: an HSDS export makes an id for every record. */
const NAMESPACE_BYTES = uuidBytes(NAMESPACE);

/** RFC 9562 version-5 UUID (SHA-1, name-based). */
export function uuidV5(name: string, namespace = NAMESPACE): string {
  const ns = namespace === NAMESPACE ? NAMESPACE_BYTES : uuidBytes(namespace);
  const hash = createHash('sha1').update(ns).update(name, 'utf8').digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const RRULE_DAYS: Record<Day, string> = { mon: 'MO', tue: 'TU', wed: 'WE', thu: 'TH', fri: 'FR', sat: 'SA', sun: 'SU' };

export interface RecurrenceParts {
  freq: 'WEEKLY' | 'MONTHLY';
  byday: string;
}

/** The recurrence of one hours rule, as HSDS's freq + byday. */
export function recurrenceOf(rule: HoursRule): RecurrenceParts {
  if (!rule.weeks) return { freq: 'WEEKLY', byday: rule.days.map((day) => RRULE_DAYS[day]).join(',') };
  const byday = rule.weeks.flatMap((week) => rule.days.map((day) => `${week}${RRULE_DAYS[day]}`));
  return { freq: 'MONTHLY', byday: byday.join(',') };
}

/** The whole RRULE text (RFC 5545), e.g. for feeds that want one string. */
export function rruleOf(rule: HoursRule): string {
  const { freq, byday } = recurrenceOf(rule);
  return `FREQ=${freq};BYDAY=${byday}`;
}

const STATUS = { active: 'active', suspended: 'temporarily closed', closed: 'defunct' } as const;

export interface HsdsExport {
  organizations: Record<string, unknown>[];
  services: Record<string, unknown>[];
  locations: Record<string, unknown>[];
  service_at_location: Record<string, unknown>[];
  schedules: Record<string, unknown>[];
  service_areas: Record<string, unknown>[];
  phones: Record<string, unknown>[];
  addresses: Record<string, unknown>[];
}

export const HSDS_TABLES = [
  'organizations',
  'services',
  'locations',
  'service_at_location',
  'schedules',
  'service_areas',
  'phones',
  'addresses',
] as const;
export type HsdsTable = (typeof HSDS_TABLES)[number];

/** Which HSDS JSON Schema each file's items follow. */
export const HSDS_SCHEMA_OF: Record<HsdsTable, string> = {
  organizations: 'organization.json',
  services: 'service.json',
  locations: 'location.json',
  service_at_location: 'service_at_location.json',
  schedules: 'schedule.json',
  service_areas: 'service_area.json',
  phones: 'phone.json',
  addresses: 'address.json',
};

function describeResource(resource: ResourceView): string | undefined {
  const text = resource.html ? htmlToText(resource.html).replace(/\n/g, ' ') : '';
  return text || undefined;
}

const built = new WeakMap<SiteModel, HsdsExport>();

/** The HSDS tables of a model (computed once per model: every file of /data/hsds/ asks). */
export function buildHsds(model: SiteModel): HsdsExport {
  let result = built.get(model);
  if (!result) built.set(model, (result = computeHsds(model)));
  return result;
}

/** What every table writer shares: the model, the tables so far, and the id maker. */
interface HsdsContext {
  model: SiteModel;
  out: HsdsExport;
  /** The record's UUID, from the municipality code, the kind of record and our key. */
  id: (kind: string, key: string) => string;
  prefecture: string;
}

/** One resource as HSDS sees it: a service, at a location when it has an address or a point. */
interface ServiceRecord {
  resource: ResourceView;
  serviceId: string;
  locationId?: string;
  salId?: string;
}

function addOrganization({ out, id }: HsdsContext, organization: OrganizationView): void {
  const orgId = id('organization', organization.id);
  out.organizations.push({
    id: orgId,
    name: organization.name,
    // HSDS requires a description; we have none, so say what kind of body it is.
    description: organization.type ? `${organization.name}（${organization.type}）` : organization.name,
    ...(organization.url ? { website: organization.url } : {}),
    ...(organization.parent ? { parent_organization_id: id('organization', organization.parent) } : {}),
  });
  if (organization.phone) {
    const phoneId = id('phone', `organization/${organization.id}`);
    out.phones.push({ id: phoneId, organization_id: orgId, number: organization.phone, type: 'voice' });
  }
}

function addService({ out, id }: HsdsContext, resource: ResourceView): string {
  const serviceId = id('service', resource.id);
  const description = describeResource(resource);
  out.services.push({
    id: serviceId,
    name: resource.name,
    alternate_name: resource.kana,
    status: STATUS[resource.status],
    ...(resource.operator ? { organization_id: id('organization', resource.operator) } : {}),
    ...(description ? { description } : {}),
    ...(resource.url ? { url: resource.url } : {}),
    ...(resource.email ? { email: resource.email } : {}),
    ...(resource.costNote ? { fees_description: resource.costNote } : {}),
    eligibility_description: resource.professionalOnly ? '医療・介護の専門職向け' : undefined,
    assured_date: resource.verifiedAt,
  });
  const last = out.services.at(-1)!;
  if (last.eligibility_description === undefined) delete last.eligibility_description;
  return serviceId;
}

type LocationIds = Pick<ServiceRecord, 'locationId' | 'salId'>;

/** The location, its address and the service-at-location link; the ids, or none without a place. */
function addLocation(context: HsdsContext, resource: ResourceView, serviceId: string): LocationIds {
  const { out, id, model, prefecture } = context;
  if (!resource.location && !resource.address) return {};
  const locationId = id('location', resource.id);
  const salId = id('service_at_location', resource.id);
  out.locations.push({
    id: locationId,
    location_type: 'physical',
    name: resource.name,
    ...(resource.operator ? { organization_id: id('organization', resource.operator) } : {}),
    ...(resource.location ? { latitude: resource.location.lat, longitude: resource.location.lng } : {}),
  });
  if (resource.address) {
    out.addresses.push({
      id: id('address', resource.id),
      location_id: locationId,
      address_1: resource.address,
      city: model.site.municipality.name,
      state_province: prefecture,
      postal_code: resource.postalCode ?? '',
      country: 'JP',
      address_type: 'physical',
    });
  }
  out.service_at_location.push({ id: salId, service_id: serviceId, location_id: locationId });
  return { locationId, salId };
}

function addPhones({ out, id }: HsdsContext, { resource, serviceId, locationId }: ServiceRecord): void {
  for (const [kind, number] of [
    ['voice', resource.phone],
    ['fax', resource.fax],
  ] as const) {
    if (!number) continue;
    const at = locationId ? { location_id: locationId } : {};
    out.phones.push({ id: id('phone', `${resource.id}/${kind}`), service_id: serviceId, ...at, number, type: kind });
  }
}

/** One schedule per hours rule, with the closures and the hours note as its notes. */
function addSchedules({ out, id }: HsdsContext, { resource, serviceId, locationId, salId }: ServiceRecord): void {
  const closures = closureSentence(resource.closed);
  (resource.hours ?? []).forEach((rule, index) => {
    const [opens, closes] = rule.time.split('-');
    const days = rule.days.map((day) => DAY_LABELS[day]).join('・');
    out.schedules.push({
      id: id('schedule', `${resource.id}/${index}`),
      service_id: serviceId,
      ...(locationId ? { location_id: locationId } : {}),
      ...(salId ? { service_at_location_id: salId } : {}),
      ...recurrenceOf(rule),
      wkst: 'MO',
      opens_at: opens,
      closes_at: closes,
      description: `${rule.weeks ? `${formatWeeks(rule.weeks)}` : '毎週'}${days}曜 ${formatTimeRange(rule.time)}`,
      ...(closures || resource.hoursNote ? { notes: [closures, resource.hoursNote].filter(Boolean).join('。') } : {}),
    });
  });
}

function addServiceAreas({ out, id, model }: HsdsContext, { resource, serviceId }: ServiceRecord): void {
  for (const areaId of resource.servesAreas ?? []) {
    const area = model.areaById.get(areaId);
    if (!area) continue;
    out.service_areas.push({
      id: id('service_area', `${resource.id}/${areaId}`),
      service_id: serviceId,
      name: area.name,
      ...(area.towns?.length ? { description: area.towns.join('、') } : {}),
      ...(area.boundary ? { extent: JSON.stringify(area.boundary), extent_type: 'geojson' } : {}),
    });
  }
}

function computeHsds(model: SiteModel): HsdsExport {
  const code = model.site.municipality.code;
  const context: HsdsContext = {
    model,
    out: {
      organizations: [],
      services: [],
      locations: [],
      service_at_location: [],
      schedules: [],
      service_areas: [],
      phones: [],
      addresses: [],
    },
    id: (kind, key) => uuidV5(`${code}/${kind}/${key}`),
    prefecture: prefectureOfCode(code) ?? '',
  };
  for (const organization of model.organizations) addOrganization(context, organization);
  for (const resource of model.resources) {
    const serviceId = addService(context, resource);
    const record: ServiceRecord = { resource, serviceId, ...addLocation(context, resource, serviceId) };
    addPhones(context, record);
    addSchedules(context, record);
    addServiceAreas(context, record);
  }
  return context.out;
}

/** /data/hsds/index.json: what is here, in which version, from whom. */
export function hsdsIndex(model: SiteModel, files: Record<HsdsTable, string>) {
  const data = buildHsds(model);
  return {
    specification: 'Open Referral HSDS',
    version: '3.0',
    publisher: model.site.municipality.name,
    title: model.site.name,
    sample: model.site.sample,
    files: HSDS_TABLES.map((table) => ({
      name: table,
      path: files[table],
      schema: HSDS_SCHEMA_OF[table],
      count: data[table].length,
    })),
  };
}
