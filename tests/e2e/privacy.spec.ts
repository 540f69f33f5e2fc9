import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { builtFile } from '../support/checks/dist';
import { watchTraffic } from '../support/checks/page';
import { sitemapPaths } from '../support/sitemap';

for (const path of [...sitemapPaths(), '/no-such-page/']) {
  test(`${path} loads nothing from other sites, sets no cookie and raises no CSP or console error`, async ({
    page,
    context,
    baseURL,
  }) => {
    const traffic = await watchTraffic(page, new URL(baseURL!).origin);
    await page.goto(path, { waitUntil: 'networkidle' });
    expect(traffic.offsite, 'requests to other sites').toEqual([]);
    expect(traffic.errors, 'console errors').toEqual([]);
    expect(await context.cookies(), 'cookies').toEqual([]);
  });
}

test('every built page carries a Content-Security-Policy that allows no inline scripts', () => {
  for (const path of sitemapPaths()) {
    const html = readFileSync(builtFile(path), 'utf8');
    const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html)?.[1];
    expect(policy, `${path}: CSP meta element`).toBeDefined();
    const scriptSrc = policy!.split(';').find((directive) => directive.trim().startsWith('script-src'));
    expect(scriptSrc, `${path}: script-src`).toBeDefined();
    expect(scriptSrc, `${path}: script-src`).not.toContain('unsafe-inline');
    expect(policy, `${path}: default-src`).toContain("default-src 'self'");
  }
});
