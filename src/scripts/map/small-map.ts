/**
 * Small maps: watch the boxes and load MapLibre (and its CSS) only when one scrolls into view,
 * with a dynamic import, so a page whose map is never seen downloads none of it.
 */
export function watchSmallMaps(): void {
  const boxes = [...document.querySelectorAll<HTMLElement>('[data-small-map]')];
  if (boxes.length === 0 || !('IntersectionObserver' in window)) return;
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        const box = entry.target as HTMLElement;
        void import('./small-map-render.ts').then(({ renderSmallMap }) => renderSmallMap(box));
      }
    },
    { rootMargin: '200px 0px' },
  );
  for (const box of boxes) observer.observe(box);
}
