import { describe, expect, it } from 'vitest';
import {
  JOB_SETUP_SECONDS,
  MATRIX_JOB_LIMIT,
  projectNational,
  type MemberMeasure,
} from './bench-federation-projection.ts';

const member = (buildMs: number): MemberMeasure => ({
  resources: 1000,
  buildMs,
  peakBytes: 1e9,
  distBytes: 20e6,
  portalInputBytes: 400e3,
});

describe('projectNational', () => {
  const measured = {
    members: [member(20_000), member(40_000)],
    // 2 members, 2,000 points: 10 s in all, of which 2 s tiles
    portal: { members: 2, points: 2000, buildMs: 10_000, peakBytes: 500e6, tilesMs: 2000, tilesBytes: 1e6 },
  };
  const projection = projectNational(measured, 100);

  it('scales the page part with members and the tile part with points', () => {
    // 4 s per member × 100 + 1 ms per point × 100,000
    expect(projection.points).toBe(100_000);
    expect(projection.portalSeconds).toBeCloseTo(400 + 100, 5);
    expect(projection.portalPeakBytes).toBe(25e9);
    expect(projection.tilesBytes).toBe(50e6);
    expect(projection.memberBuildSeconds).toBe(30);
    expect(projection.portalInputBytes).toBe(40e6);
  });

  it('plans the fewest members per job that fits an hour, within the matrix limit', () => {
    for (const plan of projection.plans) {
      expect(plan.jobs).toBeLessThanOrEqual(MATRIX_JOB_LIMIT);
      expect(plan.totalSeconds).toBeLessThanOrEqual(3600);
      expect(plan.jobs * plan.membersPerJob).toBeGreaterThanOrEqual(100);
      expect(plan.memberPhaseSeconds).toBe(plan.waves * (JOB_SETUP_SECONDS + plan.membersPerJob * 30));
    }
    // at 20 parallel jobs: one member per job is 5 waves of 180 s = 900 s; + setup + 500 s portal fits
    expect(projection.plans[0]).toMatchObject({ concurrency: 20, membersPerJob: 1, jobs: 100, waves: 5 });
  });

  it('gives no plan when even one wave cannot fit the hour', () => {
    const slow = projectNational({ ...measured, members: [member(3_600_000)] }, 100);
    expect(slow.plans).toEqual([]);
  });
});
