import { expect, test, type Page } from '@playwright/test';
import {
  axeViolations,
  focusUnder,
  setTextSize,
  watchTraffic,
  widerThanViewport,
  wordsBrokenInTables,
  type Traffic,
} from '../support/checks/page';

/**
 * Each site-wide check, fed a page with the fault it exists to find: a check
 * that cannot fail here would pass the real site for the wrong reason.
 */

const fixture = (body: string, head = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8">${head}<title>Fixture page</title></head><body><main>${body}</main></body></html>`;

test('axe reports an image without alt text', async ({ page }) => {
  await page.setContent(fixture('<h1>Fixture</h1><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">'));
  expect((await axeViolations(page)).join('\n')).toContain('image-alt');
});

test('axe passes a clean page, so its reports on the site are real', async ({ page }) => {
  await page.setContent(fixture('<h1>Fixture</h1><p>Plain text.</p>'));
  expect(await axeViolations(page)).toEqual([]);
});

test('axe reports text below 7:1, the AAA contrast the site promises', async ({ page }) => {
  await page.setContent(
    fixture('<h1>Fixture</h1><p style="color:#4a5863;background:#eef5f6">Grey on pale teal, 6.6:1.</p>'),
  );
  expect((await axeViolations(page)).join('\n')).toContain('color-contrast-enhanced');
});

/** Serves `html` at /fixture/ on the site's own origin, watches it load, and returns what the watch saw. */
async function trafficOf(page: Page, baseURL: string, html: string): Promise<Traffic> {
  const origin = new URL(baseURL).origin;
  await page.route(`${origin}/fixture/`, (route) => route.fulfill({ contentType: 'text/html', body: html }));
  const traffic = await watchTraffic(page, origin);
  await page.goto('/fixture/');
  return traffic;
}

test('the traffic watch catches a third-party script without letting it reach the web', async ({ page, baseURL }) => {
  const traffic = await trafficOf(
    page,
    baseURL!,
    fixture('<h1>F</h1><script src="https://cdn.tracker.example/t.js"></script>'),
  );
  expect(traffic.offsite).toEqual(['https://cdn.tracker.example/t.js']);
});

test('the traffic watch catches a console error', async ({ page, baseURL }) => {
  const traffic = await trafficOf(page, baseURL!, fixture('<h1>F</h1><script>console.error("broken")</script>'));
  expect(traffic.errors).toEqual(['broken']);
});

test('the traffic watch catches a Content-Security-Policy violation', async ({ page, baseURL }) => {
  const csp = `<meta http-equiv="content-security-policy" content="script-src 'self'">`;
  const traffic = await trafficOf(page, baseURL!, fixture('<h1>F</h1><script>document.title = "ran"</script>', csp));
  expect(traffic.errors.join('\n')).toMatch(/inline script violates the following Content Security Policy directive/);
});

test('the sideways check reports an element wider than the screen, and not one inside a scrolling box', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 640 });
  await page.setContent(
    fixture(
      '<h1>F</h1><div class="wide" style="width:500px">wide</div><div style="overflow-x:auto"><p style="width:900px">scrolls</p></div>',
    ),
  );
  expect(await widerThanViewport(page)).toEqual(['div.wide: 8 to 508 of 360']);
});

test('the table check reports a word cut across two lines in a cell, and not one that fits', async ({ page }) => {
  await page.setContent(
    fixture(
      '<h1>F</h1><table><tr><td style="width:40px;overflow-wrap:anywhere">chlordiazepoxide</td><td>short words only</td></tr></table>',
    ),
  );
  expect(await wordsBrokenInTables(page)).toEqual(['chlordiazepoxide (in the cell "chlordiazepoxide")']);
});

test('the focus check reports a link that scrolls under a sticky bar, and none when the page keeps room for the bar', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 640 });
  const links = Array.from(
    { length: 30 },
    (_, index) => `<p style="margin:0 0 37px"><a href="#${index}">link ${index}</a></p>`,
  ).join('');
  const bar = '<div class="bar" style="position:sticky;bottom:0;height:64px;background:#cde">bar</div>';
  await page.setContent(fixture(`<h1>F</h1>${links}${bar}`));
  expect((await focusUnder(page, '.bar', 30)).length).toBeGreaterThan(0);
  await page.setContent(fixture(`<h1>F</h1>${links}${bar}`, '<style>html{scroll-padding-bottom:80px}</style>'));
  expect(await focusUnder(page, '.bar', 30)).toEqual([]);
});

test('the text size is the browser setting: 200% doubles rem and em, in media queries too', async ({ page }) => {
  await setTextSize(page, 200);
  await page.goto('/');
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('32px');
  expect(await page.evaluate(() => matchMedia('(min-width: 40em)').matches), '1280px is 40em at 32px').toBe(true);
  await page.setViewportSize({ width: 1000, height: 600 });
  expect(await page.evaluate(() => matchMedia('(min-width: 40em)').matches), '1000px is less than 40em at 32px').toBe(
    false,
  );
});
