/**
 * Draws /list/'s small map: the listed places as numbered dots (the list's numbers) with a scale
 * bar, from src/lib/mylist/points-map.ts. No tiles and no map library: it costs nothing to load
 * and prints.
 */
import { pointsLayout } from '../../lib/mylist/points-map.ts';

const SVG = 'http://www.w3.org/2000/svg';

function svgElement<K extends keyof SVGElementTagNameMap>(
  name: K,
  attributes: Record<string, string | number>,
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  return element;
}

/** The map of these locations ([lng, lat] in list order), or undefined when none has one. */
export function listMap(locations: readonly ([number, number] | undefined)[]): SVGSVGElement | undefined {
  const count = locations.filter(Boolean).length;
  if (count === 0) return undefined;
  const layout = pointsLayout(locations);
  const svg = svgElement('svg', { viewBox: `0 0 ${layout.width} ${layout.height}`, role: 'img' });
  svg.setAttribute('aria-label', `リストの ${count} か所の位置関係（番号はリストの順番、北が上）`);
  svg.append(svgElement('rect', { width: layout.width, height: layout.height, fill: '#f7f7f2' }));
  layout.points.forEach((point, index) => {
    if (!point) return;
    const dot = svgElement('g', { transform: `translate(${point.x.toFixed(1)} ${point.y.toFixed(1)})` });
    dot.append(svgElement('circle', { r: 10, fill: '#1d6b4f', stroke: '#fff', 'stroke-width': 2 }));
    const number = svgElement('text', { 'text-anchor': 'middle', dy: '0.35em', fill: '#fff', 'font-size': 12 });
    number.textContent = String(index + 1);
    dot.append(number);
    svg.append(dot);
  });
  const { scale } = layout;
  const y = layout.height - 10;
  svg.append(svgElement('path', { d: `M10 ${y - 4}v4h${scale.length.toFixed(1)}v-4`, fill: 'none', stroke: '#000' }));
  const label = svgElement('text', { x: 14 + scale.length, y, 'font-size': 11, fill: '#000' });
  label.textContent = scale.label;
  svg.append(label);
  return svg;
}
