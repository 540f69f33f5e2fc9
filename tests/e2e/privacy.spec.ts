import { expect, test } from '@playwright/test';
import { watchTraffic } from '../support/checks/page';
import { sitemapPaths } from '../support/sitemap';

// What the built files say (each page's Content-Security-Policy) is checked in tests/dist/pages.test.ts;
// here, what a browser actually does with them.
for (const path of [...sitemapPaths(), '/no-such-page/']) {
  test(`${path} loads nothing from other sites, sets no cookie and raises no CSP or console error`, async ({
    page,
    context,
    baseURL,
  }) => {
    const traffic = await watchTraffic(page, new URL(baseURL!).origin);
    await page.goto(path, { waitUntil: 'networkidle' });
    // Opening the menu and the contents list must not fetch anything either.
    for (const summary of await page.locator('summary').filter({ visible: true }).all()) await summary.click();
    expect(traffic.offsite, 'requests to other sites').toEqual([]);
    expect(traffic.errors, 'console errors').toEqual([]);
    expect(await context.cookies(), 'cookies').toEqual([]);
  });
}
