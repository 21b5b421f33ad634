/**
 * A large site's /map/ (src/lib/map/map-points.ts): no whole file, but a count on each 圏域 not
 * read yet (a button: it zooms there), and the 圏域 in view read once there are few enough points
 * in view to draw, or when only one is in view.
 */
import type { LngLatBounds, Map as MapLibreMap } from 'maplibre-gl';
import type { FeatureCollection, PointFeature } from '../../lib/map/geojson.ts';
import { areaPointsPath, type MapPart } from '../../lib/map/map-points.ts';
import { boxBounds, cameraMotion, fetchJson, maplibregl } from './map-common.ts';
import type { MapPoints } from './map-data.ts';
import { updatePoints } from './map-layers.ts';
import type { MapPage } from './map-page.ts';

export interface PartLoader {
  /** A 圏域 asked for (its count on the map, or the list): read it and go there. */
  showPart(part: MapPart): void;
  /** Reads the 圏域 in view that can be drawn. */
  readPartsInView(): Promise<void>;
}

interface PartsOptions {
  page: MapPage;
  map: MapLibreMap;
  points: MapPoints;
  /** 圏域 not read yet; read ones leave it. */
  waiting: Map<string, MapPart>;
  pointsAtOnce: number;
  /** After a read: the list shows the new points. */
  onRead: () => void;
}

export function watchParts(options: PartsOptions): PartLoader {
  const { map, waiting } = options;
  const counts = new Map<string, InstanceType<typeof maplibregl.Marker>>();
  const read = new Map<string, MapPart>();
  const readParts = (chosen: MapPart[]) => readSome(options, chosen, { counts, read });
  const showPart = (part: MapPart) => {
    if (waiting.has(part.id)) void readParts([part]);
    map.fitBounds(boxBounds(part.bbox), { padding: 24, maxZoom: 15, ...cameraMotion() });
  };
  for (const part of waiting.values()) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'map-part-count';
    button.textContent = `${part.name} ${part.count.toLocaleString('ja-JP')}件`;
    button.addEventListener('click', () => showPart(part));
    counts.set(part.id, new maplibregl.Marker({ element: button }).setLngLat(centerOf(part)).addTo(map));
  }
  const readPartsInView = async () => {
    const chosen = chooseInView(options, read);
    if (chosen) await readParts(chosen);
  };
  return { showPart, readPartsInView };
}

/**
 * The 圏域 most in view first; at least that one, more while the points drawn stay within what one
 * map draws comfortably (the same limit that split the data). Undefined when none is in view.
 */
function chooseInView(options: PartsOptions, read: Map<string, MapPart>): MapPart[] | undefined {
  const { page, map, points, waiting, pointsAtOnce } = options;
  const bounds = map.getBounds();
  const inView = [...waiting.values()]
    .filter((part) => intersects(part.bbox, bounds))
    .sort((a, b) => overlap(b.bbox, bounds) - overlap(a.bbox, bounds));
  if (inView.length === 0) return undefined;
  const chosen: MapPart[] = [];
  let drawn = points.features.length;
  const showingSome = [...read.values()].some((part) => intersects(part.bbox, bounds));
  for (const part of inView) {
    if ((chosen.length > 0 || showingSome) && drawn + part.count > pointsAtOnce) continue;
    chosen.push(part);
    drawn += part.count;
  }
  if (chosen.length < inView.length) page.say('ほかの地域の場所は、その地域の件数のボタンを押すと表示します。');
  return chosen;
}

async function readSome(
  { page, map, points, waiting, onRead }: PartsOptions,
  chosen: MapPart[],
  { counts, read }: { counts: Map<string, { remove(): unknown }>; read: Map<string, MapPart> },
): Promise<void> {
  for (const part of chosen) {
    read.set(part.id, part);
    waiting.delete(part.id);
    counts.get(part.id)?.remove();
  }
  page.container.dataset.mapState = 'loading';
  try {
    const reading = chosen.map((part) => fetchJson<FeatureCollection<PointFeature>>(areaPointsPath(part.id)));
    const collections = await Promise.all(reading);
    points.add(collections.flatMap((collection) => collection.features));
  } catch {
    page.say('地図のデータの一部を読み込めませんでした。');
  }
  updatePoints(map, points);
  onRead();
  map.once('idle', () => (page.container.dataset.mapState = 'idle'));
}

function overlap(bbox: MapPart['bbox'], bounds: LngLatBounds): number {
  const width = Math.min(bbox[2], bounds.getEast()) - Math.max(bbox[0], bounds.getWest());
  const height = Math.min(bbox[3], bounds.getNorth()) - Math.max(bbox[1], bounds.getSouth());
  // A 圏域 whose points all sit on one line still counts a little.
  return Math.max(width, 1e-9) * Math.max(height, 1e-9);
}

export function intersects(bbox: MapPart['bbox'], bounds: LngLatBounds): boolean {
  const [west, south, east, north] = bbox;
  return (
    west <= bounds.getEast() && east >= bounds.getWest() && south <= bounds.getNorth() && north >= bounds.getSouth()
  );
}

function centerOf(part: MapPart): [number, number] {
  return [(part.bbox[0] + part.bbox[2]) / 2, (part.bbox[1] + part.bbox[3]) / 2];
}
