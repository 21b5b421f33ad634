/**
 * Where the window finder (「相談窓口を探す」, src/lib/finder/) answers differently after a
 * change: for every worry (topic) × area a resident can pick on both sides, the windows offered
 * (with the general window when nothing else answers), before and after. Answers that change the
 * same way are reported together (one line for a window that leaves eight worries in one area),
 * so moving one window reads as one or two lines, not a page.
 */
import { findWindows, pickableAreas } from '../finder/finder.ts';
import type { AreaView, SiteModel } from '../model/model.ts';

export interface WindowRef {
  id: string;
  name: string;
  path: string;
  /** Offered only as the general window, because nothing else answers. */
  fallback?: boolean;
}

/** A window that is offered on both sides, at another place in the list. */
export interface MovedWindow extends WindowRef {
  /** Offered later in the list than before, or earlier. */
  direction: 'later' | 'earlier';
}

/** How one answer changes. */
export interface AnswerChange {
  /** Windows offered now that were not before. */
  added: WindowRef[];
  /** Windows offered before that are not now. */
  removed: WindowRef[];
  /** Windows still offered, in another place (only those that moved, not those pushed along). */
  moved: MovedWindow[];
}

export interface FinderChange extends AnswerChange {
  /** The worries (names) whose answer changes this way. */
  topics: string[];
  /** The areas (names) where it does, in the model's order. */
  areas: string[];
}

interface Models {
  base: SiteModel;
  head: SiteModel;
}

interface Answer {
  ids: string[];
  fallback: Set<string>;
}

/** What a resident is offered: the matching windows, else the general window(s). */
function answerOf(model: SiteModel, topicId: string, areaId: string): Answer {
  const answer = findWindows(model, { topicId, areaId });
  const ids = [...answer.windows, ...answer.fallback].map((window) => window.id);
  return { ids, fallback: new Set(answer.fallback.map((window) => window.id)) };
}

function windowRef(id: string, model: SiteModel, answer: Answer): WindowRef {
  const name = model.resourceById.get(id)?.name ?? id;
  return { id, name, path: `/resources/${id}/`, ...(answer.fallback.has(id) ? { fallback: true } : {}) };
}

/** The ids that keep their order from `before` to `after` (a longest common subsequence). */
export function keptInOrder(before: readonly string[], after: readonly string[]): Set<string> {
  const lengths = before.map(() => after.map(() => 0));
  const at = (i: number, j: number) => (i < before.length && j < after.length ? lengths[i]![j]! : 0);
  for (let i = before.length - 1; i >= 0; i--) {
    for (let j = after.length - 1; j >= 0; j--) {
      lengths[i]![j] = before[i] === after[j] ? at(i + 1, j + 1) + 1 : Math.max(at(i + 1, j), at(i, j + 1));
    }
  }
  const kept = new Set<string>();
  for (let i = 0, j = 0; i < before.length && j < after.length;) {
    if (before[i] === after[j]) {
      kept.add(before[i]!);
      i++;
      j++;
    } else if (at(i + 1, j) >= at(i, j + 1)) i++;
    else j++;
  }
  return kept;
}

/** How one answer changed, or undefined when it reads the same. */
function answerChange(before: Answer, after: Answer, models: Models): AnswerChange | undefined {
  const common = after.ids.filter((id) => before.ids.includes(id));
  const kept = keptInOrder(
    before.ids.filter((id) => common.includes(id)),
    common,
  );
  const moved = common
    .filter((id) => !kept.has(id))
    .map((id): MovedWindow => {
      const later = after.ids.indexOf(id) > before.ids.indexOf(id);
      return { ...windowRef(id, models.head, after), direction: later ? 'later' : 'earlier' };
    });
  const added = after.ids.filter((id) => !before.ids.includes(id)).map((id) => windowRef(id, models.head, after));
  const removed = before.ids.filter((id) => !after.ids.includes(id)).map((id) => windowRef(id, models.base, before));
  return added.length || removed.length || moved.length ? { added, removed, moved } : undefined;
}

/** The areas a resident can pick, each 圏域 followed by its 地区 (the model keeps children in kana order). */
function areasInTreeOrder(model: SiteModel): AreaView[] {
  const pickable = new Set(pickableAreas(model));
  const ordered: AreaView[] = [];
  const walk = (area: AreaView) => {
    if (pickable.has(area)) ordered.push(area);
    area.children.forEach(walk);
  };
  if (model.municipality) walk(model.municipality);
  // Areas outside the tree (none in valid content) keep the model's order, after the others.
  return [...ordered, ...[...pickable].filter((area) => !ordered.includes(area))];
}

/** Changes keyed by what changed, each with the places (topic, area) it happens. */
function collect(models: Models): Map<string, { change: AnswerChange; places: [string, string][] }> {
  const { base, head } = models;
  const baseAreas = new Set(pickableAreas(base).map((area) => area.id));
  const areas = areasInTreeOrder(head).filter((area) => baseAreas.has(area.id));
  const topics = head.topics.filter((topic) => base.topicById.has(topic.id));
  const found = new Map<string, { change: AnswerChange; places: [string, string][] }>();
  for (const topic of topics) {
    for (const area of areas) {
      const change = answerChange(answerOf(base, topic.id, area.id), answerOf(head, topic.id, area.id), models);
      if (!change) continue;
      const key = JSON.stringify(change);
      const known = found.get(key) ?? { change, places: [] };
      known.places.push([topic.name, area.name]);
      found.set(key, known);
    }
  }
  return found;
}

/** Every topic × area answer that differs, the same change in several places told once. */
export function finderChanges(models: Models): FinderChange[] {
  const changes: FinderChange[] = [];
  for (const { change, places } of collect(models).values()) {
    // The areas each topic changes in; topics with the same areas go on one line.
    const areasOf = new Map<string, string[]>();
    for (const [topic, area] of places) areasOf.set(topic, [...(areasOf.get(topic) ?? []), area]);
    const lines = new Map<string, FinderChange>();
    for (const [topic, areas] of areasOf) {
      const key = areas.join('\n');
      const line = lines.get(key);
      if (line) line.topics.push(topic);
      else lines.set(key, { topics: [topic], areas, ...change });
    }
    changes.push(...lines.values());
  }
  return changes;
}
