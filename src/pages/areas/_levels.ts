/** Which area levels the comparison pages show (pure helpers for the /areas/ pages). */
import type { SiteModel } from '../../lib/model/model.ts';
import type { AreaLevel } from '../../schemas/area.ts';

/** Levels with at least two areas to compare: 圏域 first, then 地区. */
export function compareLevels(model: SiteModel): AreaLevel[] {
  return (['region', 'district'] as const).filter(
    (level) => model.areas.filter((area) => area.level === level).length > 1,
  );
}

/** The level drawn on the map: the first with boundaries for most of its areas. */
export function mapLevel(model: SiteModel): AreaLevel | undefined {
  return compareLevels(model).find((level) => {
    const ofLevel = model.areas.filter((area) => area.level === level);
    return ofLevel.filter((area) => area.boundary).length * 2 >= ofLevel.length;
  });
}
