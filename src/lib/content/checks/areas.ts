/**
 * The areas tree: exactly one municipality (市区町村) at the top, and every other area under a
 * parent of a higher level (municipality → region → district).
 */
import path from 'node:path';
import type { Area } from '../../../schemas/index.ts';
import type { Reporter } from '../diagnostics.ts';
import type { Entry, LoadedContent } from '../load.ts';
import { problem, RULES } from '../rules.ts';

const LEVEL_ORDER = { municipality: 0, region: 1, district: 2 } as const;

/** The areas of level municipality, in file order (the first is the town itself). */
export function municipalitiesOf(loaded: LoadedContent): Entry<Area>[] {
  return loaded.areas.filter((entry) => entry.data.level === 'municipality');
}

export function checkAreaLevels(loaded: LoadedContent, report: Reporter): void {
  checkOneMunicipality(loaded, report);
  const areaById = new Map(loaded.areas.map((entry) => [entry.id, entry]));
  for (const entry of loaded.areas) checkParentLevel(entry, areaById, report);
}

function checkOneMunicipality(loaded: LoadedContent, report: Reporter): void {
  const municipalities = municipalitiesOf(loaded);
  if (loaded.areas.length > 0 && municipalities.length === 0) {
    report.inFile(path.join(loaded.dir, 'areas'), problem(RULES.noMunicipality));
  }
  for (const extra of municipalities.slice(1)) {
    report.inEntry('areas', extra.id, ['level'], problem(RULES.secondMunicipality, { first: municipalities[0].id }));
  }
}

function checkParentLevel(entry: Entry<Area>, areaById: Map<string, Entry<Area>>, report: Reporter): void {
  const { level, parent } = entry.data;
  if (level === 'municipality') {
    if (parent !== undefined) report.inEntry('areas', entry.id, ['parent'], problem(RULES.municipalityParent));
    return;
  }
  if (parent === undefined) {
    report.inEntry('areas', entry.id, ['level'], problem(RULES.areaParentRequired));
    return;
  }
  const parentArea = areaById.get(parent);
  if (parentArea && LEVEL_ORDER[parentArea.data.level] >= LEVEL_ORDER[level]) {
    const found = problem(RULES.areaLevelOrder, { parent, parentLevel: parentArea.data.level, level });
    report.inEntry('areas', entry.id, ['parent'], found);
  }
}
