/** Draws one small map (loaded by small-map.ts when the box comes into view). */
import type { AreaFeature, FeatureCollection, PointFeature } from '../../lib/map/geojson.ts';
import { bbox } from '../../lib/map/geo.ts';
import {
  addAreas,
  boxBounds,
  createMap,
  fetchJson,
  groupColorExpression,
  loadMapCss,
  maplibregl,
  webglAvailable,
} from './map-common.ts';

export async function renderSmallMap(box: HTMLElement): Promise<void> {
  const placeholder = box.querySelector('.small-map-placeholder');
  if (!webglAvailable()) {
    if (placeholder) placeholder.textContent = 'お使いのブラウザでは地図を表示できません。';
    return;
  }
  const center = JSON.parse(box.dataset.center ?? '[139.7, 35.7]') as [number, number];
  const areaId = box.dataset.area;
  let areas: FeatureCollection<AreaFeature> | undefined;
  let points: PointFeature[] = [];
  try {
    areas = await fetchJson<FeatureCollection<AreaFeature>>('data/areas.geojson');
    if (box.dataset.points) {
      // The area's own file (src/lib/map/map-points.ts), without the windows only professionals use.
      const own = await fetchJson<FeatureCollection<PointFeature>>(box.dataset.points);
      points = own.features.filter((feature) => !feature.properties.u?.every((u) => u === 'professional'));
    }
  } catch {
    // The map still shows the point without the areas.
  }
  await loadMapCss();
  placeholder?.remove();
  const map = createMap({
    container: box,
    basemap: box.dataset.basemap,
    center,
    zoom: Number(box.dataset.zoom ?? 15),
    onMessage: (text) => box.setAttribute('title', text),
  });
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
  // Scrolling the page over a small map must scroll the page, not zoom the map.
  map.scrollZoom.disable();
  map.on('load', () => {
    if (areas) addAreas(map, areas, { highlight: areaId });
    const features = areaId
      ? points
      : [{ type: 'Feature', geometry: { type: 'Point', coordinates: center }, properties: { g: -1 } }];
    map.addSource('here', { type: 'geojson', data: { type: 'FeatureCollection', features } as never });
    map.addLayer({
      id: 'here',
      type: 'circle',
      source: 'here',
      paint: {
        'circle-color': areaId ? (groupColorExpression() as never) : '#c0392b',
        'circle-radius': areaId ? 6 : 10,
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 2,
      },
    });
    if (areaId && areas) {
      const area = areas.features.find((feature) => feature.properties.id === areaId);
      if (area) map.fitBounds(boxBounds(bbox(area.geometry)), { padding: 16, duration: 0 });
    }
    map.once('idle', () => (box.dataset.mapState = 'idle'));
  });
}
