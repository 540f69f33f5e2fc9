import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { builtFile } from '../support/checks/dist';
import { sitemapPaths } from '../support/sitemap';

/** TCP's first round trip carries about 14 KB: the page and its CSS should arrive in it. */
const firstRoundTrip = 14 * 1024;
/** Everything a page loads, images and fonts included. */
const pageBudget = 50 * 1024;

type Kind = 'html' | 'css' | 'js' | 'images' | 'fonts' | 'other';
const kindOf: Record<string, Kind> = {
  document: 'html',
  stylesheet: 'css',
  script: 'js',
  image: 'images',
  font: 'fonts',
};

interface Weight {
  raw: number;
  gzip: number;
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

const rows: Record<string, string>[] = [];
test.afterAll(() => console.table(rows));

for (const path of sitemapPaths()) {
  test(`${path} fits the page-weight budget and ships no JavaScript`, async ({ page, baseURL }) => {
    const weights = new Map<Kind, Weight>();
    page.on('requestfinished', (request) => {
      const url = new URL(request.url());
      if (url.origin !== new URL(baseURL!).origin) return;
      const body = readFileSync(builtFile(url.pathname));
      const kind = kindOf[request.resourceType()] ?? 'other';
      const weight = weights.get(kind) ?? { raw: 0, gzip: 0 };
      weights.set(kind, { raw: weight.raw + body.length, gzip: weight.gzip + gzipSync(body, { level: 9 }).length });
    });
    await page.goto(path, { waitUntil: 'networkidle' });

    const of = (kind: Kind) => weights.get(kind) ?? { raw: 0, gzip: 0 };
    const total = [...weights.values()].reduce((sum, weight) => sum + weight.gzip, 0);
    rows.push({
      page: path,
      ...Object.fromEntries(
        (['html', 'css', 'js', 'images', 'fonts'] as const).map((kind) => [
          kind,
          `${kb(of(kind).raw)} / ${kb(of(kind).gzip)}`,
        ]),
      ),
      'total gzip KB': kb(total),
    });

    expect(of('html').gzip + of('css').gzip, `${path}: HTML + CSS, gzip bytes`).toBeLessThanOrEqual(firstRoundTrip);
    expect(of('js').raw, `${path}: JavaScript files`).toBe(0);
    const inlineScripts = await page.locator('script:not([type="application/ld+json"])').count();
    expect(inlineScripts, `${path}: inline scripts`).toBe(0);
    expect(total, `${path}: everything the page loads, gzip bytes`).toBeLessThanOrEqual(pageBudget);
  });
}
