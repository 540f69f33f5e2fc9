import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Debian's Chromium, for machines where Playwright cannot download its own browser. */
const systemChromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** Flags that keep a system Chromium quiet on a closed network and runnable as root. */
export const systemChromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface Browser {
  executablePath: string;
  /** Which browser this is, for messages. */
  source: string;
  args: string[];
}

/** Playwright's own Chromium when installed, else a system Chromium, else a message saying how to get one. */
export function findChromium(): Browser {
  const playwrights = chromium.executablePath();
  if (existsSync(playwrights)) return { executablePath: playwrights, source: "Playwright's Chromium", args: [] };
  const system = systemChromium.find((path) => existsSync(path));
  if (system) return { executablePath: system, source: `system Chromium at ${system}`, args: systemChromiumArgs };
  throw new Error(
    'No Chromium found for the browser tests. Install Playwright\'s browser with "npx playwright install chromium", ' +
      'or a system Chromium (Debian/Ubuntu: "sudo apt-get install chromium").',
  );
}
