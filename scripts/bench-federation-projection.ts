/**
 * From what `npm run bench:federation` measured at N members to a national directory (1,741
 * municipalities): the portal's build time and memory, the members' total build work, and the
 * GitHub Actions matrix (members per job, parallel jobs) that fits the whole build into an hour.
 * Pure arithmetic, so the assumptions are written once and tested; they are printed with it.
 */

export const NATIONAL_MEMBERS = 1741;
/** GitHub Actions: at most 256 jobs in one matrix. */
export const MATRIX_JOB_LIMIT = 256;
/** Seconds a member job spends before building: checkout, npm ci, artifact upload (assumed). */
export const JOB_SETUP_SECONDS = 150;
/** Concurrent jobs of a GitHub account (Free 20, Team 60 for standard Linux runners). */
export const CONCURRENCY_CHOICES = [20, 60];
export const HOUR_SECONDS = 3600;

export interface MemberMeasure {
  resources: number;
  buildMs: number;
  peakBytes: number;
  distBytes: number;
  /** what the portal job needs from the member: data/site.json + the map data */
  portalInputBytes: number;
}

export interface PortalMeasure {
  members: number;
  points: number;
  buildMs: number;
  peakBytes: number;
  /** time of the tile step alone (inside buildMs) */
  tilesMs: number;
  tilesBytes: number;
}

export interface MatrixPlan {
  concurrency: number;
  membersPerJob: number;
  jobs: number;
  waves: number;
  memberPhaseSeconds: number;
  totalSeconds: number;
}

export interface Projection {
  members: number;
  resourcesPerMember: number;
  points: number;
  memberBuildSeconds: number;
  memberCpuHours: number;
  portalSeconds: number;
  portalPeakBytes: number;
  tilesBytes: number;
  distBytesPerMember: number;
  portalInputBytes: number;
  plans: MatrixPlan[];
}

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);

/**
 * The portal's cost split in two: the tiles grow with the points, the rest (pages per member:
 * finder, lists, the 「見える化」) with the members. Memory is scaled with the members as a
 * conservative bound (every manifest is held at once).
 */
function projectPortal(portal: PortalMeasure, members: number, points: number) {
  const perMemberMs = Math.max(0, portal.buildMs - portal.tilesMs) / portal.members;
  const perPointMs = portal.tilesMs / Math.max(1, portal.points);
  return {
    seconds: (perMemberMs * members + perPointMs * points) / 1000,
    peakBytes: (portal.peakBytes * members) / portal.members,
    tilesBytes: (portal.tilesBytes * points) / Math.max(1, portal.points),
  };
}

/** The fewest members per job that fits the hour at this concurrency, or undefined if none does. */
function planFor(concurrency: number, buildSeconds: number, portalSeconds: number, members: number) {
  for (let perJob = Math.ceil(members / MATRIX_JOB_LIMIT); perJob <= members; perJob++) {
    const jobs = Math.ceil(members / perJob);
    const waves = Math.ceil(jobs / concurrency);
    const memberPhaseSeconds = waves * (JOB_SETUP_SECONDS + perJob * buildSeconds);
    const totalSeconds = memberPhaseSeconds + JOB_SETUP_SECONDS + portalSeconds;
    if (totalSeconds <= HOUR_SECONDS)
      return { concurrency, membersPerJob: perJob, jobs, waves, memberPhaseSeconds, totalSeconds };
    // more members per job only helps while it removes waves; past one wave it only adds time
    if (waves === 1) return undefined;
  }
  return undefined;
}

export function projectNational(
  measured: { members: MemberMeasure[]; portal: PortalMeasure },
  target = NATIONAL_MEMBERS,
): Projection {
  const { members, portal } = measured;
  const resourcesPerMember = mean(members.map((m) => m.resources));
  const points = Math.round((portal.points / portal.members) * target);
  const memberBuildSeconds = mean(members.map((m) => m.buildMs)) / 1000;
  const projected = projectPortal(portal, target, points);
  const plans = CONCURRENCY_CHOICES.map((c) => planFor(c, memberBuildSeconds, projected.seconds, target)).filter(
    (plan): plan is MatrixPlan => plan !== undefined,
  );
  return {
    members: target,
    resourcesPerMember,
    points,
    memberBuildSeconds,
    memberCpuHours: (memberBuildSeconds * target) / 3600,
    portalSeconds: projected.seconds,
    portalPeakBytes: projected.peakBytes,
    tilesBytes: projected.tilesBytes,
    distBytesPerMember: mean(members.map((m) => m.distBytes)),
    portalInputBytes: mean(members.map((m) => m.portalInputBytes)) * target,
    plans,
  };
}
