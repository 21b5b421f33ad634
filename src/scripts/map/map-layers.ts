/**
 * The resources on /map/: one clustered GeoJSON source drawn with circle layers (no DOM markers
 * for points, so thousands stay fast), a layer for 「現在地」, and what a click on them does.
 */
import type { GeoJSONSource, Map as MapLibreMap, MapLayerMouseEvent } from 'maplibre-gl';
import { cameraMotion, groupColorExpression } from './map-common.ts';
import { openPopup } from './map-card.ts';
import type { MapPoints } from './map-data.ts';
import type { MapPage } from './map-page.ts';

export function addPointLayers(map: MapLibreMap, page: MapPage, points: MapPoints): void {
  map.addSource('resources', {
    type: 'geojson',
    data: { type: 'FeatureCollection', features: points.features } as never,
    cluster: true,
    clusterRadius: 44,
    clusterMaxZoom: 15,
  });
  map.addLayer({
    id: 'clusters',
    type: 'circle',
    source: 'resources',
    filter: ['has', 'point_count'],
    paint: {
      'circle-color': '#37474f',
      'circle-opacity': 0.82,
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': 2,
      'circle-radius': ['step', ['get', 'point_count'], 14, 10, 19, 50, 25, 200, 32],
    },
  });
  map.addLayer({
    id: 'points',
    type: 'circle',
    source: 'resources',
    filter: ['!', ['has', 'point_count']],
    paint: {
      'circle-color': groupColorExpression() as never,
      'circle-radius': 8,
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': 2,
      'circle-opacity': ['case', ['has', 's'], 0.45, 1],
    },
  });
  map.addSource('me', { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
  map.addLayer({
    id: 'me',
    type: 'circle',
    source: 'me',
    paint: {
      'circle-color': '#1565c0',
      'circle-radius': 9,
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': 3,
    },
  });
  listenToPoints(map, page, points);
}

/** A cluster zooms in; a point opens its popup; both show a pointer. */
function listenToPoints(map: MapLibreMap, page: MapPage, points: MapPoints): void {
  map.on('click', 'clusters', async (event: MapLayerMouseEvent) => {
    const cluster = event.features?.[0];
    if (!cluster) return;
    const source = map.getSource('resources') as GeoJSONSource;
    const zoom = await source.getClusterExpansionZoom(cluster.properties.cluster_id as number);
    const center = (cluster.geometry as GeoJSON.Point).coordinates as [number, number];
    map.easeTo({ center, zoom, ...cameraMotion() });
  });
  map.on('click', 'points', (event: MapLayerMouseEvent) => {
    const point = event.features?.[0];
    if (!point) return;
    const feature = points.features.find((f) => f.properties.id === point.properties.id);
    if (feature) openPopup(map, feature, page.categories);
  });
  for (const layer of ['clusters', 'points']) {
    map.on('mouseenter', layer, () => (map.getCanvas().style.cursor = 'pointer'));
    map.on('mouseleave', layer, () => (map.getCanvas().style.cursor = ''));
  }
}

/** Redraws the points after more were read (a split map). */
export function updatePoints(map: MapLibreMap, points: MapPoints): void {
  const source = map.getSource('resources') as GeoJSONSource | undefined;
  source?.setData({ type: 'FeatureCollection', features: points.features } as never);
}
