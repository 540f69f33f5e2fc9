import { expect, test } from '@playwright/test';
import { sitemapPaths } from '../support/sitemap';

test('every page in the sitemap can be reached from the home page by following links', async ({ request }) => {
  const reached = new Set<string>(['/']);
  const queue = ['/'];
  while (queue.length > 0) {
    const path = queue.shift()!;
    const response = await request.get(path);
    expect(response.status(), `${path} answers`).toBe(200);
    for (const [, href] of (await response.text()).matchAll(/<a\b[^>]*\bhref="([^"]+)"/g)) {
      const target = new URL(href!, `http://site${path}`);
      if (target.host !== 'site' || reached.has(target.pathname)) continue;
      reached.add(target.pathname);
      queue.push(target.pathname);
    }
  }
  const unreachable = sitemapPaths().filter((path) => !reached.has(path));
  expect(unreachable, 'pages no link leads to').toEqual([]);
});
