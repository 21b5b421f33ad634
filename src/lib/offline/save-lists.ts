/**
 * What 「この地域を端末に保存」 fetches, worked out at build time so the button in the browser
 * knows it without reading the site: for each area a small JSON (/offline/areas/<id>.json) with
 * its pages (the area and the areas inside it, their finder answers, every resource in them and
 * every window that answers there) and its map data; and one list every saved area shares
 * (/offline/shared.json: the home page, search, マイリスト, the map). The build adds the files
 * behind them (scripts, styles, the search index) with their sizes: src/integrations/offline.ts.
 */
import type { SiteModel } from '../model/model.ts';
import { findWindows } from '../finder/finder.ts';
import { areasWithPointFiles, areaPointsPath, mapParts } from '../map/map-points.ts';

/** A link below the site's base ('/areas/x/' → '/care-map/areas/x/'); paths.ts `href` in the site. */
export type Href = (path: string) => string;

/** One area's list as the pages write it; the build fills in `files` and the sizes. */
export interface AreaSaveList {
  area: string;
  name: string;
  /** Pages (HTML), in the order they are fetched: the area's own page first. */
  pages: string[];
  /** Map data. */
  data: string[];
  /** Scripts, styles and search-index files these pages need beyond the shared list (the build adds them). */
  files?: string[];
  /** What fetching everything above transfers: raw, and gzip as a compressing host sends it. */
  bytes?: number;
  gzipBytes?: number;
}

/** The pages every saved area shares: the way in, and the three tools that must work offline. */
export const SHARED_PAGES = ['/', '/search/', '/list/', '/map/', '/windows/', '/areas/', '/offline/'];
/** The data every map needs. */
export const SHARED_DATA = ['/data/areas.geojson'];

type SaveModel = Pick<
  SiteModel,
  | 'areaById'
  | 'ancestorsOf'
  | 'descendantsOf'
  | 'resourcesIn'
  | 'windowsServing'
  | 'topics'
  | 'areas'
  | 'resources'
  | 'municipality'
> &
  Parameters<typeof findWindows>[0] &
  Parameters<typeof areasWithPointFiles>[0];

/** The areas a save covers: the area and every area inside it. */
function coveredAreas(model: SaveModel, areaId: string): string[] {
  return [areaId, ...model.descendantsOf(areaId).map((area) => area.id)];
}

/** The windows each worry's answer names in an area (the finder's answer page links to them). */
function answerWindows(model: SaveModel, areaId: string): string[] {
  return model.topics.flatMap((topic) => {
    const answer = findWindows(model, { topicId: topic.id, areaId });
    return [...answer.windows, ...answer.fallback].map((window) => window.id);
  });
}

/** The save list of one area (pages and map data; no files yet). */
export function areaSaveList(model: SaveModel, areaId: string, href: Href): AreaSaveList {
  const area = model.areaById.get(areaId);
  if (!area) throw new Error(`地域「${areaId}」は登録されていません`);
  const areas = coveredAreas(model, areaId);
  const resourceIds = new Set<string>();
  for (const id of areas) {
    for (const resource of model.resourcesIn(id)) resourceIds.add(resource.id);
    for (const window of model.windowsServing(id)) resourceIds.add(window.id);
    for (const window of answerWindows(model, id)) resourceIds.add(window);
  }
  // The whole city: also what stands in no area (a telephone line, an online service).
  if (area.level === 'municipality') for (const resource of model.resources) resourceIds.add(resource.id);
  const withPoints = new Set(areasWithPointFiles(model));
  const pages = [
    ...areas.map((id) => href(`/areas/${id}/`)),
    ...areas.flatMap((id) => model.topics.map((topic) => href(`/windows/${topic.id}/${id}/`))),
    ...[...resourceIds].sort().map((id) => href(`/resources/${id}/`)),
  ];
  // Its own points (the 「地図を動かす」 map, /map/?area=…) and, on a large site whose /map/ reads
  // one 圏域 at a time, the 圏域 around it.
  const ancestors = model.ancestorsOf(areaId).map((ancestor) => ancestor.id);
  const files = [...areas, ...ancestors].filter((id) => withPoints.has(id)).map(areaPointsPath);
  // The whole city of a site whose /map/ reads every point from one file: that file (a 地区's save
  // leaves it out — at 10,000 resources it alone is megabytes; the 地区's map link reads its own file).
  if (area.level === 'municipality' && !mapParts(model)) files.push('data/resources.geojson');
  const data = files.map((file) => href(`/${file}`));
  return { area: areaId, name: area.name, pages, data };
}

/** The shared list (pages and data; the build adds the files). */
export function sharedSaveList(href: Href): { pages: string[]; data: string[] } {
  return { pages: SHARED_PAGES.map(href), data: SHARED_DATA.map(href) };
}
