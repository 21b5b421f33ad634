/**
 * The names whose readings staff checked: every area, organization, resource and network with
 * its `kana`. An area's name without its 地区 / 圏域 is a name too (本町地区 ほんちょうちく gives
 * 本町 ほんちょう), so the town in an address (「みどり市本町1-2-3」) is read the town's way, not the
 * dictionary's (ほんまち).
 */
import type { NamedReading } from './reader.ts';

/** Words areas are named with, and their readings. */
const AREA_SUFFIXES: [string, string][] = [
  ['地区', 'ちく'],
  ['圏域', 'けんいき'],
  ['地域', 'ちいき'],
];

/** The stem of an area's name (本町地区 → 本町 ほんちょう), when the kana ends with the suffix's reading. */
function areaStem({ name, kana }: NamedReading): NamedReading | undefined {
  for (const [suffix, reading] of AREA_SUFFIXES) {
    const compact = kana.replace(/\s+/g, '');
    if (name.endsWith(suffix) && compact.endsWith(reading) && name.length > suffix.length + 1)
      return { name: name.slice(0, -suffix.length), kana: compact.slice(0, -reading.length) };
  }
  return undefined;
}

/** The names for the reader: areas (and their stems) and everything else with a `kana`. */
export function namedReadings(areas: readonly NamedReading[], others: readonly NamedReading[]): NamedReading[] {
  const stems = areas.flatMap((area) => areaStem(area) ?? []);
  // Stems first: a full name written the same way (an area called 本町) then wins.
  return [...stems, ...areas, ...others].map(({ name, kana }) => ({ name, kana }));
}
