/**
 * /map/ in the browser: the filtered resources as a clustered GeoJSON source drawn with circle
 * layers (no DOM markers for points), popups, 「現在地」, and the list of what is in view, kept in
 * step with the map so the page works with a keyboard and a screen reader.
 */
import 'maplibre-gl/dist/maplibre-gl.css';
import type { GeoJSONSource, LngLatBounds, Map as MapLibreMap, MapLayerMouseEvent, Popup } from 'maplibre-gl';
import { FACET_KEYS, matchesFilters, readFilterState } from '../../lib/search/facets.ts';
import { pointFacets, type AreaFeature, type FeatureCollection, type PointFeature } from '../../lib/map/geojson.ts';
import { areaPointsPath, type MapPart } from '../../lib/map/map-points.ts';
import { bbox } from '../../lib/map/geo.ts';
import { addAreas, boxBounds, cameraMotion, createMap, fetchJson, groupColorExpression, maplibregl, webglAvailable } from './map-common.ts';
import { addressAndPhone } from '../resources/card-dom.ts';
import { resourceHref } from '../../lib/site/paths.ts';

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
  // points, not the whole town's or prefecture's (src/lib/map/map-points.ts). The filters reload the
  // page, so a different area or none fetches its own file then.
  const pointAreas = new Set(JSON.parse(container.dataset.pointAreas ?? '[]') as string[]);
  const area = state.facets.area && pointAreas.has(state.facets.area) ? state.facets.area : undefined;
  // A large site (src/lib/map/map-points.ts): no whole file; the 圏域 are read as the view comes close.
  const parts = area ? undefined : (JSON.parse(container.dataset.parts ?? 'null') as MapPart[] | null) ?? undefined;
  const pointsAtOnce = Number(container.dataset.partsLimit) || 20_000;
  const nothing: FeatureCollection<PointFeature> = { type: 'FeatureCollection', features: [] };
  const dataLoading = Promise.all([
    parts ? Promise.resolve(nothing) : fetchJson<FeatureCollection<PointFeature>>(area ? areaPointsPath(area) : 'data/resources.geojson'),
    fetchJson<FeatureCollection<AreaFeature>>('data/areas.geojson'),
  ]);

  /** Set once the map exists: reads a part and zooms to it. */
  let showPartFromList: ((part: MapPart) => void) | undefined;
  /** Parts of a split map not read yet: the list offers them (and the map shows their counts). */
  const waiting = new Map<string, MapPart>((parts ?? []).map((part) => [part.id, part]));

  const showList = (features: PointFeature[], map?: MapLibreMap) => {
    const bounds = map?.getBounds();
    const inView = bounds ? features.filter((feature) => bounds.contains(feature.geometry.coordinates)) : features;
    const partsInView = [...waiting.values()].filter((part) => !bounds || intersects(part.bbox, bounds));
    count.textContent = `（${inView.length}件${partsInView.length > 0 ? `、ほかに${partsInView.length}つの地域はまだ読み込んでいません` : ''}）`;
    const items = [
      ...partsInView.map((part) => partItem(part, map ? () => showPartFromList?.(part) : undefined)),
      ...inView.slice(0, LIST_LIMIT).map((feature) => listItem(feature, categories, map)),
    ];
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
    const seen = new Set(features.map((feature) => feature.properties.id));
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
        if (area) map.fitBounds(boxBounds(bbox(area.geometry)), { padding: 24, duration: 0 });
      }
      showList(features, map);
      if (parts) void readPartsInView();
    });
    map.on('moveend', () => {
      showList(features, map);
      if (parts) void readPartsInView();
    });

    // A split map: a count on each 圏域 not read yet (a button: it zooms there), and the 圏域 in
    // view read once there are few enough points in view to draw, or when only one is in view.
    const counts = new Map<string, InstanceType<typeof maplibregl.Marker>>();
    const read = new Map<string, MapPart>();
    for (const part of waiting.values()) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'map-part-count';
      button.textContent = `${part.name} ${part.count.toLocaleString('ja-JP')}件`;
      button.addEventListener('click', () => showPart(part));
      counts.set(part.id, new maplibregl.Marker({ element: button }).setLngLat(centerOf(part)).addTo(map));
    }
    /** A 圏域 asked for (its count on the map, or the list): read it and go there. */
    function showPart(part: MapPart): void {
      if (waiting.has(part.id)) void readParts([part]);
      map.fitBounds(boxBounds(part.bbox), { padding: 24, maxZoom: 15, ...cameraMotion() });
    }
    showPartFromList = showPart;

    async function readPartsInView(): Promise<void> {
      const bounds = map.getBounds();
      // The 圏域 most in view first; at least that one, more while the points drawn stay within
      // what one map draws comfortably (the same limit that split the data).
      const inView = [...waiting.values()].filter((part) => intersects(part.bbox, bounds)).sort((a, b) => overlap(b.bbox, bounds) - overlap(a.bbox, bounds));
      if (inView.length === 0) return;
      const chosen: MapPart[] = [];
      let drawn = features.length;
      const showingSome = [...read.values()].some((part) => intersects(part.bbox, bounds));
      for (const part of inView) {
        if ((chosen.length > 0 || showingSome) && drawn + part.count > pointsAtOnce) continue;
        chosen.push(part);
        drawn += part.count;
      }
      if (chosen.length < inView.length) say('ほかの地域の場所は、その地域の件数のボタンを押すと表示します。');
      await readParts(chosen);
    }

    async function readParts(chosen: MapPart[]): Promise<void> {
      for (const part of chosen) {
        read.set(part.id, part);
        waiting.delete(part.id);
        counts.get(part.id)?.remove();
      }
      container!.dataset.mapState = 'loading';
      try {
        const collections = await Promise.all(chosen.map((part) => fetchJson<FeatureCollection<PointFeature>>(areaPointsPath(part.id))));
        for (const feature of collections.flatMap((collection) => collection.features)) {
          if (seen.has(feature.properties.id) || !matchesFilters(pointFacets(feature.properties, groups), state)) continue;
          seen.add(feature.properties.id);
          features.push(feature);
        }
      } catch {
        say('地図のデータの一部を読み込めませんでした。');
      }
      (map.getSource('resources') as GeoJSONSource | undefined)?.setData({ type: 'FeatureCollection', features } as never);
      showList(features, map);
      map.once('idle', () => (container!.dataset.mapState = 'idle'));
    }

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

function overlap(bbox: MapPart['bbox'], bounds: LngLatBounds): number {
  const width = Math.min(bbox[2], bounds.getEast()) - Math.max(bbox[0], bounds.getWest());
  const height = Math.min(bbox[3], bounds.getNorth()) - Math.max(bbox[1], bounds.getSouth());
  // A 圏域 whose points all sit on one line still counts a little.
  return Math.max(width, 1e-9) * Math.max(height, 1e-9);
}

function intersects(bbox: MapPart['bbox'], bounds: LngLatBounds): boolean {
  const [west, south, east, north] = bbox;
  return west <= bounds.getEast() && east >= bounds.getWest() && south <= bounds.getNorth() && north >= bounds.getSouth();
}

function centerOf(part: MapPart): [number, number] {
  return [(part.bbox[0] + part.bbox[2]) / 2, (part.bbox[1] + part.bbox[3]) / 2];
}

/** A 圏域 of a split map not read yet, in the list: its count and a button that zooms there. */
function partItem(part: MapPart, show?: () => void): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'map-list-item';
  const text = document.createElement('p');
  text.textContent = `${part.name}: ${part.count.toLocaleString('ja-JP')}件（まだ読み込んでいません）`;
  item.append(text);
  if (show) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'map-show';
    button.textContent = `${part.name}を地図で見る`;
    button.addEventListener('click', () => {
      show();
      document.querySelector('[data-map]')?.scrollIntoView({ block: 'nearest' });
    });
    item.append(button);
  }
  return item;
}

function detailHref(id: string): string {
  return resourceHref(id);
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
