/**
 * The browser side of 「情報のまちがいを知らせる」 (src/components/MistakeReport.astro): shows the
 * checkboxes and the text box, and keeps the mail and issue links up to date with what the
 * resident ticks and types. Nothing is sent from here; the resident's own mail program (or
 * GitHub) opens when they follow a link. Without this script the links still work, naming the
 * entry.
 */
import {
  MISTAKE_KINDS,
  issueHref,
  mailtoHref,
  type MistakeEntry,
  type MistakeKind,
  type MistakeReport,
} from '../../lib/mistake-report/mistake-message.ts';

const KIND_IDS = new Set<string>(MISTAKE_KINDS.map((kind) => kind.id));

export function enhanceMistakeReports(root: ParentNode = document): void {
  for (const box of root.querySelectorAll<HTMLElement>('[data-mistake-report]')) enhance(box);
}

/** What the form says now. */
function readForm(box: HTMLElement): MistakeReport {
  const ticked = box.querySelectorAll<HTMLInputElement>('input[name="mistake-kind"]:checked');
  const kinds = [...ticked].map((input) => input.value).filter((value) => KIND_IDS.has(value)) as MistakeKind[];
  const note = box.querySelector<HTMLTextAreaElement>('textarea[name="mistake-note"]')?.value ?? '';
  return { kinds, note };
}

function enhance(box: HTMLElement): void {
  // The page's real address, whether or not the build knew the site's URL.
  const entry: MistakeEntry = { ...JSON.parse(box.dataset.entry!), pageUrl: location.origin + location.pathname };
  const { email, issueUrl } = box.dataset;
  const mail = box.querySelector<HTMLAnchorElement>('[data-mistake-mail]');
  const issue = box.querySelector<HTMLAnchorElement>('[data-mistake-issue]');
  const update = () => {
    const report = readForm(box);
    if (mail && email) mail.href = mailtoHref(email, entry, report);
    if (issue && issueUrl) issue.href = issueHref(issueUrl, entry, report);
  };
  box.addEventListener('input', update);
  box.addEventListener('change', update);
  update();
  box.querySelector<HTMLElement>('[data-mistake-fields]')!.hidden = false;
}
