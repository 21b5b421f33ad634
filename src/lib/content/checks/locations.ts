/**
 * Where things are on the map: a resource's location must be in Japan (a swapped lat/lng is named
 * as such) and is expected inside the municipality's boundary; the map's centre in site.yaml must
 * be in Japan too.
 */
import { contains, isInJapan, type Boundary } from '../../map/geo.ts';
import type { Reporter } from '../diagnostics.ts';
import type { LoadedContent } from '../load.ts';
import { problem, RULES } from '../rules.ts';
import { municipalitiesOf } from './areas.ts';
import type { SiteFile } from './top-level-files.ts';

export function checkLocations(loaded: LoadedContent, report: Reporter): void {
  const municipality = municipalitiesOf(loaded)[0];
  const boundary = municipality?.data.boundary as Boundary | undefined;
  for (const { id, data: resource } of loaded.resources) {
    if (!resource.location) continue;
    const { lat, lng } = resource.location;
    if (!isInJapan(lat, lng)) {
      const rule = isInJapan(lng, lat) ? RULES.locationSwapped : RULES.locationOutsideJapan;
      report.inEntry('resources', id, ['location'], problem(rule, { lat, lng }));
    } else if (boundary && !contains(boundary, [lng, lat])) {
      const found = problem(RULES.locationOutsideMunicipality, { lat, lng, municipality: municipality!.data.name });
      report.inEntry('resources', id, ['location'], found);
    }
  }
}

export function checkMapCenter({ file, site, source }: SiteFile, report: Reporter): void {
  if (!site || !source) return;
  const [lng, lat] = site.map.center;
  if (isInJapan(lat, lng)) return;
  const found = problem(RULES.mapCenterOutsideJapan, { lat, lng });
  report.inFile(file, found, source.locate(['map', 'center']), 'map.center');
}
