/**
 * Proof that the tests do not depend on the calendar: every vitest file that counts its dates from the
 * clock (it imports src/lib/clock.ts) runs again as if today were later. The unit tests run as if today
 * were 45 days and 400 days later; the build tests, which take seconds each, 400 days later, past every
 * review's due date. A test that only passes on the day it was written fails here first.
 *
 *   npm run test:later-days        (part of npm test)
 */
import { spawnSync } from 'node:child_process';
import { globSync, readFileSync } from 'node:fs';
import { addDays, today } from '../src/lib/clock.ts';

const readsTheClock = (file: string) => /from '(?:\.\.\/)+src\/lib\/clock(?:\.ts)?'/.test(readFileSync(file, 'utf8'));
const filesOf = (project: string) => globSync(`tests/${project}/**/*.test.ts`).sort().filter(readsTheClock);
const runs = [
  { days: 45, files: filesOf('unit') },
  { days: 400, files: [...filesOf('unit'), ...filesOf('build')] },
];
if (runs.some((run) => run.files.length === 0))
  throw new Error('No test imports src/lib/clock.ts: nothing to run on later days.');

const start = today();
for (const { days, files } of runs) {
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
