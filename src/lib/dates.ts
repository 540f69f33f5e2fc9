const longDate = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' });

/** 2026-11-02 → "November 2, 2026". Content dates are calendar days, so UTC. */
export function formatDate(date: Date): string {
  return longDate.format(date);
}

/** 2026-11-02 → "2026-11-02", for <time datetime>. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
