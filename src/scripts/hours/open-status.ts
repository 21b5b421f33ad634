/**
 * Fills every [data-open-status] with what is true now, in Japan: 「受付中 17:15 まで」,
 * 「本日は休み（祝日） 次は 明日 8:30 から」. The holidays come from the small JSON the build
 * writes (/windows/holidays.json); until it arrives, or without it, the element stays hidden.
 */
import {
  calendarFromList,
  openStatus,
  tokyoTime,
  type ClosureCalendar,
  type ClosureKind,
  type WeeklyRule,
} from '../../lib/hours/open-status.ts';
import type { HolidaysPayload } from '../../lib/hours/holidays.ts';
import { href } from '../../lib/site/paths.ts';

let calendar: Promise<ClosureCalendar | undefined> | undefined;
function loadCalendar(): Promise<ClosureCalendar | undefined> {
  calendar ??= fetch(href('/windows/holidays.json'))
    .then((response) => (response.ok ? (response.json() as Promise<HolidaysPayload>) : undefined))
    .then((payload) => (payload ? calendarFromList(payload.holidays, payload, payload) : undefined))
    .catch(() => undefined);
  return calendar;
}

function render(element: HTMLElement, cal: ClosureCalendar, now: Date) {
  let hours: WeeklyRule[];
  try {
    hours = JSON.parse(element.dataset.hours ?? '[]');
  } catch {
    return;
  }
  const closed = (element.dataset.closed ?? '').split(' ').filter(Boolean) as ClosureKind[];
  const status = openStatus({ hours, closed }, now, cal);
  if (!status) {
    element.hidden = true;
    return;
  }
  const label = document.createElement('strong');
  label.className = 'open-status-label';
  label.textContent = status.label;
  const parts: Node[] = [label];
  if (status.detail) {
    const detail = document.createElement('span');
    detail.className = 'open-status-detail';
    detail.textContent = status.detail;
    parts.push(document.createTextNode(' '), detail);
  }
  const clock = document.createElement('span');
  clock.className = 'open-status-time';
  const minutes = tokyoTime(now).minutes;
  clock.textContent = `（${Math.floor(minutes / 60)}時${String(minutes % 60).padStart(2, '0')}分 現在）`;
  parts.push(document.createTextNode(' '), clock);
  element.replaceChildren(...parts);
  element.classList.toggle('is-open', status.state === 'open');
  element.classList.toggle('is-closed', status.state !== 'open');
  element.dataset.state = status.state;
  element.hidden = false;
}

export async function update(): Promise<void> {
  const elements = [...document.querySelectorAll<HTMLElement>('[data-open-status]')];
  if (elements.length === 0) return;
  const cal = await loadCalendar();
  if (!cal) return;
  const now = new Date();
  for (const element of elements) render(element, cal, now);
}

update();
// Keep it true while the page stays open (a phone left on the kitchen table).
setInterval(update, 60_000);
