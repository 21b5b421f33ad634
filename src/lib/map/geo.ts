/** Plane geometry on [lng, lat] coordinates: enough for 町 and 圏域 sized areas. */

export type LngLat = [number, number];
export type Ring = LngLat[];
export type Boundary = { type: 'Polygon'; coordinates: Ring[] } | { type: 'MultiPolygon'; coordinates: Ring[][] };

/** Ray casting: is the point inside the ring? */
function inRing([x, y]: LngLat, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function inPolygon(point: LngLat, rings: Ring[]): boolean {
  if (!inRing(point, rings[0])) return false;
  return !rings.slice(1).some((hole) => inRing(point, hole));
}

/** Is the point inside the boundary (holes respected)? */
export function contains(boundary: Boundary, point: LngLat): boolean {
  if (boundary.type === 'Polygon') return inPolygon(point, boundary.coordinates);
  return boundary.coordinates.some((polygon) => inPolygon(point, polygon));
}

/** Great-circle distance in metres. */
export function distanceMeters(a: LngLat, b: LngLat): number {
  const rad = Math.PI / 180;
  const dLat = (b[1] - a[1]) * rad;
  const dLng = (b[0] - a[0]) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * rad) * Math.cos(b[1] * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6_371_000 * Math.asin(Math.sqrt(h));
}

/** [west, south, east, north] of a boundary. */
export function bbox(boundary: Boundary): [number, number, number, number] {
  const rings = boundary.type === 'Polygon' ? boundary.coordinates : boundary.coordinates.flat();
  let west = Infinity,
    south = Infinity,
    east = -Infinity,
    north = -Infinity;
  for (const ring of rings)
    for (const [lng, lat] of ring) {
      west = Math.min(west, lng);
      east = Math.max(east, lng);
      south = Math.min(south, lat);
      north = Math.max(north, lat);
    }
  return [west, south, east, north];
}

/**
 * Boxes [south, north, west, east] that together cover Japan's territory (沖ノ鳥島 to 択捉島,
 * 与那国島 to 南鳥島) but not the Korean peninsula, the Russian coast, Taiwan or China.
 */
const JAPAN_BOXES: readonly [number, number, number, number][] = [
  [30.9, 37.0, 129.6, 142.1], // 九州・四国・中国・近畿・中部・関東（朝鮮半島の東端 129.59°E より東）
  [37.0, 41.6, 135.0, 142.1], // 北陸・東北（鬱陵島・朝鮮半島を除く）
  [41.3, 45.6, 139.3, 148.9], // 北海道・北方領土（ウラジオストク・サハリンを除く）
  [31.9, 33.95, 128.0, 129.9], // 五島・平戸・男女群島
  [34.0, 34.75, 129.15, 129.55], // 対馬
  [24.0, 30.9, 122.9, 131.4], // 南西諸島（与那国島〜大東島、トカラ・屋久島・種子島）
  [24.0, 35.0, 136.0, 154.0], // 伊豆・小笠原諸島、南鳥島
  [20.3, 20.6, 136.0, 136.2], // 沖ノ鳥島
];

export function isInJapan(lat: number, lng: number): boolean {
  return JAPAN_BOXES.some(([south, north, west, east]) => lat >= south && lat <= north && lng >= west && lng <= east);
}

/**
 * A ring's signed area (twice the area, by the shoelace formula) and its centroid, which is
 * undefined when the ring has no area. Coordinates in any plane: [lng, lat] or SVG units.
 */
export function ringAreaAndCentroid(ring: readonly (readonly [number, number])[]): {
  area: number;
  centroid: [number, number] | undefined;
} {
  let area = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [x0, y0] = ring[j]!;
    const [x1, y1] = ring[i]!;
    const cross = x0 * y1 - x1 * y0;
    area += cross;
    cx += (x0 + x1) * cross;
    cy += (y0 + y1) * cross;
  }
  return { area, centroid: area === 0 ? undefined : [cx / (3 * area), cy / (3 * area)] };
}
