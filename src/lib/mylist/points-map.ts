/**
 * The small map of /list/: where the listed places lie relative to one another, as numbered dots
 * and a scale bar in an SVG (no tiles, no MapLibre: it works offline and prints). Here only the
 * arithmetic; src/scripts/mylist/list-map.ts draws it.
 */

export interface PointsLayout {
  width: number;
  height: number;
  /** Each point's place in the drawing, in the order given (undefined: it has no location). */
  points: ({ x: number; y: number } | undefined)[];
  /** A round distance and its length in the drawing. */
  scale: { metres: number; length: number; label: string };
}

const KM_PER_DEGREE_LAT = 110.57;
const ROUND_METRES = [50, 100, 200, 500, 1000, 2000, 5000, 10_000, 20_000, 50_000];

/** Lays [lng, lat] points out in a width × height box with a margin, north up, same scale both ways. */
export function pointsLayout(
  locations: readonly ([number, number] | undefined)[],
  box = { width: 320, height: 200, margin: 24 },
): PointsLayout {
  const known = locations.filter((l) => l !== undefined);
  const lats = known.map(([, lat]) => lat);
  const midLat = known.length ? (Math.min(...lats) + Math.max(...lats)) / 2 : 35;
  const kmPerDegreeLng = KM_PER_DEGREE_LAT * Math.cos((midLat * Math.PI) / 180);
  const toKm = ([lng, lat]: [number, number]) => ({ x: lng * kmPerDegreeLng, y: -lat * KM_PER_DEGREE_LAT });
  const km = known.map(toKm);
  const minX = Math.min(...km.map((p) => p.x));
  const minY = Math.min(...km.map((p) => p.y));
  // At least 1 km across, so one place (or two next door) is not blown up to fill the box.
  const spanX = Math.max(Math.max(...km.map((p) => p.x)) - minX, 1);
  const spanY = Math.max(Math.max(...km.map((p) => p.y)) - minY, 1);
  const inner = { width: box.width - 2 * box.margin, height: box.height - 2 * box.margin };
  const pxPerKm = Math.min(inner.width / spanX, inner.height / spanY);
  const offsetX = box.margin + (inner.width - (Math.max(...km.map((p) => p.x)) - minX) * pxPerKm) / 2;
  const offsetY = box.margin + (inner.height - (Math.max(...km.map((p) => p.y)) - minY) * pxPerKm) / 2;
  const points = locations.map((location) => {
    if (!location) return undefined;
    const p = toKm(location);
    return { x: offsetX + (p.x - minX) * pxPerKm, y: offsetY + (p.y - minY) * pxPerKm };
  });
  const wanted = (box.width / 4 / pxPerKm) * 1000;
  const metres = [...ROUND_METRES].reverse().find((m) => m <= wanted) ?? ROUND_METRES[0]!;
  const label = metres >= 1000 ? `${metres / 1000}km` : `${metres}m`;
  return { width: box.width, height: box.height, points, scale: { metres, length: (metres / 1000) * pxPerKm, label } };
}
