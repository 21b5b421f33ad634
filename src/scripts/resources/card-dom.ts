/** Pieces of a resource card built in the browser (map popups and list, search results). */

/** The address line and a tap-to-call line, each only when there is something to show. */
export function addressAndPhone(address: string | undefined, phone: string | undefined): HTMLElement[] {
  const out: HTMLElement[] = [];
  if (address) {
    const line = document.createElement('p');
    line.textContent = address;
    out.push(line);
  }
  if (phone) {
    const line = document.createElement('p');
    const tel = document.createElement('a');
    tel.className = 'tel';
    tel.href = `tel:${phone}`;
    tel.textContent = phone;
    line.append('電話 ', tel);
    out.push(line);
  }
  return out;
}
