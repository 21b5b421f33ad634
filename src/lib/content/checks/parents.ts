/**
 * Parent chains (areas, organizations, networks): following `parent` must never lead back to
 * where it started. Each cycle is reported once, on the first of its entries in file order.
 */
import type { Reporter } from '../diagnostics.ts';
import type { Entry, LoadedContent } from '../load.ts';
import { problem, RULES } from '../rules.ts';

export function checkParentCycles(loaded: LoadedContent, report: Reporter): void {
  for (const collection of ['areas', 'organizations', 'networks'] as const) {
    const entries = loaded[collection] as Entry<{ parent?: string }>[];
    const parentOf = new Map(entries.map((entry) => [entry.id, entry.data.parent]));
    const reported = new Set<string>();
    for (const start of parentOf.keys()) {
      if (reported.has(start)) continue;
      const cycle = cycleFrom(start, parentOf);
      if (!cycle) continue;
      cycle.forEach((id) => reported.add(id));
      report.inEntry(collection, start, ['parent'], problem(RULES.parentCycle, { cycle: [...cycle, start] }));
    }
  }
}

/** The ids on the way from `start` back to itself, when its parents lead there. */
function cycleFrom(start: string, parentOf: Map<string, string | undefined>): string[] | undefined {
  const chain: string[] = [];
  let current: string | undefined = start;
  while (current !== undefined && parentOf.has(current) && !chain.includes(current)) {
    chain.push(current);
    current = parentOf.get(current);
  }
  return current === start ? chain : undefined;
}
