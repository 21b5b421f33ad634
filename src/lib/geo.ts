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
  let west = Infinity, south = Infinity, east = -Infinity, north = -Infinity;
  for (const ring of rings) for (const [lng, lat] of ring) {
    west = Math.min(west, lng); east = Math.max(east, lng);
    south = Math.min(south, lat); north = Math.max(north, lat);
  }
  return [west, south, east, north];
}

/** Rough box around Japan's territory (沖ノ鳥島 to 択捉島, 与那国島 to 南鳥島). */
const JAPAN = { south: 20, north: 46, west: 122, east: 154 };

export function isInJapan(lat: number, lng: number): boolean {
  return lat >= JAPAN.south && lat <= JAPAN.north && lng >= JAPAN.west && lng <= JAPAN.east;
}
