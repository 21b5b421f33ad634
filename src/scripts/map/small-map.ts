/**
 * 「地図を動かす」 on the small maps. The map itself is an SVG drawn at build time
 * (src/components/SmallMap.astro); without JavaScript 「地図を動かす」 is a link to /map/. Here it
 * becomes a button that draws the moving map (MapLibre) in place of the SVG, and MapLibre is
 * downloaded only then, with a dynamic import: a page whose visitor never asks loads none of it.
 */
export function offerMovingMaps(): void {
  for (const figure of document.querySelectorAll<HTMLElement>('[data-small-map]')) {
    const link = figure.querySelector<HTMLAnchorElement>('[data-small-map-open]');
    if (!link || figure.querySelector('[data-small-map-move]')) continue;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'small-map-move';
    button.dataset.smallMapMove = '';
    button.textContent = '地図を動かす';
    // The link stays, for the whole town's map.
    link.textContent = '大きな地図で見る';
    link.before(button, ' ');
    button.addEventListener('click', () => void moveMap(figure, button));
  }
}

async function moveMap(figure: HTMLElement, button: HTMLButtonElement): Promise<void> {
  if (button.getAttribute('aria-busy') === 'true') return;
  button.setAttribute('aria-busy', 'true');
  button.textContent = '地図を読み込んでいます…';
  try {
    const { renderSmallMap } = await import('./small-map-render.ts');
    const canvas = await renderSmallMap(figure);
    if (canvas) {
      // The moving map replaces the button: keyboard users land on it (arrows move it).
      canvas.focus();
      button.remove();
      return;
    }
    button.textContent = 'お使いのブラウザでは地図を動かせません';
  } catch {
    button.textContent = '地図を読み込めませんでした（もう一度押す）';
  }
  button.removeAttribute('aria-busy');
}
