/**
 * 「現在地を表示」 on /map/: only on a tap, and the position stays in this page (it is never sent
 * anywhere). The button stays hidden where the browser has no geolocation.
 */
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { cameraMotion } from './map-common.ts';
import type { MapPage } from './map-page.ts';

export function offerLocate(page: MapPage, button: HTMLButtonElement, map: MapLibreMap): void {
  if (!('geolocation' in navigator)) return;
  button.hidden = false;
  button.addEventListener('click', () => {
    page.say('現在地を調べています…');
    navigator.geolocation.getCurrentPosition(
      (position) => {
        const here: [number, number] = [position.coords.longitude, position.coords.latitude];
        (map.getSource('me') as GeoJSONSource | undefined)?.setData({
          type: 'FeatureCollection',
          features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: here }, properties: {} }],
        });
        map.flyTo({ center: here, zoom: Math.max(map.getZoom(), 15), ...cameraMotion() });
        page.say('現在地（青い丸）を中心に表示しました。');
      },
      () => page.say('現在地を調べられませんでした。ブラウザの位置情報の設定をご確認ください。'),
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 60_000 },
    );
  });
}
