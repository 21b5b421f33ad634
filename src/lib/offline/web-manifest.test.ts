import { describe, expect, it } from 'vitest';
import { webManifest } from './web-manifest.ts';

describe('the web app manifest', () => {
  it('names the site and keeps start page, scope and icons under the base path', () => {
    const manifest = webManifest({ name: 'みどり市 地域包括ケアマップ', municipality: 'みどり市', base: '/care-map' });
    expect(manifest).toMatchObject({
      name: 'みどり市 地域包括ケアマップ',
      short_name: 'みどり市',
      lang: 'ja',
      start_url: '/care-map/',
      scope: '/care-map/',
      display: 'standalone',
    });
    expect(manifest.icons.map((icon) => icon.src)).toEqual([
      '/care-map/icons/icon.svg',
      '/care-map/icons/icon-maskable.svg',
    ]);
  });
});
