import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  parseA11yResults,
  ruleNameJa,
  stalenessReasons,
  summarize,
  type A11yResults,
} from './accessibility-results.ts';

const clean = { problems: 0, examples: [] };
const page = (id: string, over: Partial<A11yResults['pages'][number]> = {}): A11yResults['pages'][number] => ({
  id,
  label: id,
  path: `${id}/`,
  axe: { passed: 30, violated: 0, incomplete: 1, violations: [], needsReview: ['color-contrast'] },
  reflow: clean,
  motion: clean,
  ...over,
});
const results = (over: Partial<A11yResults> = {}): A11yResults => ({
  testedAt: '2026-11-24',
  tools: { axeCore: '4.14.1', chromium: '140.0', playwright: '1.65.1' },
  axeTags: ['wcag2a'],
  viewports: ['320 px'],
  pages: [page('home'), page('map')],
  keyboard: [{ id: 'home', label: 'home', steps: 40, problems: 0, examples: [] }],
  ...over,
});

describe('summarize', () => {
  test('all automated checks passing is still only 配慮 without a review by a person', () => {
    const summary = summarize(results());
    expect(summary).toMatchObject({
      pages: 2,
      pagesPassed: 2,
      keyboardPassed: 1,
      allAutomatedPassed: true,
      conformance: '配慮',
    });
    expect(summarize(results(), { humanReviewPassed: true }).conformance).toBe('準拠');
  });

  test('a violation, a reflow problem or a keyboard problem each make it fail', () => {
    const axeFail = results({
      pages: [
        page('home', {
          axe: { passed: 29, violated: 1, incomplete: 0, violations: ['color-contrast'], needsReview: [] },
        }),
        page('map'),
      ],
    });
    expect(summarize(axeFail, { humanReviewPassed: true })).toMatchObject({
      pagesPassed: 1,
      allAutomatedPassed: false,
      conformance: '一部準拠',
    });
    const reflowFail = results({ pages: [page('home', { reflow: { problems: 2, examples: ['x'] } })] });
    expect(summarize(reflowFail).pagesPassed).toBe(0);
    const keyboardFail = results({
      keyboard: [{ id: 'home', label: 'home', steps: 3, problems: 1, examples: ['trap'] }],
    });
    expect(summarize(keyboardFail).allAutomatedPassed).toBe(false);
  });

  test('no pages is not a pass', () => {
    expect(summarize(results({ pages: [] })).allAutomatedPassed).toBe(false);
  });
});

describe('stalenessReasons', () => {
  const tested = { pages: ['home', 'map'], keyboard: ['home'], axeCore: '4.14.1' };
  test('up to date: no reasons', () => {
    expect(stalenessReasons(results(), tested)).toEqual([]);
  });
  test('a page type added to the tests, one dropped, a new axe-core', () => {
    expect(stalenessReasons(results(), { ...tested, pages: ['home', 'search'], axeCore: '4.15.0' })).toEqual([
      'page types tested but missing from the results file: search',
      'page types in the results file but no longer tested: map',
      'results were made with axe-core 4.14.1, the tests now run 4.15.0',
    ]);
  });
  test('a keyboard walk added', () => {
    expect(stalenessReasons(results(), { ...tested, keyboard: ['home', 'map'] })).toEqual([
      'keyboard walks tested but missing from the results file: map',
    ]);
  });
});

describe('parseA11yResults', () => {
  test('rejects a file without a proper date', () => {
    expect(() => parseA11yResults({ ...results(), testedAt: '24/11/2026' })).toThrow();
  });
  test('the committed results file is valid', () => {
    const file = path.resolve(import.meta.dirname, '../../data/accessibility-results.json');
    expect(() => parseA11yResults(JSON.parse(fs.readFileSync(file, 'utf8')))).not.toThrow();
  });
});

describe('ruleNameJa', () => {
  test('names known rules in Japanese and keeps unknown ids', () => {
    expect(ruleNameJa('color-contrast')).toBe('文字と背景の色の差');
    expect(ruleNameJa('some-new-rule')).toBe('some-new-rule');
  });
});
