/**
 * Proof that the tests do not depend on the calendar: every vitest file that counts its dates from the
 * clock (it imports src/lib/clock.ts) runs again as if today were 45 days and 400 days later, so a test
 * that only passes on the day it was written fails here first. The second day is more than a year
 * ahead, past every review's due date.
 *
 *   npm run test:later-days        (part of npm test)
 */
import { spawnSync } from 'node:child_process';
import { globSync, readFileSync } from 'node:fs';
import { addDays, today } from '../src/lib/clock.ts';

const laterBy = [45, 400];
const readsTheClock = /from '(?:\.\.\/)+src\/lib\/clock(?:\.ts)?'/;

const files = globSync('tests/**/*.test.ts')
  .sort()
  .filter((file) => readsTheClock.test(readFileSync(file, 'utf8')));
if (files.length === 0) throw new Error('No test imports src/lib/clock.ts: nothing to run on later days.');

const start = today();
for (const days of laterBy) {
  const day = addDays(start, days);
  console.log(`\nAs if today were ${day} (${days} days after ${start}): ${files.join(', ')}`);
  const run = spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', ...files], {
    stdio: 'inherit',
    env: { ...process.env, SITE_TODAY: day },
  });
  if (run.status !== 0) {
    console.error(`The tests above fail when today is ${day}: some date in them is not counted from the clock.`);
    process.exit(run.status ?? 1);
  }
}
