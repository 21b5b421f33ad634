import { describe, expect, test } from 'vitest';
import {
  attributionText,
  basemapChoice,
  BACKGROUND_COLOR,
  GSI_ATTRIBUTION_URL,
  mapStyle,
  plainStyle,
} from './map-style.ts';

describe('basemap', () => {
  test('gsi-pale is the default: 地理院タイル over a plain background, with the attribution', () => {
    for (const basemap of [undefined, 'gsi-pale']) {
      const style = mapStyle(basemap);
      if (typeof style === 'string') throw new Error('expected a style object');
      expect(style.layers.map((layer) => layer.id)).toEqual(['background', 'basemap']);
      const source = style.sources.basemap as { tiles: string[]; attribution: string };
      expect(source.tiles[0]).toBe('https://cyberjapandata.gsi.go.jp/xyz/pale/{z}/{x}/{y}.png');
      expect(source.attribution).toContain('地理院タイル');
      expect(source.attribution).toContain(GSI_ATTRIBUTION_URL);
    }
  });
  test('gsi-std uses the standard map tiles', () => {
    const style = mapStyle('gsi-std');
    if (typeof style === 'string') throw new Error('expected a style object');
    expect((style.sources.basemap as { tiles: string[] }).tiles[0]).toContain('/xyz/std/');
  });
  test('none: only the plain background, no source that could make a request', () => {
    const style = mapStyle('none');
    expect(style).toEqual(plainStyle());
    if (typeof style === 'string') throw new Error('expected a style object');
    expect(Object.keys(style.sources)).toEqual([]);
    expect(style.layers[0]).toMatchObject({ type: 'background', paint: { 'background-color': BACKGROUND_COLOR } });
    // A plain style has no glyphs or sprite: our layers must not need them.
    expect(style.glyphs).toBeUndefined();
  });
  test('a style URL is passed on; anything else is treated as none', () => {
    expect(mapStyle('https://tiles.example.jp/style.json')).toBe('https://tiles.example.jp/style.json');
    expect(basemapChoice('javascript:alert(1)')).toEqual({ kind: 'none' });
    expect(basemapChoice('gsi-unknown')).toEqual({ kind: 'none' });
  });
  test('the HTML attribution line under the map', () => {
    expect(attributionText('gsi-pale')).toEqual({ label: '地理院タイル', url: GSI_ATTRIBUTION_URL });
    expect(attributionText('none')).toBeUndefined();
  });
});
