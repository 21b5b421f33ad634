import { describe, expect, it } from 'vitest';
import { benchMembers, tokyoShape, withCheckDigit } from './bench-federation-members.ts';

describe('the Tokyo shape of the federation bench', () => {
  const all = tokyoShape();
  const sum = (list: { houkatsu: number }[]) => list.reduce((total, member) => total + member.houkatsu, 0);

  it('has 23 区, 26 市 and 13 町村 with 288 + 169 包括 and about 60,000 resources', () => {
    const kind = (k: string) => all.filter((member) => member.kind === k);
    expect([kind('ku').length, kind('shi').length, kind('choson').length]).toEqual([23, 26, 13]);
    expect(sum(kind('ku'))).toBe(288);
    expect(sum([...kind('shi'), ...kind('choson')])).toBe(169);
    const resources = all.reduce((total, member) => total + member.resources, 0);
    expect(Math.abs(resources - 60_000)).toBeLessThan(100);
  });

  it('gives every member its own id, code and a box inside Tokyo that no other member overlaps', () => {
    expect(new Set(all.map((m) => m.id)).size).toBe(62);
    expect(new Set(all.map((m) => m.code)).size).toBe(62);
    for (const a of all) {
      const [w, s, e, n] = a.extent;
      expect(w).toBeGreaterThanOrEqual(138.9);
      expect(e).toBeLessThanOrEqual(139.95);
      expect(s).toBeGreaterThanOrEqual(35.5);
      expect(n).toBeLessThanOrEqual(35.9);
      for (const b of all) {
        if (a === b) continue;
        const apart =
          a.extent[2] <= b.extent[0] ||
          b.extent[2] <= a.extent[0] ||
          a.extent[3] <= b.extent[1] ||
          b.extent[3] <= a.extent[1];
        expect(apart, `${a.id} / ${b.id}`).toBe(true);
      }
    }
  });

  it('computes the municipality code check digit (千代田区 131016, 新宿区 131041, 渋谷区 131130)', () => {
    expect([withCheckDigit(13101), withCheckDigit(13104), withCheckDigit(13113)]).toEqual([
      '131016',
      '131041',
      '131130',
    ]);
  });

  it('takes one of each kind for 3 members, and distinct members for any n', () => {
    expect(benchMembers(3).map((m) => m.kind)).toEqual(['ku', 'shi', 'choson']);
    for (const n of [1, 6, 10, 40, 61, 62]) expect(new Set(benchMembers(n).map((m) => m.id)).size).toBe(n);
  });

  it('refuses a member count outside 1..62 in words', () => {
    expect(() => benchMembers(0)).toThrow(/1 から 62/);
    expect(() => benchMembers(63)).toThrow(/1 から 62/);
  });
});
