/**
 * Freshness of what the directory says: each resource and network carries the date its details
 * were last confirmed (verifiedAt, 情報確認日). A date after today is a typo; one older than
 * site.yaml's staleAfterMonths (12 by default) is a reminder to check the entry again.
 */
import type { Reporter } from '../diagnostics.ts';
import { shiftMonths } from '../dates.ts';
import type { LoadedContent } from '../load.ts';
import { problem, RULES } from '../rules.ts';

export function checkFreshness(loaded: LoadedContent, today: string, report: Reporter): void {
  const months = loaded.site?.staleAfterMonths ?? 12;
  const staleBefore = shiftMonths(today, -months);
  const check = (collection: 'resources' | 'networks', id: string, verifiedAt: string) => {
    if (verifiedAt > today) {
      report.inEntry(collection, id, ['verifiedAt'], problem(RULES.verifiedInFuture, { verifiedAt, today }));
    } else if (verifiedAt < staleBefore) {
      report.inEntry(collection, id, ['verifiedAt'], problem(RULES.stale, { verifiedAt, months }));
    }
  };
  for (const { id, data } of loaded.resources) check('resources', id, data.verifiedAt);
  for (const { id, data } of loaded.networks) check('networks', id, data.verifiedAt);
}
