import { expect, test } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { uiText } from '../../src/i18n';
import { localeInfo, locales } from '../../src/i18n/locales';
import { localeOfPath, medicalSectionIds, sections, type SectionId } from '../../src/sections';
import { site } from '../../src/settings';
import { distPath } from '../support/checks/dist';
import { jsonLdProblems, nodesOf, nodesOfType, type Node } from '../support/checks/json-ld';
import { sitemapPaths } from '../support/sitemap';

const paths = sitemapPaths();
const absolute = (path: string) => new URL(path, site.siteUrl).href;
const isEntryOf = (ids: readonly SectionId[], path: string) =>
  ids.some((id) =>
    locales.some((locale) => path.startsWith(sections[id].base[locale]) && path !== sections[id].base[locale]),
  );
const isMedical = (path: string) => isEntryOf(medicalSectionIds, path);
const isBio = (path: string) => isEntryOf(['staff'], path);

test('every page has a unique title and description, a canonical URL, share tags and the lang and og:locale of its language', async ({
  page,
}) => {
  const seen = { title: new Map<string, string>(), description: new Map<string, string>() };
  for (const path of paths) {
    await page.goto(path);
    const meta = (selector: string) => page.locator(selector).getAttribute('content');
    const title = await page.title();
    const description = (await meta('meta[name="description"]')) ?? '';
    for (const [kind, value] of [
      ['title', title],
      ['description', description],
    ] as const) {
      expect(seen[kind].get(value), `${path}: ${kind} "${value}" is also used by`).toBeUndefined();
      seen[kind].set(value, path);
    }
    const locale = localeOfPath(path);
    expect(await page.locator('html').getAttribute('lang'), path).toBe(localeInfo[locale].htmlLang);
    expect(await meta('meta[property="og:locale"]'), `${path}: og:locale`).toBe(localeInfo[locale].ogLocale);
    expect(await page.locator('link[rel="canonical"]').getAttribute('href'), path).toBe(absolute(path));
    expect(await meta('meta[property="og:title"]'), `${path}: og:title`).toBeTruthy();
    expect(await meta('meta[property="og:description"]'), `${path}: og:description`).toBe(description);
    expect(await meta('meta[property="og:url"]'), `${path}: og:url`).toBe(absolute(path));
    expect(await meta('meta[name="twitter:card"]'), `${path}: twitter:card`).toBe('summary_large_image');
    const image = new URL((await meta('meta[property="og:image"]'))!);
    expect(existsSync(distPath(image.pathname)), `${path}: share image ${image.pathname} is built`).toBe(true);
  }
});

test('robots.txt points to the sitemap, and the sitemap lists only canonical https URLs', () => {
  expect(readFileSync(distPath('robots.txt'), 'utf8')).toContain(`Sitemap: ${absolute('/sitemap-index.xml')}`);
  expect(existsSync(distPath('sitemap-index.xml'))).toBe(true);
  expect(paths).toContain('/');
  expect(paths.every((path) => path.endsWith('/'))).toBe(true);
});

test('the 404 page answers with status 404, claims no address and stays out of the sitemap', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('link[rel="canonical"]')).toHaveCount(0);
  expect(paths).not.toContain('/404/');
});

for (const path of paths) {
  test(`${path} describes itself in JSON-LD that agrees with the page`, async ({ page }) => {
    await page.goto(path);
    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
    expect(jsonLdProblems(blocks), path).toEqual([]);
    const nodes = nodesOf(blocks);

    const [clinic] = nodesOfType(nodes, 'MedicalClinic');
    expect(clinic).toMatchObject({ name: site.organizationName, telephone: site.admissionsPhone, url: absolute('/') });

    const crumbs = await page
      .getByRole('navigation', { name: uiText(localeOfPath(path)).breadcrumb })
      .getByRole('link')
      .all();
    const [breadcrumbList] = nodesOfType(nodes, 'BreadcrumbList');
    if (!(Object.values(sections.pages.base) as string[]).includes(path)) {
      const items = breadcrumbList?.itemListElement as Node[];
      expect(items.map((item) => item.name)).toEqual(await Promise.all(crumbs.map((crumb) => crumb.textContent())));
      expect(items.at(-1)?.item).toBe(absolute(path));
    }

    const label = page.locator('[data-review-state]');
    await expect(label, `${path}: a medical page shows exactly one review label`).toHaveCount(isMedical(path) ? 1 : 0);
    if (isMedical(path)) {
      // The JSON-LD claims a review exactly when the visible label does, and then names the same physician and day.
      const [medicalPage] = nodesOfType(nodes, 'MedicalWebPage');
      expect(medicalPage?.name).toBe(await page.getByRole('heading', { level: 1 }).textContent());
      if ((await label.getAttribute('data-review-state')) === 'reviewed') {
        const reviewer = medicalPage?.reviewedBy as Node;
        expect(reviewer.name).toBe(await label.getByRole('link').textContent());
        expect(reviewer.url).toBe(absolute((await label.getByRole('link').getAttribute('href'))!));
        expect(medicalPage?.lastReviewed).toBe(await label.locator('time').getAttribute('datetime'));
      } else {
        expect(medicalPage, path).not.toHaveProperty('reviewedBy');
        expect(medicalPage, path).not.toHaveProperty('lastReviewed');
      }
    }

    if (isBio(path)) {
      const [physician] = nodesOfType(nodes, 'IndividualPhysician');
      expect(physician?.name).toBe(await page.getByRole('heading', { level: 1 }).textContent());
      expect(physician?.url).toBe(absolute(path));
      expect(physician?.medicalSpecialty, 'a value that exists in schema.org').toBe('PrimaryCare');
    }
  });
}

test('every page names its other-language version with hreflang both ways, plus x-default to English, in the head and the sitemap', async ({
  request,
}) => {
  const alternatesIn = (html: string) =>
    Object.fromEntries(
      [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((match) => [
        match[1]!,
        match[2]!,
      ]),
    );
  const sitemap = readFileSync(distPath('sitemap-0.xml'), 'utf8');
  for (const path of paths) {
    const alternates = alternatesIn(await (await request.get(path)).text());
    expect(Object.keys(alternates).sort(), `${path}: every page has an English and a Spanish version`).toEqual([
      'en',
      'es',
      'x-default',
    ]);
    expect(alternates[localeInfo[localeOfPath(path)].htmlLang], `${path}: names itself`).toBe(absolute(path));
    expect(alternates['x-default'], path).toBe(alternates.en);
    for (const [language, href] of Object.entries(alternates)) {
      const back = alternatesIn(await (await request.get(new URL(href).pathname)).text());
      expect(back[language === 'x-default' ? 'en' : language], `${href} points back`).toBe(href);
      expect(back[localeInfo[localeOfPath(path)].htmlLang], `${href} names ${path} in return`).toBe(absolute(path));
    }
    const entry = sitemap.slice(sitemap.indexOf(`<loc>${absolute(path)}</loc>`)).split('</url>')[0]!;
    for (const [language, href] of Object.entries(alternates)) {
      expect(entry, `the sitemap entry of ${path}`).toContain(`hreflang="${language}" href="${href}"`);
    }
  }
});
