import { describe, expect, it } from 'vitest';
import { isReviewDue, reviewDueOn } from '../../src/review/due.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('medical review due dates', () => {
  it('fall twelve months after the last review', () => {
    expect(reviewDueOn(day('2025-11-27')).toISOString()).toBe('2026-11-27T00:00:00.000Z');
  });

  it('leave a page reviewed less than twelve months ago alone', () => {
    expect(isReviewDue(day('2025-11-28'), day('2026-11-27'))).toBe(false);
  });

  it('mark a page due on the day twelve months have passed, not a day later', () => {
    expect(isReviewDue(day('2025-11-27'), day('2026-11-26'))).toBe(false);
    expect(isReviewDue(day('2025-11-27'), day('2026-11-27'))).toBe(true);
  });

  it('mark a page reviewed long ago as due', () => {
    expect(isReviewDue(day('2020-01-01'), day('2026-11-27'))).toBe(true);
  });
});
