/**
 * From an address (or what a resident types: 「本町２丁目」「みどり市本町二丁目3-4」) to the
 * 地区 whose `towns` list covers it. Town entries are 「緑町」 (the whole 町), 「本町1丁目」, or
 * 「本町3丁目1～12番」 where a 丁目 is split between areas.
 */
import { dashesToHyphens } from '../text/dashes.ts';

// Not imported from text/normalize.ts: that module pulls in libphonenumber, and this one also
// runs in the browser (the finder's 町名 search).
const nfkc = (value: string) => value.normalize('NFKC').trim();

export interface TownSpec {
  town: string;
  chome?: number;
  banFrom?: number;
  banTo?: number;
}

export interface AddressParts {
  town: string;
  chome?: number;
  ban?: number;
}

const KANJI_DIGITS: Record<string, number> = { 〇: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 「二十三」 → 23 (enough for 丁目 and 番). */
export function kanjiToNumber(kanji: string): number | undefined {
  if (/^\d+$/.test(kanji)) return Number(kanji);
  if (!kanji.includes('十')) {
    // Positional: 一二 = 12, 二〇 = 20.
    let value = 0;
    for (const ch of kanji) {
      if (!(ch in KANJI_DIGITS)) return undefined;
      value = value * 10 + KANJI_DIGITS[ch];
    }
    return kanji.length > 0 ? value : undefined;
  }
  let total = 0;
  let current = 0;
  let afterDigit = false;
  for (const ch of kanji) {
    if (ch === '十') {
      total += (current || 1) * 10;
      current = 0;
      afterDigit = false;
    } else if (ch in KANJI_DIGITS) {
      // 「一二」「二〇」 written digit by digit: positional, not the last digit alone.
      current = afterDigit ? current * 10 + KANJI_DIGITS[ch] : KANJI_DIGITS[ch];
      afterDigit = true;
    } else return undefined;
  }
  return total + current;
}

/** NFKC, dashes unified, kanji numerals before 丁目/番 turned into digits, spaces removed. */
export function normalizeAddress(text: string): string {
  return dashesToHyphens(nfkc(text))
    .replace(/\s+/g, '')
    .replace(
      /([〇一二三四五六七八九十]+)(丁目|番地?|号)/g,
      (_, kanji: string, unit: string) => `${kanjiToNumber(kanji) ?? kanji}${unit}`,
    );
}

/** Parses a `towns` entry. */
export function parseTownSpec(text: string): TownSpec {
  const normalized = normalizeAddress(text).replace(/[~〜～]/g, '~');
  const match = /^(.+?)(\d+)丁目(?:(\d+)(?:~(\d+))?番)?$/.exec(normalized);
  if (!match) return { town: normalized };
  const spec: TownSpec = { town: match[1], chome: Number(match[2]) };
  if (match[3]) {
    spec.banFrom = Number(match[3]);
    spec.banTo = Number(match[4] ?? match[3]);
  }
  return spec;
}

/**
 * Splits an address into 町, 丁目 and 番. The municipality (and prefecture) prefix is dropped
 * when given. 「本町1-2-3」 and 「本町1丁目2番3号」 both give 本町 / 1 / 2.
 */
export function parseAddress(text: string, municipalityName?: string): AddressParts {
  let rest = normalizeAddress(text);
  rest = rest.replace(/^(東京都|北海道|(?:京都|大阪)府|.{2,3}県)/, '');
  if (municipalityName) {
    const name = normalizeAddress(municipalityName);
    const index = rest.indexOf(name);
    if (index >= 0 && index < 8) rest = rest.slice(index + name.length);
  }
  const chomeMatch = /^(.+?)(\d+)丁目(?:(\d+)(?:番地?|-|$))?/.exec(rest);
  if (chomeMatch) {
    return {
      town: chomeMatch[1],
      chome: Number(chomeMatch[2]),
      ban: chomeMatch[3] ? Number(chomeMatch[3]) : undefined,
    };
  }
  const dashMatch = /^(.+?[^\d-])(\d+)(?:-(\d+))?/.exec(rest);
  if (dashMatch) {
    return { town: dashMatch[1], chome: Number(dashMatch[2]), ban: dashMatch[3] ? Number(dashMatch[3]) : undefined };
  }
  return { town: rest.replace(/[\d-]+.*$/, '') };
}

/** How well a town spec covers an address: 0 no, 1 the whole 町, 2 the 丁目, 3 the 番 range. */
export function townMatchScore(spec: TownSpec, address: AddressParts): number {
  if (spec.town !== address.town) return 0;
  if (spec.chome === undefined) return 1;
  if (address.chome !== spec.chome) return 0;
  if (spec.banFrom === undefined) return 2;
  if (address.ban === undefined) return 0;
  return address.ban >= spec.banFrom && address.ban <= spec.banTo! ? 3 : 0;
}

export interface AreaTowns {
  id: string;
  towns: readonly string[];
}

/** The area whose towns cover the address best, or undefined. */
export function findAreaByAddress(
  address: string,
  areas: readonly AreaTowns[],
  municipalityName?: string,
): string | undefined {
  const parts = parseAddress(address, municipalityName);
  let best: { id: string; score: number } | undefined;
  for (const area of areas) {
    for (const town of area.towns) {
      const score = townMatchScore(parseTownSpec(town), parts);
      if (score > (best?.score ?? 0)) best = { id: area.id, score };
    }
  }
  return best?.id;
}
