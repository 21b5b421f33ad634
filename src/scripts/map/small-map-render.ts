/**
 * The moving small map, drawn when the visitor asks for it (small-map.ts): MapLibre on the
 * site's basemap, starting on the same view as the SVG it replaces (the figure's data-bounds),
 * with the area boundaries and the place (a detail page) or the area's own points (an area page).
 * The SVG stays in the page for printing (global.css, .small-map-moving).
 */
import type { AreaFeature, FeatureCollection, PointFeature } from '../../lib/map/geojson.ts';
import {
  addAreas,
  createMap,
  fetchJson,
  groupColorExpression,
  loadMapCss,
  maplibregl,
  webglAvailable,
} from './map-common.ts';

/** What the map shows, read from the figure (SmallMap.astro). */
async function mapData(figure: HTMLElement) {
  const here = figure.dataset.here ? (JSON.parse(figure.dataset.here) as [number, number]) : undefined;
  let areas: FeatureCollection<AreaFeature> | undefined;
  let points: PointFeature[] = [];
  try {
    areas = await fetchJson<FeatureCollection<AreaFeature>>('data/areas.geojson');
    if (figure.dataset.points) {
      // The area's own file (src/lib/map/map-points.ts), without the windows only professionals use.
      const own = await fetchJson<FeatureCollection<PointFeature>>(figure.dataset.points);
      points = own.features.filter((feature) => !feature.properties.u?.every((u) => u === 'professional'));
    }
  } catch {
    // The map still shows the place without the areas.
  }
  if (here)
    points = [{ type: 'Feature', geometry: { type: 'Point', coordinates: here }, properties: { g: -1 } as never }];
  return { here, areas, points };
}

/** Draws the map in a new box after the SVG; returns its canvas, or undefined without WebGL. */
export async function renderSmallMap(figure: HTMLElement): Promise<HTMLElement | undefined> {
  if (!webglAvailable()) return undefined;
  const [west, south, east, north] = JSON.parse(figure.dataset.bounds ?? '[139.6,35.6,139.8,35.8]') as number[];
  const { here, areas, points } = await mapData(figure);
  await loadMapCss();
  const box = document.createElement('div');
  box.className = 'small-map-canvas';
  box.setAttribute('role', 'region');
  box.setAttribute('aria-label', `${figure.dataset.label ?? '地図'}（動かせる地図）`);
  figure.querySelector('.small-map-svg')!.after(box);
  figure.classList.add('small-map-moving');
  const map = createMap({
    container: box,
    basemap: figure.dataset.basemap,
    center: [(west! + east!) / 2, (south! + north!) / 2],
    zoom: 14,
    onMessage: (text) => box.setAttribute('title', text),
  });
  map.fitBounds(
    [
      [west!, south!],
      [east!, north!],
    ],
    { duration: 0 },
  );
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
  map.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-left');
  // Scrolling the page over a small map must scroll the page, not zoom the map.
  map.scrollZoom.disable();
  map.on('load', () => {
    if (areas) addAreas(map, areas, { highlight: figure.dataset.area });
    map.addSource('here', { type: 'geojson', data: { type: 'FeatureCollection', features: points } as never });
    map.addLayer({
      id: 'here',
      type: 'circle',
      source: 'here',
      paint: {
        'circle-color': here ? '#c0392b' : (groupColorExpression() as never),
        'circle-radius': here ? 9 : 6,
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 2,
      },
    });
    map.once('idle', () => (figure.dataset.mapState = 'idle'));
  });
  return map.getCanvas();
}
