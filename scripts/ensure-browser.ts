/**
 * Makes sure the browser tests have a Chromium: Playwright's own when installed,
 * else a system one; failing both, tries Playwright's download once, and stops
 * with instructions when that is not possible.
 */
import { spawnSync } from 'node:child_process';
import { findChromium } from './lib/browser.ts';

const describe = () => findChromium().source;

try {
  console.log(`Browser tests will use ${describe()}.`);
} catch {
  console.log("No Chromium found; trying Playwright's browser download (npx playwright install chromium)...");
  spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
  try {
    console.log(`Browser tests will use ${describe()}.`);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
