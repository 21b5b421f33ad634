/**
 * 「情報のまちがいを知らせる」: the message a resident sends to the site's contact office about
 * one entry, as a mailto: link (and, when site.yaml names one, a prefilled issue on the
 * repository). Nothing is sent by the site: the link opens the resident's own mail program with
 * the entry's name, id and page, and what they ticked, for them to check and send.
 *
 * The resource page builds the plain link (no JavaScript: the items to tick are listed for the
 * resident to fill in) and the browser script (src/scripts/mistake-report/) rebuilds it from the
 * form as the resident ticks and types. Pure: no DOM, no Node.
 */

/** What can be wrong, in the order the form shows them. */
export const MISTAKE_KINDS = [
  { id: 'address', label: '住所' },
  { id: 'phone', label: '電話' },
  { id: 'hours', label: '時間' },
  { id: 'status', label: '休止・廃止' },
  { id: 'other', label: 'その他' },
] as const;

export type MistakeKind = (typeof MISTAKE_KINDS)[number]['id'];

/** The free text is kept short: a mail link with a long body is cut off by some mail programs. */
export const NOTE_MAX_LENGTH = 500;

/** The entry the message is about. */
export interface MistakeEntry {
  id: string;
  name: string;
  /** The page's address (absolute when the site's URL is known). */
  pageUrl: string;
  /** The site's name, so the office knows where the message comes from. */
  siteName: string;
}

/** What the resident said; absent for the plain link, where they write it in the mail themselves. */
export interface MistakeReport {
  kinds: readonly MistakeKind[];
  note: string;
}

export function mistakeSubject(entry: MistakeEntry): string {
  return `【情報のまちがい】${entry.name}（${entry.id}）`;
}

const labelOf = (kind: MistakeKind) => MISTAKE_KINDS.find((candidate) => candidate.id === kind)!.label;

/** The message's text, one line per fact, for a clerk to find the entry without asking back. */
export function mistakeBody(entry: MistakeEntry, report?: MistakeReport): string {
  // Joined with 、 since one label (休止・廃止) holds a ・ itself.
  const choices = MISTAKE_KINDS.map((kind) => kind.label).join('、');
  const kinds = report ? report.kinds.map(labelOf).join('、') || '（選んでいません）' : `（${choices} から）`;
  const note = report ? report.note.trim().slice(0, NOTE_MAX_LENGTH) : '';
  return [
    `「${entry.siteName}」の次の情報にまちがいがあるようです。`,
    '',
    `名前: ${entry.name}`,
    `id: ${entry.id}`,
    `ページ: ${entry.pageUrl}`,
    `まちがっているところ: ${kinds}`,
    'くわしく:',
    note,
    '',
  ].join('\n');
}

/**
 * A mailto: link (RFC 6068): subject and body percent-encoded as UTF-8, line breaks as CRLF. The
 * address is one the schema accepted (no spaces, quotes or angle brackets).
 */
export function mailtoHref(email: string, entry: MistakeEntry, report?: MistakeReport): string {
  const body = mistakeBody(entry, report).replace(/\r?\n/g, '\r\n');
  return `mailto:${email}?subject=${encodeURIComponent(mistakeSubject(entry))}&body=${encodeURIComponent(body)}`;
}

/** A new-issue link with the title and body filled in (GitHub's `title` and `body` parameters). */
export function issueHref(issueUrl: string, entry: MistakeEntry, report?: MistakeReport): string {
  const url = new URL(issueUrl);
  url.searchParams.set('title', mistakeSubject(entry));
  url.searchParams.set('body', mistakeBody(entry, report));
  return url.href;
}
