/**
 * Fills every [data-open-status] with what is true now, in Japan: 「受付中 17:15 まで」,
 * 「本日は休み（祝日） 次は 明日 8:30 から」. The holidays come from the small JSON the build
 * writes (/windows/holidays.json); until it arrives, or without it, the element stays hidden.
 * A page in another language carries its words in <body data-open-status-words> (JSON), so this
 * bundle holds only the Japanese ones.
 */
import {
  calendarFromList,
  clockNow,
  JA_OPEN_STATUS_WORDS,
  openStatus,
  type OpenStatusWords,
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

/** The page's language's words (Japanese when the page gives none or they cannot be read). */
function pageWords(): OpenStatusWords {
  try {
    const given = document.body.dataset.openStatusWords;
    return given
      ? { ...JA_OPEN_STATUS_WORDS, ...(JSON.parse(given) as Partial<OpenStatusWords>) }
      : JA_OPEN_STATUS_WORDS;
  } catch {
    return JA_OPEN_STATUS_WORDS;
  }
}

function render(element: HTMLElement, cal: ClosureCalendar, now: Date, words: OpenStatusWords) {
  let hours: WeeklyRule[];
  try {
    hours = JSON.parse(element.dataset.hours ?? '[]');
  } catch {
    return;
  }
  const closed = (element.dataset.closed ?? '').split(' ').filter(Boolean) as ClosureKind[];
  const status = openStatus({ hours, closed }, now, cal, words);
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
  clock.textContent = clockNow(tokyoTime(now).minutes, words);
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
  const words = pageWords();
  for (const element of elements) render(element, cal, now, words);
}

update();
// Keep it true while the page stays open (a phone left on the kitchen table).
setInterval(update, 60_000);
