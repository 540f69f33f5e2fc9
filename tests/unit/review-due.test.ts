import { describe, expect, it } from 'vitest';
import { isReviewDue, reviewDueOn } from '../../src/review/due.ts';

describe('medical review due dates', () => {
  it('fall twelve months after the last review', () => {
    expect(reviewDueOn('2025-11-27')).toBe('2026-11-27');
    expect(reviewDueOn('2024-02-29')).toBe('2025-03-01');
  });

  it('leave a page reviewed less than twelve months ago alone', () => {
    expect(isReviewDue('2025-11-28', '2026-11-27')).toBe(false);
  });

  it('mark a page due on the day twelve months have passed, not a day later', () => {
    expect(isReviewDue('2025-11-27', '2026-11-26')).toBe(false);
    expect(isReviewDue('2025-11-27', '2026-11-27')).toBe(true);
  });

  it('mark a page reviewed long ago as due', () => {
    expect(isReviewDue('2020-01-01', '2026-11-27')).toBe(true);
  });
});
