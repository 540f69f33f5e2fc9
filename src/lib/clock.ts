/**
 * The site's one clock. Everything that depends on the date (the build's review states and due dates,
 * the rule that `updated` is not in the future, `npm run review`, the tests) asks `today()`, never
 * `new Date()`, so one environment variable can show what the site will say on any day:
 *
 *   SITE_TODAY=2027-12-01 npm run release-check
 *
 * Days are calendar days, `YYYY-MM-DD`, compared as strings.
 */

/** The center is in Illinois: a build at 11 pm there belongs to that day, not to tomorrow in UTC. */
const siteTimeZone = 'America/Chicago';

/** A malformed SITE_TODAY. */
export class ClockError extends Error {}

const dayPattern = /^\d{4}-\d{2}-\d{2}$/;

/** Whether `value` is a real calendar day written YYYY-MM-DD (2026-02-30 is not). */
export function isCalendarDay(value: string): boolean {
  if (!dayPattern.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** The calendar day of an instant in the site's time zone. */
export function dayAt(instant: Date): string {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone: siteTimeZone, dateStyle: 'short' }).format(instant);
}

/**
 * Today: `SITE_TODAY` when it is set, otherwise the real date in Illinois. A malformed `SITE_TODAY`
 * stops whatever asked, naming the variable.
 */
export function today(env: Record<string, string | undefined> = process.env, now: () => Date = () => new Date()) {
  const pinned = env.SITE_TODAY;
  if (pinned === undefined || pinned === '') return dayAt(now());
  if (!isCalendarDay(pinned)) {
    throw new ClockError(
      `SITE_TODAY is "${pinned}", which is not a calendar day: write it as YYYY-MM-DD (e.g. SITE_TODAY=2027-01-15), or unset it to use today's date.`,
    );
  }
  return pinned;
}

/** The day `count` days after `day` (before, when negative). */
export function addDays(day: string, count: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + count);
  return date.toISOString().slice(0, 10);
}

/** The day `count` months after `day`; a day the month lacks rolls over (2026-01-31 + 1 month → 2026-03-03). */
export function addMonths(day: string, count: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() + count);
  return date.toISOString().slice(0, 10);
}

/**
 * Fixes today for this process and the processes it starts (a build, a review command, a test run), so a
 * run that crosses midnight still sees one day. Returns the day.
 */
export function pinToday(env: Record<string, string | undefined> = process.env): string {
  env.SITE_TODAY = today(env);
  return env.SITE_TODAY;
}
