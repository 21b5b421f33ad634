/** The build's "now" and Japan's date, whatever the machine's clock and time zone say. */
import { describe, expect, test } from 'vitest';
import { buildNow, todayInJapan } from './dates.ts';

describe('buildNow', () => {
  test('SOURCE_DATE_EPOCH pins it', () => {
    expect(buildNow({ SOURCE_DATE_EPOCH: '1775039400' }).toISOString()).toBe('2026-04-01T10:30:00.000Z');
  });

  test('without it, the clock', () => {
    const before = Date.now();
    const now = buildNow({}).getTime();
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Date.now());
  });

  test('a value that is not whole seconds is an error that names it', () => {
    expect(() => buildNow({ SOURCE_DATE_EPOCH: '2026-04-01' })).toThrow('SOURCE_DATE_EPOCH=2026-04-01');
  });
});

describe('todayInJapan', () => {
  test("Japan's date either side of midnight there, whatever the process's TZ", () => {
    // 19:30 in Japan: already the next day at UTC+14, still the day before at UTC-11.
    expect(todayInJapan(new Date('2026-03-31T10:30:00Z'))).toBe('2026-03-31');
    expect(todayInJapan(new Date('2026-03-31T14:59:59Z'))).toBe('2026-03-31');
    expect(todayInJapan(new Date('2026-03-31T15:00:00Z'))).toBe('2026-04-01');
  });
});
