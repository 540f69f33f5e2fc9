/**
 * The README's screenshots, made from the built site rather than by hand:
 *
 *   npm run screenshots [-- --skip-build] [--port 4403]
 *
 * Builds the site (unless --skip-build), serves dist/ with `astro preview` and photographs the English home page
 * and the get-help page (from scripts/lib/templates.ts) on a phone (390×844) and a desktop (1280×800), in the
 * light scheme, as the first screen a visitor sees. Writes docs/screenshots/<page>-<device>.png.
 *
 * Chromium is the tests' choice (scripts/lib/browser.ts); the pictures use that machine's system fonts.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { preview } from 'astro';
import { projectRoot, runAstro } from './lib/astro.ts';
import { findChromium } from './lib/browser.ts';
import { templates } from './lib/templates.ts';

const usage = 'Usage: npm run screenshots -- [--skip-build] [--port 4403]';

const pagesShown = [
  { name: 'home', template: 'en home' },
  { name: 'get-help', template: 'en get-help-now' },
];
const devices = [
  { name: 'phone', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
  { name: 'desktop', viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false },
];

async function main() {
  const { values } = parseArgs({
    options: {
      'skip-build': { type: 'boolean', default: false },
      port: { type: 'string', default: '4403' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return console.log(usage);
  const paths = pagesShown.map(({ name, template }) => {
    const found = templates.find((candidate) => candidate.name === template);
    if (!found) throw new Error(`scripts/lib/templates.ts has no template named "${template}".`);
    return { name, path: found.path };
  });
  if (!values['skip-build']) {
    console.log('screenshots: building the site (astro build) …');
    const build = runAstro(['build']);
    if (build.status !== 0) throw new Error(`astro build failed (exit ${build.status}):\n${build.output}`);
  }
  if (!existsSync(join(projectRoot, 'dist', 'index.html')))
    throw new Error('dist/index.html is missing: build the site first.');

  const out = join(projectRoot, 'docs', 'screenshots');
  mkdirSync(out, { recursive: true });
  const server = await preview({ root: projectRoot, logLevel: 'warn', server: { port: Number(values.port) } });
  const chrome = findChromium();
  const browser = await chromium.launch({ executablePath: chrome.executablePath, args: chrome.args });
  try {
    for (const device of devices) {
      const context = await browser.newContext({
        viewport: device.viewport,
        isMobile: device.isMobile,
        hasTouch: device.hasTouch,
        colorScheme: 'light',
        reducedMotion: 'reduce',
      });
      const page = await context.newPage();
      for (const { name, path } of paths) {
        await page.goto(`http://localhost:${server.port}${path}`, { waitUntil: 'networkidle' });
        const file = join(out, `${name}-${device.name}.png`);
        await page.screenshot({ path: file });
        console.log(
          `screenshots: ${path} on a ${device.name} (${device.viewport.width}×${device.viewport.height}) → ${relative(projectRoot, file)}`,
        );
      }
      await context.close();
    }
  } finally {
    await browser.close();
    await server.stop();
  }
}

main().catch((error: Error & { code?: string }) => {
  console.error(`\nscreenshots: ${error.message}${error.code?.startsWith('ERR_PARSE_ARGS') ? `\n${usage}` : ''}`);
  process.exitCode = 1;
});
