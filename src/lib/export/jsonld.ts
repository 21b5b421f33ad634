/**
 * schema.org JSON-LD for a resource's page: GovernmentService for support windows, Hospital /
 * MedicalClinic / Dentist / Pharmacy where the category says so, LocalBusiness for other
 * services and facilities, Place for 通いの場. Weekly hours become openingHoursSpecification;
 * 第n週 rules and 祝日 closures have no schema.org form and are left to the page text.
 */
import type { ResourceView, SiteModel } from '../model/model.ts';
import { prefectureOfCode } from './prefectures.ts';

const DAY_URIS = {
  mon: 'https://schema.org/Monday',
  tue: 'https://schema.org/Tuesday',
  wed: 'https://schema.org/Wednesday',
  thu: 'https://schema.org/Thursday',
  fri: 'https://schema.org/Friday',
  sat: 'https://schema.org/Saturday',
  sun: 'https://schema.org/Sunday',
} as const;

/** The schema.org type of a resource, from its category's kind, id and name. */
export function schemaTypeOf(resource: ResourceView): string {
  const category = resource.categoryInfo;
  if (category.kind === 'window') return 'GovernmentService';
  const words = `${category.id} ${category.name}`;
  if (/dental|歯科/.test(words)) return 'Dentist';
  if (/pharmacy|薬局/.test(words)) return 'Pharmacy';
  if (/hospital|病院/.test(words)) return 'Hospital';
  if (/clinic|診療所|クリニック|医院/.test(words)) return 'MedicalClinic';
  if (category.kind === 'place') return 'Place';
  return 'LocalBusiness';
}

export function openingHoursOf(resource: ResourceView) {
  return (resource.hours ?? [])
    .filter((rule) => !rule.weeks)
    .map((rule) => {
      const [opens, closes] = rule.time.split('-');
      return {
        '@type': 'OpeningHoursSpecification',
        dayOfWeek: rule.days.map((day) => DAY_URIS[day]),
        opens,
        closes: closes === '24:00' ? '23:59' : closes,
      };
    });
}

export function resourceJsonLd(resource: ResourceView, model: SiteModel, pageUrl?: string): Record<string, unknown> {
  const { site } = model;
  const type = schemaTypeOf(resource);
  const address = resource.address
    ? {
        '@type': 'PostalAddress',
        streetAddress: resource.address,
        addressLocality: site.municipality.name,
        addressRegion: prefectureOfCode(site.municipality.code),
        ...(resource.postalCode ? { postalCode: resource.postalCode } : {}),
        addressCountry: 'JP',
      }
    : undefined;
  const geo = resource.location
    ? { '@type': 'GeoCoordinates', latitude: resource.location.lat, longitude: resource.location.lng }
    : undefined;
  const hours = openingHoursOf(resource);
  const operator = resource.operator ? model.organizationById.get(resource.operator) : undefined;
  const place = {
    ...(address ? { address } : {}),
    ...(geo ? { geo } : {}),
    ...(resource.phone ? { telephone: resource.phone } : {}),
    ...(resource.fax ? { faxNumber: resource.fax } : {}),
    ...(hours.length ? { openingHoursSpecification: hours } : {}),
  };
  const common = {
    '@context': 'https://schema.org',
    '@type': type,
    ...(pageUrl ? { '@id': `${pageUrl}#resource`, url: pageUrl } : {}),
    name: resource.name,
    ...(resource.url ? { sameAs: resource.url } : {}),
    ...(resource.email ? { email: resource.email } : {}),
  };
  if (type === 'GovernmentService') {
    return {
      ...common,
      serviceType: resource.categoryInfo.name,
      ...(operator ? { provider: { '@type': 'Organization', name: operator.name } } : {}),
      areaServed: (resource.servesAreas ?? []).map((id) => ({
        '@type': 'AdministrativeArea',
        name: model.areaById.get(id)?.name ?? id,
      })),
      availableChannel: {
        '@type': 'ServiceChannel',
        ...(resource.phone ? { servicePhone: { '@type': 'ContactPoint', telephone: resource.phone } } : {}),
        ...(Object.keys(place).length ? { serviceLocation: { '@type': 'Place', name: resource.name, ...place } } : {}),
      },
    };
  }
  return {
    ...common,
    ...place,
    ...(operator && type !== 'Place' ? { parentOrganization: { '@type': 'Organization', name: operator.name } } : {}),
  };
}

/**
 * JSON for inside <script type="application/ld+json">: `<` `>` `&` and the JavaScript line
 * separators are written as \u escapes, so no content can close the script element.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
