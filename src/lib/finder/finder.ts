/**
 * The window finder: a worry (topic) and where someone lives (area) → the windows to call.
 *
 * - A window answers when its `servesAreas` names the area or an area above it, and its
 *   `topics` include the worry. The nearest level comes first (the 地区's own window before
 *   the 圏域's, before the city-wide one), 休止中 after 運営中, 廃止 never.
 * - Resident-facing windows always come first; professional-only ones (like にしのわ) only
 *   when the visitor says they are a professional, and then after the others.
 * - Never an empty answer: with no match, the municipality's general window and the office
 *   that keeps this site.
 * - The second step: where those windows pass this worry on (`refersTo`).
 */
import type { AreaView, ResourceView, SiteModel } from '../model/model.ts';

export interface FinderQuery {
  topicId: string;
  areaId: string;
  /** The visitor said 「専門職の方」. */
  professional?: boolean;
}

export interface Referral {
  from: ResourceView;
  to: ResourceView;
  note?: string;
}

export interface FinderAnswer {
  topic: SiteModel['topics'][number];
  area: AreaView;
  /** Resident-facing matches, then (only for professionals) professional-only ones. */
  windows: ResourceView[];
  /** Professional-only windows that match but were left out (the visitor is not a professional). */
  hiddenProfessional: ResourceView[];
  /** For an area with areas inside (a 圏域): windows that serve only part of it, by part. */
  partial: { area: AreaView; windows: ResourceView[] }[];
  /** Shown when no resident-facing window matches: the municipality's general window(s). */
  fallback: ResourceView[];
  /** The office that keeps this site: the last resort, always there. */
  contact: { name: string; phone: string };
  /** つなぎ先 for this worry from the windows above. */
  referrals: Referral[];
}

/** How many levels above the area the window's nearest `servesAreas` entry is (0 = the area itself). */
export function coverageDepth(window: ResourceView, area: AreaView, model: SiteModel): number | undefined {
  const chain = [area.id, ...model.ancestorsOf(area.id).map((ancestor) => ancestor.id)];
  let best: number | undefined;
  for (const id of window.servesAreas ?? []) {
    const depth = chain.indexOf(id);
    if (depth >= 0 && (best === undefined || depth < best)) best = depth;
  }
  return best;
}

const handles = (window: ResourceView, topicId: string) => window.topics?.includes(topicId) ?? false;

function rank(windows: ResourceView[], area: AreaView, model: SiteModel): ResourceView[] {
  const order = new Map(windows.map((window, index) => [window.id, index]));
  return windows
    .slice()
    .sort(
      (a, b) =>
        Number(a.professionalOnly) - Number(b.professionalOnly) ||
        Number(a.status !== 'active') - Number(b.status !== 'active') ||
        (coverageDepth(a, area, model) ?? 99) - (coverageDepth(b, area, model) ?? 99) ||
        order.get(a.id)! - order.get(b.id)!,
    );
}

/** The municipality's general window(s): resident-facing, serving the whole municipality, widest first. */
export function generalWindows(model: SiteModel): ResourceView[] {
  const municipality = model.municipality;
  if (!municipality) return [];
  const candidates = model.windows.filter(
    (window) => !window.professionalOnly && window.status === 'active' && window.servesAreas?.includes(municipality.id),
  );
  const widest = Math.max(0, ...candidates.map((window) => window.topics?.length ?? 0));
  return candidates.filter((window) => (window.topics?.length ?? 0) === widest);
}

export function findWindows(model: SiteModel, query: FinderQuery): FinderAnswer {
  const topic = model.topicById.get(query.topicId);
  const area = model.areaById.get(query.areaId);
  if (!topic) throw new Error(`unknown topic ${query.topicId}`);
  if (!area) throw new Error(`unknown area ${query.areaId}`);

  const open = model.windows.filter((window) => window.status !== 'closed' && handles(window, topic.id));
  const covering = open.filter((window) => coverageDepth(window, area, model) !== undefined);
  const ranked = rank(covering, area, model);
  const windows = ranked.filter((window) => query.professional || !window.professionalOnly);
  const hiddenProfessional = ranked.filter((window) => !query.professional && window.professionalOnly);

  const partial = model.descendantsOf(area.id).flatMap((inside) => {
    const serving = open.filter(
      (window) =>
        window.servesAreas?.includes(inside.id) &&
        !covering.includes(window) &&
        (query.professional || !window.professionalOnly),
    );
    return serving.length ? [{ area: inside, windows: rank(serving, inside, model) }] : [];
  });

  const hasResidentAnswer = windows.some((window) => !window.professionalOnly);
  const fallback = hasResidentAnswer ? [] : generalWindows(model).filter((window) => !windows.includes(window));

  const referrals: Referral[] = [];
  for (const from of windows) {
    for (const referral of from.refersTo ?? []) {
      const to = model.resourceById.get(referral.resource);
      if (!to || to.status === 'closed') continue;
      if (to.professionalOnly && !query.professional) continue;
      // A referral says which worries it is for; one that says none is for whatever the target handles.
      const forTopic = referral.topics ? referral.topics.includes(topic.id) : handles(to, topic.id);
      if (!forTopic) continue;
      // Not the 圏域 window of another part of town.
      if (to.servesAreas?.length && coverageDepth(to, area, model) === undefined) continue;
      if (!referrals.some((known) => known.from === from && known.to === to))
        referrals.push({ from, to, note: referral.note });
    }
  }

  return {
    topic,
    area,
    windows,
    hiddenProfessional,
    partial,
    fallback,
    contact: { name: model.site.contact.name, phone: model.site.contact.phone },
    referrals,
  };
}

/** The areas a visitor can pick: every area but the municipality itself, 圏域 with their 地区. */
export function pickableAreas(model: SiteModel): AreaView[] {
  return model.areas.filter((area) => area.level !== 'municipality');
}
