/**
 * Entries whose 情報確認日 (verifiedAt) is past site.yaml's `staleAfterMonths`, put in front of
 * the people who can check them. `npm run report` lists them as text (and as Markdown with
 * `--stale`); the weekly workflow keeps one issue in the repository with the same Markdown
 * (src/lib/report/stale-issue.ts). The Markdown groups the entries by who runs them (the
 * `operator` organization, a network's 事務局) so one call covers a whole group, and gives each
 * entry's phone, its page on the site and the link that opens its file for editing.
 */
import path from 'node:path';
import { shiftMonths, type LoadedContent } from '../content/load.ts';

/** A resource or network with its 情報確認日, in the terms the report needs. */
export interface DatedEntry {
  kind: 'resource' | 'network';
  id: string;
  /** Path relative to the content folder, with / separators. */
  file: string;
  name: string;
  verifiedAt: string;
  /** Whole months from verifiedAt to today. */
  months: number;
  /** Who to call to check it: the entry's own number, else its 事務局's. */
  phone?: string;
  /** The organization that runs it, when the content says. */
  operatorId?: string;
  /** The operator's number, for an entry without its own. */
  operatorPhone?: string;
}

export interface StaleLists {
  staleAfterMonths: number;
  /** Past staleAfterMonths, oldest first. */
  stale: DatedEntry[];
  /** Past it within the coming month, oldest first. */
  soon: DatedEntry[];
}

/** Whole months from `date` to `today` (a month counts once its day of the month is reached). */
export function monthsSince(date: string, today: string): number {
  const [y, m, d] = date.split('-').map(Number);
  const [ty, tm, td] = today.split('-').map(Number);
  return ty * 12 + tm - (y * 12 + m) - (td < d ? 1 : 0);
}

/** Every resource and network, with its operator and phone resolved; oldest first. */
export function datedEntries(loaded: LoadedContent, today: string): DatedEntry[] {
  const organizations = new Map(loaded.organizations.map((entry) => [entry.id, entry.data]));
  const resources = new Map(loaded.resources.map((entry) => [entry.id, entry.data]));
  const entries: DatedEntry[] = loaded.resources.map(({ id, file, data }) => ({
    kind: 'resource',
    id,
    file,
    name: data.name,
    verifiedAt: data.verifiedAt,
    months: monthsSince(data.verifiedAt, today),
    phone: data.phone,
    operatorId: data.operator,
    operatorPhone: data.operator === undefined ? undefined : organizations.get(data.operator)?.phone,
  }));
  for (const { id, file, data } of loaded.networks) {
    // A 事務局 is an organization or a window; a window's own operator runs the network then.
    const secretariat = data.secretariat;
    const organization = secretariat === undefined ? undefined : organizations.get(secretariat);
    const window = secretariat === undefined ? undefined : resources.get(secretariat);
    const operatorId = organization ? secretariat : window?.operator;
    const phone = organization?.phone ?? window?.phone;
    const operatorPhone = operatorId === undefined ? undefined : organizations.get(operatorId)?.phone;
    const months = monthsSince(data.verifiedAt, today);
    const { name, verifiedAt } = data;
    entries.push({ kind: 'network', id, file, name, verifiedAt, months, phone, operatorId, operatorPhone });
  }
  return entries.sort((a, b) => a.verifiedAt.localeCompare(b.verifiedAt) || a.file.localeCompare(b.file));
}

/** The stale entries and those about to be, as of `today`. */
export function staleLists(loaded: LoadedContent, today: string): StaleLists {
  const staleAfterMonths = loaded.site?.staleAfterMonths ?? 12;
  const staleBefore = shiftMonths(today, -staleAfterMonths);
  const soonBefore = shiftMonths(today, -(staleAfterMonths - 1));
  const all = datedEntries(loaded, today);
  return {
    staleAfterMonths,
    stale: all.filter((entry) => entry.verifiedAt < staleBefore),
    soon: all.filter((entry) => entry.verifiedAt >= staleBefore && entry.verifiedAt < soonBefore),
  };
}

/** Where the report's links lead: the published site, and the repository's edit pages. */
export interface ReportLinks {
  /** The site's origin (SITE_URL), when known: pages get absolute links. */
  siteUrl?: string;
  /** Where the site is served (BASE_PATH); `/` when empty. */
  basePath?: string;
  /** Prefix that a content file's path (resources/x.md) completes into its edit page. */
  editBase?: string;
}

/** `/resources/x/` as published: under the base path, absolute when the origin is known. */
export function pageUrl(sitePath: string, links: ReportLinks): string {
  const base = (links.basePath || '/').replace(/^\/?/, '/').replace(/\/?$/, '/');
  const local = `${base}${sitePath.replace(/^\//, '')}`;
  return links.siteUrl ? new URL(local, links.siteUrl).href : local;
}

/** The page of a resource or network, from the site root. */
export function entryPath(entry: Pick<DatedEntry, 'kind' | 'id'>): string {
  return `/${entry.kind === 'network' ? 'networks' : 'resources'}/${entry.id}/`;
}

/** The edit page of a content file, when an edit base is known. */
export function editUrl(file: string, links: ReportLinks): string | undefined {
  if (!links.editBase || !file) return undefined;
  return `${links.editBase.replace(/\/?$/, '/')}${encodeURI(file)}`;
}

/**
 * The edit base for the content folder: on a GitHub Actions runner, the repository's own edit
 * pages for the branch being run (GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_REF_NAME);
 * elsewhere, site.yaml's editUrl.
 */
export function defaultEditBase(options: {
  env: NodeJS.ProcessEnv;
  contentDir: string;
  siteEditUrl?: string;
}): string | undefined {
  const { env, contentDir } = options;
  if (env.GITHUB_REPOSITORY && env.GITHUB_REF_NAME) {
    const inRepo = path
      .relative(env.GITHUB_WORKSPACE || process.cwd(), contentDir)
      .split(path.sep)
      .join('/');
    if (inRepo && !inRepo.startsWith('..') && !path.isAbsolute(inRepo)) {
      const server = env.GITHUB_SERVER_URL || 'https://github.com';
      return `${server}/${env.GITHUB_REPOSITORY}/edit/${env.GITHUB_REF_NAME}/${inRepo}/`;
    }
  }
  return options.siteEditUrl;
}

/**
 * The links for a report run: the site from SITE_URL and BASE_PATH (as the build reads them), the
 * edit base as given, else defaultEditBase.
 */
export function reportLinks(options: { env: NodeJS.ProcessEnv; loaded: LoadedContent; editBase?: string }) {
  const { env, loaded } = options;
  const siteEditUrl = loaded.site?.editUrl;
  const editBase = options.editBase ?? defaultEditBase({ env, contentDir: loaded.dir, siteEditUrl });
  const links: ReportLinks = { siteUrl: env.SITE_URL || undefined, basePath: env.BASE_PATH, editBase };
  return links;
}
