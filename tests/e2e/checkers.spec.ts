import { expect, test, type Page } from '@playwright/test';
import { axeViolations, headingProblems, vagueLinkProblems, watchTraffic, type Traffic } from '../support/checks/page';

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

test('the heading check reports a missing h1, two h1s and a skipped level', async ({ page }) => {
  await page.setContent(fixture('<h2>No h1</h2>'));
  expect(await headingProblems(page)).toEqual(['expected exactly one h1, found 0']);
  await page.setContent(fixture('<h1>One</h1><h1>Two</h1><h3>Deep</h3>'));
  expect(await headingProblems(page)).toEqual([
    'expected exactly one h1, found 2',
    'h3 "Deep" follows h1: a level is skipped',
  ]);
});

test('the link-text check reports "click here" and "Read more"', async ({ page }) => {
  await page.setContent(
    fixture('<h1>F</h1><a href="/a/">click here</a> <a href="/b/">Read more…</a> <a href="/c/">Treatment options</a>'),
  );
  expect(await vagueLinkProblems(page)).toEqual([
    'vague link text "click here": say where the link goes',
    'vague link text "Read more…": say where the link goes',
  ]);
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
