/**
 * The portal's map tiles from its members' built output: each member's map data (the file its
 * manifest's `links.mapData` names, read inside its dist folder without following links) and its
 * outline, written as vector tiles under `<out>/tiles/` (write-tiles.ts). A member whose map data
 * cannot be read is reported by name and left off the map only; places without a usable position
 * are counted in the report, never dropped silently.
 */
import path from 'node:path';
import { problem, RULES } from '../content/rules.ts';
import { isUnderLink, readWithoutFollowing } from '../content/no-follow.ts';
import type { FeatureCollection, PointFeature } from '../map/geojson.ts';
import { memberBoundary, memberPoints } from './map-input.ts';
import type { MemberProblem, PortalMember } from './members.ts';
import type { FederationPoint, MemberBoundary } from './tiles.ts';
import { writeTiles, type TileWriteSummary } from './write-tiles.ts';

export interface PortalTiles extends TileWriteSummary {
  points: number;
  problems: MemberProblem[];
  ms: number;
}

function readMapData(member: PortalMember, baseDir: string): FeatureCollection<PointFeature> {
  const dist = path.resolve(baseDir, member.dist);
  const file = path.resolve(dist, member.manifest.links.mapData);
  if (path.relative(dist, file).startsWith('..') || isUnderLink(dist, file))
    throw new Error('フォルダーの外を指しています');
  const data = JSON.parse(readWithoutFollowing(file).toString('utf8')) as FeatureCollection<PointFeature>;
  if (data?.type !== 'FeatureCollection' || !Array.isArray(data.features))
    throw new Error('GeoJSON の FeatureCollection ではありません');
  return data;
}

/** Reads every member's map data and writes the tiles; `baseDir` is federation.yaml's folder. */
export function writePortalTiles(members: readonly PortalMember[], baseDir: string, out: string): PortalTiles {
  const started = performance.now();
  const points: FederationPoint[] = [];
  const boundaries: MemberBoundary[] = [];
  const problems: MemberProblem[] = [];
  for (const member of members) {
    const label = `${member.name}（${member.id}）`;
    const file = path.join(member.dist, member.manifest.links.mapData);
    const report = (found: ReturnType<typeof problem>) =>
      problems.push({ ...found, member: label, memberId: member.id, file });
    const outline = memberBoundary(member, member.manifest);
    if (outline) boundaries.push(outline);
    let data: FeatureCollection<PointFeature>;
    try {
      data = readMapData(member, baseDir);
    } catch (error) {
      const detail =
        (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'ファイルがありません' : (error as Error).message;
      report(problem(RULES.memberMapDataUnreadable, { member: label, file, detail }));
      continue;
    }
    const found = memberPoints(member, member.manifest, data);
    points.push(...found.points);
    if (found.skipped > 0) report(problem(RULES.memberMapPointsSkipped, { member: label, file, count: found.skipped }));
  }
  const summary = writeTiles(out, { points, boundaries });
  return { ...summary, points: points.length, problems, ms: performance.now() - started };
}
