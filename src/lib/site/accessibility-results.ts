/**
 * The accessibility test run's results (src/data/accessibility-results.json), as written by
 * tests/e2e/accessibility.test.ts with UPDATE_A11Y_RESULTS=1 and rendered by /accessibility/.
 * One shape for both, so the statement shows exactly what the run measured.
 */
import { z } from 'astro/zod';

const axeOutcome = z.object({
  /** axe rules that ran and found nothing wrong. */
  passed: z.number().int().nonnegative(),
  /** axe rules that found a violation (ids in `violations`). */
  violated: z.number().int().nonnegative(),
  /** axe rules that could not decide by themselves (axe's "incomplete": a person should look). */
  incomplete: z.number().int().nonnegative(),
  violations: z.array(z.string()),
  /** Ids of the rules in `incomplete`. */
  needsReview: z.array(z.string()).default([]),
});

const checkOutcome = z.object({
  /** How many things went wrong (0 = passed). */
  problems: z.number().int().nonnegative(),
  /** The first few problems in words, so a failing run explains itself. */
  examples: z.array(z.string()).default([]),
});

const pageResult = z.object({
  /** Stable key of the page type in the test (e.g. `resource-detail`). */
  id: z.string(),
  /** What the page is, in Japanese, for the statement. */
  label: z.string(),
  /** Path tested, relative to the site root (query string and state included in the label). */
  path: z.string(),
  axe: axeOutcome,
  /** No sideways scrolling and nothing cut off at 320 px, and at 640 px with 2x pixels (200 %). */
  reflow: checkOutcome,
  /** With prefers-reduced-motion: reduce, nothing moves. */
  motion: checkOutcome,
});

const keyboardResult = z.object({
  id: z.string(),
  label: z.string(),
  /** Number of Tab (and other key) presses made. */
  steps: z.number().int().nonnegative(),
  problems: z.number().int().nonnegative(),
  examples: z.array(z.string()).default([]),
});

export const a11yResultsSchema = z.object({
  /** Day of the run in Japan, YYYY-MM-DD. */
  testedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  tools: z.object({
    axeCore: z.string(),
    chromium: z.string(),
    playwright: z.string(),
  }),
  axeTags: z.array(z.string()),
  viewports: z.array(z.string()),
  pages: z.array(pageResult),
  keyboard: z.array(keyboardResult),
});

export type A11yResults = z.infer<typeof a11yResultsSchema>;
export type A11yPageResult = z.infer<typeof pageResult>;
export type A11yKeyboardResult = z.infer<typeof keyboardResult>;

export function parseA11yResults(data: unknown): A11yResults {
  return a11yResultsSchema.parse(data);
}

/** The axe rules that come up on this site, in words a resident understands; others keep their id. */
const RULE_NAMES_JA: Record<string, string> = {
  'color-contrast': '文字と背景の色の差',
  'th-has-data-cells': '表の見出しとデータの対応',
  'label-content-name-mismatch': '見えている文字と読み上げる名前の一致',
  'scrollable-region-focusable': '横に動かせる部分のキーボード操作',
  'link-name': 'リンクの名前',
  'image-alt': '画像の説明',
  label: '入力欄の名前',
};
export function ruleNameJa(id: string): string {
  return RULE_NAMES_JA[id] ?? id;
}

/** Did this page pass every automated check? */
export function pagePassed(page: A11yPageResult): boolean {
  return page.axe.violated === 0 && page.reflow.problems === 0 && page.motion.problems === 0;
}

export interface A11ySummary {
  pages: number;
  pagesPassed: number;
  keyboardScenarios: number;
  keyboardPassed: number;
  /** Every automated check on every page and every keyboard walk passed. */
  allAutomatedPassed: boolean;
  /**
   * The conformance wording of JIS X 8341-3:2016 as the WAIC guideline on 対応度表記 uses it:
   * 「準拠」 and 「一部準拠」 both need every success criterion tested (by a person as well:
   * automated tests cannot judge alt text, headings, error messages …); until such a review is
   * recorded the honest claim is 「配慮」, even when every automated check passes.
   */
  conformance: '準拠' | '一部準拠' | '配慮';
}

export function summarize(results: A11yResults, opts: { humanReviewPassed?: boolean } = {}): A11ySummary {
  const pagesPassed = results.pages.filter(pagePassed).length;
  const keyboardPassed = results.keyboard.filter((walk) => walk.problems === 0).length;
  const allAutomatedPassed =
    results.pages.length > 0 && pagesPassed === results.pages.length && keyboardPassed === results.keyboard.length;
  return {
    pages: results.pages.length,
    pagesPassed,
    keyboardScenarios: results.keyboard.length,
    keyboardPassed,
    allAutomatedPassed,
    conformance:
      opts.humanReviewPassed === undefined
        ? '配慮'
        : allAutomatedPassed && opts.humanReviewPassed
          ? '準拠'
          : '一部準拠',
  };
}

/**
 * Why the committed results no longer describe what the tests test (empty = up to date):
 * a page type or keyboard walk added, removed or renamed, or another axe-core version.
 */
export function stalenessReasons(
  committed: A11yResults,
  tested: { pages: string[]; keyboard: string[]; axeCore: string },
): string[] {
  const reasons: string[] = [];
  const compare = (what: string, before: string[], now: string[]) => {
    const added = now.filter((id) => !before.includes(id));
    const removed = before.filter((id) => !now.includes(id));
    if (added.length) reasons.push(`${what} tested but missing from the results file: ${added.join(', ')}`);
    if (removed.length) reasons.push(`${what} in the results file but no longer tested: ${removed.join(', ')}`);
  };
  compare(
    'page types',
    committed.pages.map((page) => page.id),
    tested.pages,
  );
  compare(
    'keyboard walks',
    committed.keyboard.map((walk) => walk.id),
    tested.keyboard,
  );
  if (committed.tools.axeCore !== tested.axeCore) {
    reasons.push(`results were made with axe-core ${committed.tools.axeCore}, the tests now run ${tested.axeCore}`);
  }
  return reasons;
}
