/**
 * What a change to the content folder does to the site, in the terms residents meet it: which
 * windows and services appear or go, which are suspended or open again, whose phone number,
 * hours, address or 担当地区 changes, and where the finder (「相談窓口を探す」) now answers
 * differently (finder-changes.ts). `npm run changes` prints it as Markdown (changes-markdown.ts)
 * so a reviewer of a pull request reads that instead of YAML diffs.
 *
 * Both sides go through the validator (loadContent) and the model, like a build. A side with
 * errors is still compared: its invalid files are named and left out, so an entry that merely
 * fails to validate is not reported as removed.
 */
import path from 'node:path';
import { hasErrors, loadContent, type Diagnostic, type Entry, type LoadedContent } from '../content/load.ts';
import { buildModel, type SiteModel } from '../model/model.ts';
import { closureSentence, hoursSummary } from '../hours/hours.ts';
import type { Network, Resource } from '../../schemas/index.ts';
import { finderChanges, type FinderChange } from './finder-changes.ts';

/** One side of the comparison: the content as loaded, and its model when one could be built. */
export interface ContentSide {
  loaded: LoadedContent;
  model?: SiteModel;
}

/** An entry as the report names it. */
export interface EntryRef {
  id: string;
  name: string;
  /** Its page, from the site root: /resources/<id>/. */
  path: string;
  /** The category's name (resources). */
  category?: string;
}

export interface ValueChange {
  entry: EntryRef;
  before: string;
  after: string;
}

export interface StatusChange {
  entry: EntryRef;
  from: Resource['status'];
  to: Resource['status'];
}

export interface AreaChange extends ValueChange {
  added: string[];
  removed: string[];
}

export interface SideProblems {
  side: 'base' | 'head';
  errors: number;
  /** Content files with errors, relative to the content folder. */
  files: string[];
}

export interface ChangeReport {
  problems: SideProblems[];
  added: EntryRef[];
  removed: EntryRef[];
  status: StatusChange[];
  renamed: ValueChange[];
  phone: ValueChange[];
  hours: ValueChange[];
  address: ValueChange[];
  servesAreas: AreaChange[];
  networksAdded: EntryRef[];
  networksRemoved: EntryRef[];
  finder: FinderChange[];
  /** Why the finder was not compared (a side whose model could not be built). */
  finderSkipped?: string;
}

/** Loads a content folder and builds its model (skipped when the content is too broken for one). */
export async function loadSide(dir: string, today?: string): Promise<ContentSide> {
  const loaded = await loadContent(dir, { today });
  return { loaded, model: modelOf(loaded) };
}

function modelOf(loaded: LoadedContent): SiteModel | undefined {
  if (!loaded.site) return undefined;
  try {
    const { site, categories, topics, areas, organizations, resources, networks } = loaded;
    return buildModel({ site, categories, topics, areas, organizations, resources, networks });
  } catch {
    // A reference the validator refused (an unknown category) can leave nothing to build on.
    return undefined;
  }
}

/** The content files a side's errors are in, relative to its folder. */
function filesWithErrors(loaded: LoadedContent): string[] {
  const errors = loaded.diagnostics.filter((diagnostic: Diagnostic) => diagnostic.severity === 'error');
  const inFolder = (file: string) => path.relative(loaded.dir, path.resolve(file)).split(path.sep).join('/');
  const files = errors.map((diagnostic) => inFolder(diagnostic.file));
  return [...new Set(files)].sort();
}

function problemsOf(side: ContentSide, name: SideProblems['side']): SideProblems[] {
  if (!hasErrors(side.loaded.diagnostics)) return [];
  const errors = side.loaded.diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
  return [{ side: name, errors, files: filesWithErrors(side.loaded) }];
}

/** Ids of entry files (resources/…, networks/…) with errors on a side: present, just not comparable. */
function invalidIds(loaded: LoadedContent, collection: 'resources' | 'networks'): Set<string> {
  const inCollection = filesWithErrors(loaded).filter((file) => file.startsWith(`${collection}/`));
  return new Set(inCollection.map((file) => path.posix.basename(file, path.posix.extname(file))));
}

const SEPARATOR = '、';

function resourceRef(entry: Entry<Resource>, loaded: LoadedContent): EntryRef {
  const category = loaded.categories.find((candidate) => candidate.id === entry.data.category)?.name;
  return { id: entry.id, name: entry.data.name, path: `/resources/${entry.id}/`, category };
}

function networkRef(entry: Entry<Network>): EntryRef {
  return { id: entry.id, name: entry.data.name, path: `/networks/${entry.id}/` };
}

/** Hours as a resident reads them on the page: the weekly summary, closures, the note. */
export function hoursText(resource: Resource): string {
  const parts = [...hoursSummary(resource.hours ?? []), closureSentence(resource.closed), resource.hoursNote];
  const text = parts.filter((part): part is string => Boolean(part)).join(SEPARATOR);
  return text || '（記載なし）';
}

function areaNames(ids: readonly string[] | undefined, loaded: LoadedContent): string[] {
  return (ids ?? []).map((id) => loaded.areas.find((area) => area.id === id)?.data.name ?? id);
}

type ValueField = 'renamed' | 'phone' | 'hours' | 'address';

/** The value residents see for each compared field, as text. */
const FIELD_TEXT: Record<ValueField, (resource: Resource) => string> = {
  renamed: (resource) => resource.name,
  phone: (resource) => resource.phone ?? '（なし）',
  hours: hoursText,
  address: (resource) => resource.address ?? (resource.online ? '（電話・オンラインのみ）' : '（なし）'),
};

interface LoadedSides {
  base: LoadedContent;
  head: LoadedContent;
}

interface ResourcePair {
  entry: EntryRef;
  before: Entry<Resource>;
  after: Entry<Resource>;
}

type ResourceChanges = Pick<ChangeReport, 'added' | 'removed' | 'status' | ValueField | 'servesAreas'>;

function servesAreasChange(pair: ResourcePair, sides: LoadedSides): AreaChange | undefined {
  const before = new Set(pair.before.data.servesAreas ?? []);
  const after = new Set(pair.after.data.servesAreas ?? []);
  const added = [...after].filter((id) => !before.has(id));
  const removed = [...before].filter((id) => !after.has(id));
  if (added.length === 0 && removed.length === 0) return undefined;
  const text = (names: string[]) => names.join(SEPARATOR) || '（なし）';
  return {
    entry: pair.entry,
    before: text(areaNames(pair.before.data.servesAreas, sides.base)),
    after: text(areaNames(pair.after.data.servesAreas, sides.head)),
    added: areaNames(added, sides.head),
    removed: areaNames(removed, sides.base),
  };
}

/** Adds what changed between the two versions of one resource. */
function comparePair(pair: ResourcePair, sides: LoadedSides, into: ResourceChanges): void {
  const { before, after } = pair;
  if (before.data.status !== after.data.status) {
    into.status.push({ entry: pair.entry, from: before.data.status, to: after.data.status });
  }
  for (const field of Object.keys(FIELD_TEXT) as ValueField[]) {
    const [was, is] = [FIELD_TEXT[field](before.data), FIELD_TEXT[field](after.data)];
    if (was !== is) into[field].push({ entry: pair.entry, before: was, after: is });
  }
  const areas = servesAreasChange(pair, sides);
  if (areas) into.servesAreas.push(areas);
}

/** Resources added, removed and changed; files with errors on either side are left out. */
function compareResources(base: LoadedContent, head: LoadedContent): ResourceChanges {
  const skip = new Set([...invalidIds(base, 'resources'), ...invalidIds(head, 'resources')]);
  const before = new Map(base.resources.filter((entry) => !skip.has(entry.id)).map((entry) => [entry.id, entry]));
  const after = head.resources.filter((entry) => !skip.has(entry.id));
  const changes: ResourceChanges = {
    ...{ added: [], removed: [], status: [], servesAreas: [] },
    ...{ renamed: [], phone: [], hours: [], address: [] },
  };
  for (const entry of after) {
    const was = before.get(entry.id);
    if (was) comparePair({ entry: resourceRef(entry, head), before: was, after: entry }, { base, head }, changes);
    else changes.added.push(resourceRef(entry, head));
  }
  const kept = new Set(after.map((entry) => entry.id));
  const gone = [...before.values()].filter((entry) => !kept.has(entry.id));
  changes.removed = gone.map((entry) => resourceRef(entry, base));
  return changes;
}

type NetworkChanges = Pick<ChangeReport, 'networksAdded' | 'networksRemoved'>;

/** Networks added and removed (their pages appear or go). */
function compareNetworks(base: LoadedContent, head: LoadedContent): NetworkChanges {
  const skip = new Set([...invalidIds(base, 'networks'), ...invalidIds(head, 'networks')]);
  const ids = (loaded: LoadedContent) => new Set(loaded.networks.map((entry) => entry.id));
  const [was, is] = [ids(base), ids(head)];
  return {
    networksAdded: head.networks.filter((entry) => !was.has(entry.id) && !skip.has(entry.id)).map(networkRef),
    networksRemoved: base.networks.filter((entry) => !is.has(entry.id) && !skip.has(entry.id)).map(networkRef),
  };
}

/** Everything residents would see change from `base` to `head`. */
export function compareContent(sides: { base: ContentSide; head: ContentSide }): ChangeReport {
  const { base, head } = sides;
  const problems = [...problemsOf(base, 'base'), ...problemsOf(head, 'head')];
  const finderReady = base.model && head.model;
  return {
    problems,
    ...compareResources(base.loaded, head.loaded),
    ...compareNetworks(base.loaded, head.loaded),
    finder: finderReady ? finderChanges({ base: base.model!, head: head.model! }) : [],
    finderSkipped: finderReady ? undefined : 'エラーのため、「相談窓口を探す」の答えは比べられませんでした。',
  };
}

/** True when nothing a resident sees changes (errors aside). */
export function isUnchanged(report: ChangeReport): boolean {
  const { added, removed, status, renamed, phone, hours, address, servesAreas } = report;
  const lists = [added, removed, status, renamed, phone, hours, address, servesAreas];
  const more = [report.networksAdded, report.networksRemoved, report.finder];
  return [...lists, ...more].every((list) => list.length === 0) && report.finderSkipped === undefined;
}
