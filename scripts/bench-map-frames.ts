/**
 * How the benchmarks measure a moving map: the same seven easeTo/zoomTo moves from the map's
 * view, with the time between animation frames recorded, and the summary of those frame times.
 * One sequence, so a member site's /map/ (scripts/bench-map.ts) and the portal's
 * (npm run bench:federation) are compared on equal terms.
 */
import type { Page } from 'playwright-core';

/** Runs the moves on the MapLibre map exposed as `maplibreMap` on the element `selector` finds. */
export async function panZoomFrames(page: Page, selector: string): Promise<{ deltas: number[]; seconds: number }> {
  return page.evaluate(async (mapSelector) => {
    const map = (document.querySelector(mapSelector) as HTMLElement & { maplibreMap: import('maplibre-gl').Map })
      .maplibreMap;
    const deltas: number[] = [];
    let last = performance.now();
    let running = true;
    const tick = (now: number) => {
      deltas.push(now - last);
      last = now;
      if (running) requestAnimationFrame(tick);
    };
    requestAnimationFrame((now) => {
      last = now;
      requestAnimationFrame(tick);
    });
    const settle = () => new Promise<void>((resolve) => map.once('moveend', () => resolve()));
    const center = map.getCenter();
    const steps: (() => void)[] = [
      () => map.easeTo({ center: [center.lng + 0.03, center.lat], duration: 1000 }),
      () => map.easeTo({ center: [center.lng + 0.03, center.lat - 0.02], duration: 1000 }),
      () => map.zoomTo(map.getZoom() + 2, { duration: 1000 }),
      () => map.easeTo({ center: [center.lng - 0.02, center.lat - 0.01], duration: 1000 }),
      () => map.zoomTo(map.getZoom() + 2, { duration: 1000 }),
      () => map.zoomTo(map.getZoom() - 4, { duration: 1500 }),
      () => map.easeTo({ center: [center.lng, center.lat], zoom: map.getZoom() - 1, duration: 1500 }),
    ];
    const started = performance.now();
    for (const step of steps) {
      const done = settle();
      step();
      await done;
    }
    running = false;
    return { deltas, seconds: (performance.now() - started) / 1000 };
  }, selector);
}

export function frameStats(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
  const mean = values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
  return {
    frames: values.length,
    mean,
    p50: at(0.5),
    p95: at(0.95),
    max: sorted[sorted.length - 1] ?? 0,
    over50: values.filter((v) => v > 50).length,
  };
}
