/**
 * Checking the external links in the content (`npm run report -- --links`): which answer,
 * which moved for good (301/308: the file should be updated), which are gone or never answer.
 * Only run by hand or on a schedule, never in the test suite against the internet.
 */

export type LinkStatus = 'ok' | 'moved' | 'broken' | 'unreachable' | 'timeout';

export interface LinkCheck {
  url: string;
  status: LinkStatus;
  /** Last HTTP status code seen. */
  code?: number;
  /** Where a permanent redirect leads (for `moved`). */
  finalUrl?: string;
  /** A short Japanese explanation. */
  message: string;
}

export interface LinkCheckOptions {
  /** Per request. */
  timeoutMs?: number;
  maxRedirects?: number;
  fetch?: typeof fetch;
}

const USER_AGENT = 'chiiki-care-map-link-check (+https://github.com/)';
/** Servers that refuse HEAD (or answer it wrongly) are asked again with GET. */
const RETRY_WITH_GET = new Set([403, 404, 405, 501]);

async function request(
  url: string,
  method: 'HEAD' | 'GET',
  options: Required<Pick<LinkCheckOptions, 'timeoutMs' | 'fetch'>>,
): Promise<Response> {
  const response = await options.fetch(url, {
    method,
    redirect: 'manual',
    signal: AbortSignal.timeout(options.timeoutMs),
    headers: { 'user-agent': USER_AGENT, accept: 'text/html,*/*;q=0.8' },
  });
  // Only the status matters; do not download pages.
  await response.body?.cancel().catch(() => {});
  return response;
}

/** Checks one URL, following redirects. Never throws. */
export async function checkLink(url: string, options: LinkCheckOptions = {}): Promise<LinkCheck> {
  const settings = { timeoutMs: options.timeoutMs ?? 10_000, fetch: options.fetch ?? fetch };
  const maxRedirects = options.maxRedirects ?? 5;
  let current = url;
  let movedTo: string | undefined;
  let permanentOnly = true;
  try {
    for (let hop = 0; hop <= maxRedirects; hop++) {
      let response = await request(current, 'HEAD', settings);
      if (RETRY_WITH_GET.has(response.status)) response = await request(current, 'GET', settings);
      const code = response.status;
      const location = response.headers.get('location');
      if (code >= 300 && code < 400 && location) {
        const next = new URL(location, current).href;
        if (code === 301 || code === 308) {
          if (permanentOnly) movedTo = next;
        } else {
          permanentOnly = false;
        }
        current = next;
        continue;
      }
      if (code >= 200 && code < 300) {
        if (movedTo !== undefined)
          return {
            url,
            status: 'moved',
            code,
            finalUrl: current,
            message: `移転しています（${current}）。新しい URL に直してください`,
          };
        return { url, status: 'ok', code, message: 'つながります' };
      }
      return {
        url,
        status: 'broken',
        code,
        message: code === 404 || code === 410 ? `ページが見つかりません（${code}）` : `エラーが返りました（${code}）`,
      };
    }
    return {
      url,
      status: 'broken',
      message: `転送が ${maxRedirects} 回を超えました（転送がループしている可能性があります）`,
    };
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'TimeoutError' || name === 'AbortError') {
      return { url, status: 'timeout', message: `${settings.timeoutMs / 1000} 秒待っても応答がありません` };
    }
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    return { url, status: 'unreachable', message: `つながりません${cause ? `（${cause}）` : ''}` };
  }
}

/** Checks many URLs, each once, a few at a time. */
export async function checkLinks(
  urls: Iterable<string>,
  options: LinkCheckOptions & { concurrency?: number } = {},
): Promise<Map<string, LinkCheck>> {
  const queue = [...new Set(urls)];
  const results = new Map<string, LinkCheck>();
  const workers = Array.from({ length: Math.max(1, Math.min(options.concurrency ?? 4, queue.length)) }, async () => {
    for (let url = queue.shift(); url !== undefined; url = queue.shift())
      results.set(url, await checkLink(url, options));
  });
  await Promise.all(workers);
  return results;
}

export interface LinkSite {
  url: string;
  /** Content file, relative to the content folder. */
  file: string;
  /** Field name, or 本文 for a link in the Markdown body. */
  field: string;
}

const BODY_LINK = /https?:\/\/[^\s<>()"'「」（）、。]+/g;

interface EntryLike {
  file: string;
  data: Record<string, unknown>;
  body?: string;
}

/** Every external http(s) link in url fields and in Markdown bodies. */
export function collectLinks(collections: readonly (readonly EntryLike[])[]): LinkSite[] {
  const sites: LinkSite[] = [];
  for (const entries of collections) {
    for (const entry of entries) {
      for (const [field, value] of Object.entries(entry.data)) {
        if (typeof value === 'string' && /^https?:\/\//.test(value))
          sites.push({ url: value, file: entry.file, field });
      }
      for (const match of entry.body?.matchAll(BODY_LINK) ?? []) {
        sites.push({ url: match[0].replace(/[.,;:!?]+$/, ''), file: entry.file, field: '本文' });
      }
    }
  }
  return sites;
}
