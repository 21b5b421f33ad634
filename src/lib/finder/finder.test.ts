/**
 * The finder, checked for every topic × area of real content folders (the bundled sample and a
 * 世田谷-like 区), generated from the content rather than hand-picked: whatever the content says,
 * these properties must hold.
 */
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadModel } from '../model/load-model.ts';
import { findWindows, generalWindows } from './finder.ts';
import type { ResourceView, SiteModel } from '../model/model.ts';

async function modelOf(dir: string): Promise<SiteModel> {
  return (await loadModel(path.resolve(dir))).model;
}

const sample = await modelOf('content');
const setagaya = await modelOf('tests/fixtures/setagaya-like');

/** The area and everything above it, walked from the `parent` fields (not through the model's helper). */
function selfAndAbove(model: SiteModel, areaId: string): string[] {
  const chain: string[] = [];
  for (let id: string | undefined = areaId; id; id = model.areas.find((area) => area.id === id)?.parent) chain.push(id);
  return chain;
}

const servesArea = (model: SiteModel, window: ResourceView, areaId: string) =>
  (window.servesAreas ?? []).some((id) => selfAndAbove(model, areaId).includes(id));
const residentFacing = (window: ResourceView) => window.audience.includes('resident');

function checkAnswer(model: SiteModel, topicId: string, areaId: string) {
  const answer = findWindows(model, { topicId, areaId });
  const pro = findWindows(model, { topicId, areaId, professional: true });

  // Every window offered serves the area (or an area above it) and handles the worry; none is 廃止.
  for (const window of [...answer.windows, ...pro.windows]) {
    expect(servesArea(model, window, areaId), `${window.id} serves ${areaId}`).toBe(true);
    expect(window.topics, `${window.id} handles ${topicId}`).toContain(topicId);
    expect(window.status).not.toBe('closed');
  }
  // Nothing that qualifies is left out.
  const expected = model.windows.filter(
    (window) => window.status !== 'closed' && window.topics?.includes(topicId) && servesArea(model, window, areaId),
  );
  expect(new Set(pro.windows.map((w) => w.id))).toEqual(new Set(expected.map((w) => w.id)));
  // Residents never see a professional-only window as a first contact.
  expect(answer.windows.every(residentFacing)).toBe(true);
  expect(answer.hiddenProfessional.map((w) => w.id).sort()).toEqual(
    expected
      .filter((w) => !residentFacing(w))
      .map((w) => w.id)
      .sort(),
  );
  // Professionals see them, after every resident-facing one.
  const firstProfessional = pro.windows.findIndex((window) => !residentFacing(window));
  if (firstProfessional >= 0)
    expect(pro.windows.slice(firstProfessional).every((window) => !residentFacing(window))).toBe(true);
  // The nearest level first: a 地区 window before a 地域 window before a city-wide one.
  const depth = (window: ResourceView) =>
    Math.min(...(window.servesAreas ?? []).map((id) => selfAndAbove(model, areaId).indexOf(id)).filter((d) => d >= 0));
  const active = answer.windows.filter((window) => window.status === 'active');
  for (let i = 1; i < active.length; i++)
    expect(depth(active[i]), `order of ${active.map((w) => w.id)}`).toBeGreaterThanOrEqual(depth(active[i - 1]));
  // Never an empty answer: a matching window, else the general window, and always the contact office.
  if (answer.windows.length === 0)
    expect(answer.fallback.length, `fallback for ${topicId} × ${areaId}`).toBeGreaterThan(0);
  expect(answer.contact.phone).toMatch(/^0\d/);
  for (const window of answer.fallback) expect(residentFacing(window)).toBe(true);
  // The second step: each referral really is written on a window of the answer, for this worry, and
  // never sends a resident to a professional-only window or to the 圏域 window of another part of town.
  for (const { from, to } of answer.referrals) {
    expect(answer.windows).toContain(from);
    const written = from.refersTo?.find((referral) => referral.resource === to.id);
    expect(written, `${from.id} → ${to.id}`).toBeDefined();
    expect(written!.topics ? written!.topics.includes(topicId) : to.topics?.includes(topicId)).toBe(true);
    expect(residentFacing(to)).toBe(true);
    if (to.servesAreas?.length) expect(servesArea(model, to, areaId)).toBe(true);
  }
  // …and none that qualifies is missing.
  for (const from of answer.windows) {
    for (const referral of from.refersTo ?? []) {
      const to = model.resourceById.get(referral.resource)!;
      const qualifies =
        (referral.topics?.includes(topicId) ?? false) &&
        residentFacing(to) &&
        to.status !== 'closed' &&
        (!to.servesAreas?.length || servesArea(model, to, areaId));
      if (qualifies)
        expect(
          answer.referrals.some((r) => r.from === from && r.to === to),
          `${from.id} → ${to.id}`,
        ).toBe(true);
    }
  }
  return answer;
}

describe('sample content (みどり市): every topic × area', () => {
  const cases = sample.topics.flatMap((topic) => sample.areas.map((area) => [topic.id, area.id] as const));
  test('there are cases to check', () => expect(cases.length).toBe(sample.topics.length * sample.areas.length));
  test.each(cases)('%s × %s', (topicId, areaId) => {
    checkAnswer(sample, topicId, areaId);
  });
  test('the professional-only 在宅療養連携支援センター is never a resident answer, yet exists for professionals', () => {
    const professionalOnly = sample.windows.filter((window) => window.professionalOnly);
    expect(professionalOnly.length).toBeGreaterThan(0);
    for (const window of professionalOnly) {
      for (const topicId of window.topics ?? []) {
        for (const area of sample.areas) {
          expect(findWindows(sample, { topicId, areaId: area.id }).windows).not.toContain(window);
        }
      }
    }
  });
});

describe('世田谷-like 区: every 地区 × topic', () => {
  const districts = setagaya.areas.filter((area) => area.level === 'district');
  test('ten 地区 in five 地域', () => {
    expect(districts).toHaveLength(10);
    expect(new Set(districts.map((district) => district.parent)).size).toBe(5);
  });
  const cases = setagaya.topics.flatMap((topic) => districts.map((district) => [topic.id, district.id] as const));
  test.each(cases)('%s × %s', (topicId, areaId) => {
    const answer = checkAnswer(setagaya, topicId, areaId);
    // The 地区's own windows (three co-operating windows each) come before the 区's when they handle it.
    const own = setagaya.windows.filter(
      (window) => window.servesAreas?.includes(areaId) && window.topics?.includes(topicId),
    );
    expect(
      answer.windows
        .slice(0, own.length)
        .map((w) => w.id)
        .sort(),
    ).toEqual(own.map((w) => w.id).sort());
  });
  test.each(districts.map((district) => district.id))('%s has its three windows, each serving only it', (areaId) => {
    const own = setagaya.windows.filter((window) => window.servesAreas?.includes(areaId));
    expect(own.map((window) => window.categoryInfo.id).sort()).toEqual([
      'anshin',
      'chiku-shakyo',
      'machizukuri-center',
    ]);
  });
  test.each(districts.map((district) => district.id))(
    '生活費に困っている in %s: the 地区 windows refer on to the 地域 生活支援課',
    (areaId) => {
      const answer = findWindows(setagaya, { topicId: 'seikatsu', areaId });
      const regionWindow = setagaya.windows.find(
        (window) =>
          window.id.startsWith('seikatsu-shien-') &&
          window.servesAreas?.includes(setagaya.areaById.get(areaId)!.parent!),
      )!;
      expect(
        answer.referrals.some(
          (referral) => referral.to === regionWindow && referral.from.servesAreas?.includes(areaId),
        ),
      ).toBe(true);
    },
  );
  test("a worry no window takes: the 区's general window and the contact office, never nothing", () => {
    for (const district of districts) {
      const answer = findWindows(setagaya, { topicId: 'gaikokugo', areaId: district.id });
      expect(answer.windows).toEqual([]);
      expect(answer.fallback.map((window) => window.id)).toEqual(generalWindows(setagaya).map((window) => window.id));
      expect(answer.fallback.length).toBeGreaterThan(0);
    }
  });
  test("a 地域 picked instead of a 地区: its own windows, and each 地区's windows as parts", () => {
    const answer = findWindows(setagaya, { topicId: 'kaigo', areaId: 'higashi' });
    expect(answer.windows.map((w) => w.id)).toContain('hoken-fukushi-higashi');
    expect(answer.partial.map((part) => part.area.id).sort()).toEqual(['sakuradai', 'wakaba']);
    expect(
      answer.partial.every((part) => part.windows.every((window) => window.servesAreas?.includes(part.area.id))),
    ).toBe(true);
  });
});
