/**
 * An entry cannot point at itself: a resource's referral (refersTo) or a network's link (linksTo)
 * to its own id is a slip, not a relation.
 */
import type { Reporter } from '../diagnostics.ts';
import type { LoadedContent } from '../load.ts';
import { problem, RULES } from '../rules.ts';

export function checkSelfReferences(loaded: LoadedContent, report: Reporter): void {
  for (const { id, data } of loaded.resources) {
    for (const [index, referral] of (data.refersTo ?? []).entries()) {
      if (referral.resource !== id) continue;
      report.inEntry('resources', id, ['refersTo', index, 'resource'], problem(RULES.selfReferral));
    }
  }
  for (const { id, data } of loaded.networks) {
    for (const [index, link] of (data.linksTo ?? []).entries()) {
      if (link.network === id) report.inEntry('networks', id, ['linksTo', index, 'network'], problem(RULES.selfLink));
    }
  }
}
