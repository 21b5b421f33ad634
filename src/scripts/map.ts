/**
 * /map/ in the browser: the filtered resources as a clustered GeoJSON source drawn with circle
 * layers (no DOM markers for points), popups, 「現在地」, and the list of what is in view, kept in
 * step with the map so the page works with a keyboard and a screen reader.
 */
import 'maplibre-gl/dist/maplibre-gl.css';
import type { GeoJSONSource, Map as MapLibreMap, MapLayerMouseEvent, Popup } from 'maplibre-gl';
import { FACET_KEYS, matchesFilters, readFilterState } from '../lib/facets.ts';
import { pointFacets, type AreaFeature, type FeatureCollection, type PointFeature } from '../lib/geojson.ts';
import { areaPointsPath } from '../lib/map-points.ts';
import { addAreas, BASE, cameraMotion, createMap, fetchJson, groupColorExpression, maplibregl, webglAvailable } from './map-common.ts';
import { addressAndPhone } from './card-dom.ts';

/** The list below the map shows at most this many entries; zooming in shows the rest. */
const LIST_LIMIT = 100;

export function startMapPage(): void {
  const container = document.querySelector<HTMLElement>('[data-map]');
  const list = document.querySelector<HTMLUListElement>('[data-map-list]');
  const count = document.querySelector<HTMLElement>('[data-map-count]');
  const message = document.querySelector<HTMLElement>('[data-map-message]');
  const form = document.querySelector<HTMLFormElement>('[data-map-form]');
  const locate = document.querySelector<HTMLButtonElement>('[data-map-locate]');
  if (!container || !list || !count || !message || !form) return;
  document.querySelector('[data-map-nojs]')?.setAttribute('hidden', '');

  const state = readFilterState(new URLSearchParams(location.search));
  for (const key of FACET_KEYS) {
    const select = form.querySelector<HTMLSelectElement>(`select[name="${key}"]`);
    if (select) select.value = state.facets[key] ?? '';
  }
  form.querySelector<HTMLInputElement>('input[name="active"]')!.checked = state.active;
  if (Object.keys(state.facets).length > 0 || state.active) form.querySelector('details')?.setAttribute('open', '');
  form.addEventListener('change', () => form.requestSubmit());

  const groups = JSON.parse(container.dataset.groups ?? '[]') as string[];
  const categories = JSON.parse(container.dataset.categories ?? '{}') as Record<string, string>;
  const say = (text: string) => {
    message.textContent = text;
  };

  // Opened for one area (as the 「大きな地図で見る」 link of an area page does): that area's own
  // points, not the whole town's or prefecture's (src/lib/map-points.ts). The filters reload the
  // page, so a different area or none fetches its own file then.
  const pointAreas = new Set(JSON.parse(container.dataset.pointAreas ?? '[]') as string[]);
  const area = state.facets.area;
  const dataLoading = Promise.all([
    fetchJson<FeatureCollection<PointFeature>>(area && pointAreas.has(area) ? areaPointsPath(area) : 'data/resources.geojson'),
    fetchJson<FeatureCollection<AreaFeature>>('data/areas.geojson'),
  ]);

  const showList = (features: PointFeature[], map?: MapLibreMap) => {
    const bounds = map?.getBounds();
    const inView = bounds ? features.filter((feature) => bounds.contains(feature.geometry.coordinates)) : features;
    count.textContent = `（${inView.length}件）`;
    const items = inView.slice(0, LIST_LIMIT).map((feature) => listItem(feature, categories, map));
    if (inView.length > LIST_LIMIT) {
      const more = document.createElement('li');
      more.className = 'muted';
      more.textContent = `ほか${inView.length - LIST_LIMIT}件。地図を拡大するか、絞り込むと一覧に出ます。`;
      items.push(more);
    }
    list.replaceChildren(...items);
  };

  void (async () => {
    let resources: FeatureCollection<PointFeature>;
    let areas: FeatureCollection<AreaFeature>;
    try {
      [resources, areas] = await dataLoading;
    } catch {
      say('地図のデータを読み込めませんでした。一覧から探してください。');
      return;
    }
    const features = resources.features.filter((feature) => matchesFilters(pointFacets(feature.properties, groups), state));
    if (!webglAvailable()) {
      container.dataset.mapState = 'unavailable';
      container.hidden = true;
      say('お使いのブラウザでは地図を表示できません。下の一覧をご覧ください。');
      showList(features);
      return;
    }
    const map = createMap({
      container,
      basemap: container.dataset.basemap,
      center: JSON.parse(container.dataset.center ?? '[139.7, 35.7]') as [number, number],
      zoom: Number(container.dataset.zoom ?? 12),
      onMessage: say,
    });
    // For scripts that measure or test the map (scripts/bench-map.ts, tests/e2e/map.test.ts).
    (container as HTMLElement & { maplibreMap?: MapLibreMap }).maplibreMap = map;
    map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
    map.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-left');
    // MapLibre names the canvas (「地図」); the page's text says how to use it by keyboard.
    if (container.dataset.mapHelp) map.getCanvas().setAttribute('aria-describedby', container.dataset.mapHelp);

    map.on('load', () => {
      addAreas(map, areas);
      map.addSource('resources', {
        type: 'geojson',
        data: { type: 'FeatureCollection', features } as never,
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
        paint: { 'circle-color': '#1565c0', 'circle-radius': 9, 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 3 },
      });

      map.on('click', 'clusters', async (event: MapLayerMouseEvent) => {
        const cluster = event.features?.[0];
        if (!cluster) return;
        const source = map.getSource('resources') as GeoJSONSource;
        const zoom = await source.getClusterExpansionZoom(cluster.properties.cluster_id as number);
        map.easeTo({ center: (cluster.geometry as { coordinates: [number, number] }).coordinates, zoom, ...cameraMotion() });
      });
      map.on('click', 'points', (event: MapLayerMouseEvent) => {
        const point = event.features?.[0];
        if (!point) return;
        const feature = features.find((f) => f.properties.id === point.properties.id);
        if (feature) openPopup(map, feature, categories);
      });
      for (const layer of ['clusters', 'points']) {
        map.on('mouseenter', layer, () => (map.getCanvas().style.cursor = 'pointer'));
        map.on('mouseleave', layer, () => (map.getCanvas().style.cursor = ''));
      }
      map.once('idle', () => {
        container.dataset.mapState = 'idle';
      });
      if (state.facets.area) {
        const area = areas.features.find((f) => f.properties.id === state.facets.area);
        if (area) map.fitBounds(boundsOf(area), { padding: 24, duration: 0 });
      }
      showList(features, map);
    });
    map.on('moveend', () => showList(features, map));

    if (locate && 'geolocation' in navigator) {
      locate.hidden = false;
      locate.addEventListener('click', () => {
        say('現在地を調べています…');
        // Only on this tap; the position stays in this page (it is never sent anywhere).
        navigator.geolocation.getCurrentPosition(
          (position) => {
            const here: [number, number] = [position.coords.longitude, position.coords.latitude];
            (map.getSource('me') as GeoJSONSource | undefined)?.setData({
              type: 'FeatureCollection',
              features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: here }, properties: {} }],
            });
            map.flyTo({ center: here, zoom: Math.max(map.getZoom(), 15), ...cameraMotion() });
            say('現在地（青い丸）を中心に表示しました。');
          },
          () => say('現在地を調べられませんでした。ブラウザの位置情報の設定をご確認ください。'),
          { enableHighAccuracy: false, timeout: 15_000, maximumAge: 60_000 },
        );
      });
    }
  })();
}

function boundsOf(area: AreaFeature): [[number, number], [number, number]] {
  const rings = area.geometry.type === 'Polygon' ? area.geometry.coordinates : area.geometry.coordinates.flat();
  const points = rings.flat();
  const lngs = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  return [
    [Math.min(...lngs), Math.min(...lats)],
    [Math.max(...lngs), Math.max(...lats)],
  ];
}

function detailHref(id: string): string {
  return `${BASE}resources/${id}/`;
}

/** The popup card and the list entry share this text. */
function describeFeature(feature: PointFeature, categories: Record<string, string>): HTMLElement[] {
  const p = feature.properties;
  const heading = document.createElement('p');
  heading.className = 'map-card-name';
  const link = document.createElement('a');
  link.href = detailHref(p.id);
  link.textContent = p.n;
  heading.append(link);
  const meta = document.createElement('p');
  meta.className = 'meta';
  const parts = [categories[p.c] ?? p.c];
  if (p.s === 'suspended') parts.unshift('休止中');
  if (p.s === 'closed') parts.unshift('廃止');
  if (p.pro) parts.push('専門職向け');
  meta.textContent = parts.join('・');
  return [heading, meta, ...addressAndPhone(p.ad, p.ph)];
}

let popup: Popup | undefined;

function openPopup(map: MapLibreMap, feature: PointFeature, categories: Record<string, string>): void {
  popup?.remove();
  const card = document.createElement('div');
  card.className = 'map-card';
  card.append(...describeFeature(feature, categories));
  popup = new maplibregl.Popup({ maxWidth: '18rem', focusAfterOpen: true })
    .setLngLat(feature.geometry.coordinates)
    .setDOMContent(card)
    .addTo(map);
}

function listItem(feature: PointFeature, categories: Record<string, string>, map?: MapLibreMap): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'map-list-item';
  item.append(...describeFeature(feature, categories));
  if (map) {
    const show = document.createElement('button');
    show.type = 'button';
    show.className = 'map-show';
    show.textContent = '地図で見る';
    show.setAttribute('aria-label', `${feature.properties.n}を地図で見る`);
    show.addEventListener('click', () => {
      map.easeTo({ center: feature.geometry.coordinates, zoom: Math.max(map.getZoom(), 16), ...cameraMotion() });
      openPopup(map, feature, categories);
      map.getContainer().scrollIntoView({ block: 'nearest' });
    });
    item.append(show);
  }
  return item;
}
