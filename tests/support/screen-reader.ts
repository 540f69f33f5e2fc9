import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type { Virtual } from '@guidepup/virtual-screen-reader';

/** The package's browser build, found through its "exports" map ("./browser.js") rather than a hard-coded file. */
const bundleFile = createRequire(import.meta.url).resolve('@guidepup/virtual-screen-reader/browser.js');

/** A folder the site never uses: the test answers requests to it; they never reach the server or the network. */
const folder = '/__screen-reader__/';

/** Starts the screen reader at the top of the page and hands it to the test as window.screenReader. */
const starter = `import { virtual } from './virtual-screen-reader.js';
await virtual.start({ container: document.body });
window.screenReader = virtual;
`;

declare global {
  interface Window {
    screenReader: Virtual;
  }
}

/**
 * Opens `path` and starts a virtual screen reader at the top of the page.
 * The reader's browser build is served from this project's node_modules on
 * the site's own origin (page.route), then loaded with a module script tag.
 * Nothing is fetched from the network and the built page is not changed.
 */
export async function openWithScreenReader(page: Page, path: string): Promise<void> {
  const response = await page.goto(path);
  if (!response) throw new Error(`${path}: no response`);
  const origin = new URL(page.url()).origin;
  await page.route(`${origin}${folder}virtual-screen-reader.js`, (route) =>
    route.fulfill({ path: bundleFile, contentType: 'text/javascript' }),
  );
  await page.route(`${origin}${folder}start.js`, (route) =>
    route.fulfill({ body: starter, contentType: 'text/javascript' }),
  );
  // A module script's load event fires after it has run, so the reader is ready when this returns.
  await page.addScriptTag({ url: `${folder}start.js`, type: 'module' });
}

/**
 * Moves forward item by item, as with a screen reader's "next" key, until `until`
 * is spoken, the document ends or `maxSteps` moves are made; returns everything spoken.
 */
export async function readForward(
  page: Page,
  { until, maxSteps = 2000 }: { until?: string; maxSteps?: number } = {},
): Promise<string[]> {
  return page.evaluate(
    async ({ until, maxSteps }) => {
      const reader = window.screenReader;
      for (let step = 0; step < maxSteps; step++) {
        const last = await reader.lastSpokenPhrase();
        if (last === until || last === 'end of document') break;
        await reader.next();
      }
      return reader.spokenPhraseLog();
    },
    { until, maxSteps },
  );
}

/** The names of the links in what was spoken, in order ("link, Home" is heard as a link named "Home"). */
export function linksHeard(spoken: string[]): string[] {
  return spoken.filter((phrase) => phrase.startsWith('link, ')).map((phrase) => phrase.slice('link, '.length));
}
