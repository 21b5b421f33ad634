/**
 * The cross-border finder: a member's own finder rules (src/lib/finder/finder.ts) and 町名
 * matching (src/lib/areas/town-index.ts) run on what its manifest publishes (areas with towns,
 * windows with topics and 担当地区), so the portal answers exactly as the member's site would.
 */
import { buildTownIndex, lookupTown, type AreaForIndex, type TownMatch } from '../areas/town-index.ts';
import { findWindows, pickableAreas, type FinderAnswer } from '../finder/finder.ts';
import { buildModel, type SiteModel } from '../model/model.ts';
import type { Area, Resource, Site } from '../../schemas/index.ts';
import type { SiteManifest } from './manifest-schema.ts';

const models = new WeakMap<SiteManifest, SiteModel>();

/**
 * A site model holding only what the manifest has: the areas and the windows. Fields the finder
 * never reads (hours, location …) are absent; a window's audience is rebuilt from professionalOnly.
 */
export function memberModel(manifest: SiteManifest): SiteModel {
  let model = models.get(manifest);
  if (model) return model;
  const site = {
    name: manifest.name,
    municipality: { name: manifest.municipality.name, code: manifest.municipality.code },
    contact: manifest.contact,
    sample: manifest.sample,
    staleAfterMonths: manifest.freshness.staleAfterMonths,
  } as Site;
  const areas = manifest.areas.map(({ counts: _counts, ...area }) => ({ id: area.id, data: area as Area }));
  const resources = manifest.windows.map((window) => ({
    id: window.id,
    data: {
      name: window.name,
      kana: window.kana,
      category: window.category,
      status: window.status,
      audience: window.professionalOnly ? ['professional'] : ['resident'],
      topics: window.topics,
      servesAreas: window.servesAreas,
      phone: window.phone,
      address: window.address,
    } as Resource,
  }));
  model = buildModel({
    site,
    categories: manifest.categories,
    topics: manifest.topics,
    areas,
    organizations: [],
    resources,
    networks: [],
  });
  models.set(manifest, model);
  return model;
}

/** The member's areas as the 町名 index wants them. */
export function areasForIndex(manifest: SiteManifest): AreaForIndex[] {
  const parents = new Set(manifest.areas.map((area) => area.parent));
  return manifest.areas.map((area) => ({
    id: area.id,
    name: area.name,
    kana: area.kana,
    level: area.level,
    parent: area.parent,
    towns: area.towns,
    hasChildren: parents.has(area.id),
  }));
}

/** The member's areas a 町名 points to, surest first. */
export function memberTownMatches(manifest: SiteManifest, query: string): TownMatch[] {
  const areas = areasForIndex(manifest);
  return lookupTown(query, buildTownIndex(areas), areas, manifest.municipality);
}

/** The areas a visitor can pick in the member (its 圏域 and 地区). */
export function memberPickableAreas(manifest: SiteManifest) {
  return pickableAreas(memberModel(manifest));
}

/** For each of the member's worries, the windows to call from an area. */
export function memberAnswers(manifest: SiteManifest, areaId: string): FinderAnswer[] {
  const model = memberModel(manifest);
  return model.topics.map((topic) => findWindows(model, { topicId: topic.id, areaId }));
}
