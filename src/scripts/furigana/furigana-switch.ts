/**
 * The ふりがな switch remembers the visitor's choice across pages. The switch itself works without
 * this script (a checkbox; the stylesheet shows the readings while it is checked); the script only
 * checks it on the next page when it was on, and stores the choice in this browser (localStorage).
 */
const STORAGE_KEY = 'furigana';

function rememberedOn(): boolean {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'on';
  } catch {
    return false; // storage blocked: the switch still works on this page
  }
}

function remember(on: boolean): void {
  try {
    localStorage.setItem(STORAGE_KEY, on ? 'on' : 'off');
  } catch {
    // storage blocked or full: nothing to remember with
  }
}

const box = document.querySelector<HTMLInputElement>('#furigana-switch');
if (box) {
  if (rememberedOn()) box.checked = true;
  box.addEventListener('change', () => remember(box.checked));
}
