/**
 * The share link of a list and its QR code, drawn in the browser as SVG with uqr (the same
 * library as the build's QR codes, src/components/QrCode.astro). The list travels in the
 * fragment (#share=…), which browsers never send to a server.
 */
import { encode } from 'uqr';
import { shareFragment, type MyList } from '../../lib/mylist/mylist.ts';
import { href } from '../../lib/site/paths.ts';

const SVG = 'http://www.w3.org/2000/svg';

export function shareUrl(list: MyList): string {
  return new URL(`${href('/list/')}#${shareFragment(list)}`, location.href).href;
}

/** The QR code of a URL as an SVG element (one path of dark modules on white). */
export function qrSvg(url: string, label: string): SVGSVGElement {
  const qr = encode(url, { ecc: 'M', border: 2 });
  let d = '';
  qr.data.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark) d += `M${x} ${y}h1v1h-1z`;
    }),
  );
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${qr.size} ${qr.size}`);
  svg.setAttribute('width', '160');
  svg.setAttribute('height', '160');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  svg.setAttribute('shape-rendering', 'crispEdges');
  const background = document.createElementNS(SVG, 'rect');
  background.setAttribute('width', String(qr.size));
  background.setAttribute('height', String(qr.size));
  background.setAttribute('fill', '#fff');
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', d);
  path.setAttribute('fill', '#000');
  svg.append(background, path);
  return svg;
}
