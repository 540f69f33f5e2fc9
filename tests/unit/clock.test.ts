import { describe, expect, it } from 'vitest';
import { addDays, dayAt, isCalendarDay, pinToday, today } from '../../src/lib/clock.ts';

/** A fixed instant: 04:30 UTC on 2 December 2026 is still the evening of 1 December in Illinois. */
const lateEveningInIllinois = new Date('2026-12-02T04:30:00Z');

describe('the clock', () => {
  it('uses SITE_TODAY when it is set', () => {
    expect(today({ SITE_TODAY: '2027-03-04' }, () => lateEveningInIllinois)).toBe('2027-03-04');
  });

  it('otherwise gives the date in Illinois, not in UTC', () => {
    expect(today({}, () => lateEveningInIllinois)).toBe('2026-12-01');
    expect(today({ SITE_TODAY: '' }, () => lateEveningInIllinois)).toBe('2026-12-01');
    expect(dayAt(new Date('2026-07-01T04:59:00Z'))).toBe('2026-06-30');
    expect(dayAt(new Date('2026-07-01T05:00:00Z'))).toBe('2026-07-01');
  });

  it.each(['2026-02-30', '2026-13-01', '2026-1-5', 'tomorrow', '2026-12-01T00:00'])(
    'stops on a malformed SITE_TODAY, naming it: %s',
    (value) => {
      expect(() => today({ SITE_TODAY: value })).toThrow(`SITE_TODAY is "${value}", which is not a calendar day`);
    },
  );

  it('pins today for the processes a run starts', () => {
    const env: Record<string, string | undefined> = {};
    const pinned = pinToday(env);
    expect(env.SITE_TODAY).toBe(pinned);
    expect(isCalendarDay(pinned)).toBe(true);
    expect(pinToday({ SITE_TODAY: '2030-01-02' })).toBe('2030-01-02');
  });

  it('counts days across months and years, and knows real calendar days', () => {
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(addDays('2027-03-01', -1)).toBe('2027-02-28');
    expect(isCalendarDay('2028-02-29')).toBe(true);
    expect(isCalendarDay('2027-02-29')).toBe(false);
    expect(isCalendarDay('0000-01-01')).toBe(true);
  });
});
