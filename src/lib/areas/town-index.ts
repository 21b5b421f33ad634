/**
 * From what a resident types — 「本町２丁目」「本町二丁目」「みどり市本町2-3」「ほんちょう」 — to the
 * 地区 whose `towns` cover it. Runs at build time (the 町名 index pages, tests) and in the browser
 * (the finder's search box), so it only depends on address.ts.
 */
import type { AreaLevel } from '../../schemas/area.ts';
import { normalizeAddress, parseAddress, parseTownSpec, type TownSpec } from './address.ts';
import { romajiSpellings } from '../text/romaji.ts';

export interface AreaForIndex {
  id: string;
  name: string;
  kana: string;
  level: AreaLevel;
  parent?: string;
  towns?: readonly string[];
  /** Whether other areas sit inside it (only leaf areas' towns are used, as in the model). */
  hasChildren?: boolean;
}

export interface TownEntry extends TownSpec {
  /** As written in the area file: 「本町3丁目1～12番」. */
  label: string;
  areaId: string;
  /** よみがな of the 町 when known (from an area named after it: 本町地区 = ほんちょうちく → ほんちょう). */
  reading?: string;
}

export interface TownMatch {
  areaId: string;
  /** What matched, to show the visitor (「本町2丁目」, 「本町地区」). */
  label: string;
  /** True when the typed address falls in this area for certain; false for a partial match. */
  exact: boolean;
}

const AREA_SUFFIX = /(地区|地域|圏域|日常生活圏域)$/;
const AREA_KANA_SUFFIX = /(ちく|ちいき|けんいき|にちじょうせいかつけんいき)$/;

/** Katakana (全角・半角) to hiragana, spaces dropped; other characters kept. */
export function toHiragana(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u30a1-\u30f6]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0x60))
    .replace(/\s+/g, '');
}

const isHiragana = (text: string) => /^[\u3041-\u3096ー]+$/.test(text);

/** 「本町地区」 → 「本町」, 「ほんちょうちく」 → 「ほんちょう」. */
export const areaBaseName = (name: string) => name.replace(AREA_SUFFIX, '');
export const areaBaseKana = (kana: string) => kana.replace(/\s+/g, '').replace(AREA_KANA_SUFFIX, '');

/** Every `towns` entry of the leaf areas, with readings where an area is named after the 町. */
export function buildTownIndex(areas: readonly AreaForIndex[]): TownEntry[] {
  const readings = new Map<string, string>();
  for (const area of areas) {
    if (area.level === 'municipality') continue;
    readings.set(normalizeAddress(areaBaseName(area.name)), areaBaseKana(area.kana));
  }
  const entries: TownEntry[] = [];
  for (const area of areas) {
    if (area.hasChildren || !area.towns) continue;
    for (const label of area.towns) {
      const spec = parseTownSpec(label);
      entries.push({ ...spec, label, areaId: area.id, reading: readings.get(spec.town) });
    }
  }
  return entries;
}

/** 五十音順 (by reading when known, else by the written name), then 丁目 and 番. */
export function sortTownEntries(entries: readonly TownEntry[]): TownEntry[] {
  return entries
    .slice()
    .sort(
      (a, b) =>
        (a.reading ?? a.town).localeCompare(b.reading ?? b.town, 'ja') ||
        a.town.localeCompare(b.town, 'ja') ||
        (a.chome ?? 0) - (b.chome ?? 0) ||
        (a.banFrom ?? 0) - (b.banFrom ?? 0),
    );
}

/**
 * The areas a typed 町名 / 町丁目 / address / reading points to, surest first. Several results
 * when a 丁目 is split between areas and no 番 was given, or when only part of a name was typed.
 */
export function lookupTown(
  query: string,
  index: readonly TownEntry[],
  areas: readonly AreaForIndex[],
  municipality?: { name: string; kana?: string },
): TownMatch[] {
  const matches: TownMatch[] = [];
  const add = (areaId: string, label: string, exact: boolean) => {
    const existing = matches.find((match) => match.areaId === areaId);
    if (!existing) matches.push({ areaId, label, exact });
    else if (exact && !existing.exact) Object.assign(existing, { label, exact });
  };

  const latin = query
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s'-]/g, '');
  if (/^[a-z]+$/.test(latin)) return lookupRomaji(latin, index, areas);

  let reading = toHiragana(query);
  const municipalityKana = municipality?.kana ? municipality.kana.replace(/\s+/g, '') : undefined;
  if (municipalityKana && reading.startsWith(municipalityKana) && reading.length > municipalityKana.length) {
    reading = reading.slice(municipalityKana.length);
  }
  if (!reading) return [];

  // A reading: 「ほんちょう」 → the 町 read that way, and areas whose よみがな start with it.
  if (isHiragana(reading)) {
    for (const entry of index) {
      if (entry.reading?.startsWith(reading))
        add(entry.areaId, entry.label, entry.chome === undefined && entry.reading === reading);
    }
    for (const area of areas) {
      if (area.level !== 'municipality' && areaBaseKana(area.kana).startsWith(reading)) add(area.id, area.name, false);
    }
    return sortMatches(matches);
  }

  const parts = parseAddress(query, municipality?.name);
  // 「ほんちょう2丁目」: a reading followed by a 丁目.
  if (isHiragana(parts.town)) {
    const named = index.find((entry) => entry.reading === parts.town);
    if (named) parts.town = named.town;
  }
  const sameTown = index.filter((entry) => entry.town === parts.town);
  for (const entry of sameTown) {
    if (entry.chome === undefined) add(entry.areaId, entry.label, true);
    else if (parts.chome === undefined) add(entry.areaId, entry.label, false);
    else if (entry.chome === parts.chome) {
      if (entry.banFrom === undefined) add(entry.areaId, entry.label, true);
      else if (parts.ban === undefined) add(entry.areaId, entry.label, false);
      else if (parts.ban >= entry.banFrom && parts.ban <= entry.banTo!) add(entry.areaId, entry.label, true);
    }
  }
  // A 丁目 the list does not have (typo, new 丁目): offer the 町's areas rather than nothing.
  if (matches.length === 0) for (const entry of sameTown) add(entry.areaId, entry.label, false);

  if (matches.length === 0) {
    const typed = normalizeAddress(query);
    // The start of a 町名 (「本」, 「松が」) or an area's name (「北部」「本町地区」).
    for (const entry of index)
      if (typed && entry.town.startsWith(parts.town || typed)) add(entry.areaId, entry.label, false);
    for (const area of areas) {
      if (area.level === 'municipality') continue;
      const base = normalizeAddress(areaBaseName(area.name));
      if (typed.startsWith(base) || base.startsWith(areaBaseName(typed))) add(area.id, area.name, false);
    }
  }
  return sortMatches(matches);
}

/** 「Honcho」「HONCHOU」: the 町 and areas whose reading, in romaji, starts with what was typed. */
function lookupRomaji(latin: string, index: readonly TownEntry[], areas: readonly AreaForIndex[]): TownMatch[] {
  const matches: TownMatch[] = [];
  const spelled = (reading: string) => romajiSpellings(reading).map((spelling) => spelling.replaceAll("'", ''));
  for (const entry of index) {
    const spellings = entry.reading ? spelled(entry.reading) : [];
    if (!spellings.some((spelling) => spelling.startsWith(latin))) continue;
    const exact = entry.chome === undefined && spellings.includes(latin);
    if (!matches.some((match) => match.areaId === entry.areaId))
      matches.push({ areaId: entry.areaId, label: entry.label, exact });
  }
  for (const area of areas) {
    if (area.level === 'municipality' || matches.some((match) => match.areaId === area.id)) continue;
    if (spelled(areaBaseKana(area.kana)).some((spelling) => spelling.startsWith(latin)))
      matches.push({ areaId: area.id, label: area.name, exact: false });
  }
  return sortMatches(matches);
}

function sortMatches(matches: TownMatch[]): TownMatch[] {
  return matches.sort((a, b) => Number(b.exact) - Number(a.exact));
}
