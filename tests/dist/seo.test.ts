import { existsSync, readFileSync } from 'node:fs';
import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { defaultLocale, localeEntries, localeOfPath, locales } from '../../src/i18n/locales';
import { hubOf, hubPath, medicalSectionIds, type SectionId } from '../../src/sections';
import { site } from '../../src/settings';
import { builtFile, distPath } from '../support/checks/dist';
import { all, attribute, first, parseHtml, textOf } from '../support/checks/html-tree';
import { jsonLdProblems, nodesOf, nodesOfType, type Node } from '../support/checks/json-ld';
import { sitemapEntries } from '../support/sitemap';

/**
 * What search engines read in the built files: titles, descriptions, canonical and share tags, JSON-LD that
 * agrees with what the page shows, hreflang, robots.txt and the sitemap. Nothing here needs a browser; that
 * the not-found page answers with status 404 is checked by the browser tests (journeys.spec.ts).
 */
const entries = sitemapEntries();
const defaultLanguage = localeEntries[defaultLocale].htmlLang;
const absolute = (path: string) => new URL(path, site.siteUrl).href;

/** An entry of a section: under the section's hub, and not the hub itself. */
const isEntryOf = (ids: readonly SectionId[], path: string) =>
  ids.some((id) =>
    locales.some((locale) => {
      const hub = hubPath(hubOf(id) ?? id, locale);
      return path.startsWith(hub) && path !== hub;
    }),
  );
const isMedical = (path: string) => isEntryOf(medicalSectionIds, path);
const isBio = (path: string) => isEntryOf(['staff'], path);

interface Built {
  path: string;
  tree: Root;
}
const pages: Built[] = entries.map(({ path }) => ({ path, tree: parseHtml(readFileSync(builtFile(path), 'utf8')) }));

const meta = (tree: Root, selector: string) => {
  const element = first(tree, selector);
  return element && attribute(element, 'content');
};
const jsonLdOf = (tree: Root) =>
  all(tree, 'script[type="application/ld+json"]').map((script) =>
    String((script.children[0] as { value: string }).value),
  );
const hreflangsOf = (tree: Root) =>
  Object.fromEntries(
    all(tree, 'link[rel="alternate"][hreflang]').map((link) => [
      attribute(link, 'hrefLang')!,
      attribute(link, 'href')!,
    ]),
  );

describe('every page in the sitemap', () => {
  it('has a unique title and description, a canonical URL, no noindex, share tags and the lang and og:locale of its language', () => {
    const seen = { title: new Map<string, string>(), description: new Map<string, string>() };
    for (const { path, tree } of pages) {
      const title = textOf(first(tree, 'title')!);
      const description = meta(tree, 'meta[name="description"]') ?? '';
      for (const [kind, value] of [
        ['title', title],
        ['description', description],
      ] as const) {
        expect(seen[kind].get(value), `${path}: ${kind} "${value}" is also used by`).toBeUndefined();
        seen[kind].set(value, path);
      }
      const language = localeEntries[localeOfPath(path)];
      expect(attribute(first(tree, 'html')!, 'lang'), path).toBe(language.htmlLang);
      expect(meta(tree, 'meta[property="og:locale"]'), `${path}: og:locale`).toBe(language.ogLocale);
      expect(attribute(first(tree, 'link[rel="canonical"]')!, 'href'), path).toBe(absolute(path));
      expect(meta(tree, 'meta[name="robots"]'), `${path} may be indexed`).toBeUndefined();
      expect(meta(tree, 'meta[property="og:title"]'), `${path}: og:title`).toBeTruthy();
      expect(meta(tree, 'meta[property="og:description"]'), `${path}: og:description`).toBe(description);
      expect(meta(tree, 'meta[property="og:url"]'), `${path}: og:url`).toBe(absolute(path));
      expect(meta(tree, 'meta[name="twitter:card"]'), `${path}: twitter:card`).toBe('summary_large_image');
      const image = new URL(meta(tree, 'meta[property="og:image"]')!);
      expect(existsSync(distPath(image.pathname)), `${path}: share image ${image.pathname} is built`).toBe(true);
    }
  });

  it('describes itself in JSON-LD that agrees with the page: clinic, breadcrumbs, review label, physician', () => {
    for (const { path, tree } of pages) {
      const blocks = jsonLdOf(tree);
      expect(jsonLdProblems(blocks), path).toEqual([]);
      const nodes = nodesOf(blocks);
      const [clinic] = nodesOfType(nodes, 'MedicalClinic');
      expect(clinic).toMatchObject({
        name: site.organizationName,
        telephone: site.admissionsPhone,
        url: absolute('/'),
      });

      // The breadcrumb as shown, the current page included (named, not linked), is the one described.
      const breadcrumb = first(
        tree,
        `nav[aria-label="${localeEntries[localeOfPath(path)].dictionary.landmarks.breadcrumb}"]`,
      );
      const [list] = nodesOfType(nodes, 'BreadcrumbList');
      if (breadcrumb) {
        const items = list?.itemListElement as Node[];
        expect(
          items.map((item) => item.name),
          path,
        ).toEqual(all(breadcrumb, 'li').map((item) => textOf(item)));
        expect(items.at(-1)?.item, path).toBe(absolute(path));
      }

      const h1 = textOf(first(tree, 'h1')!);
      const labels = all(tree, '[data-review-state]');
      expect(labels.length, `${path}: a medical page shows exactly one review label`).toBe(isMedical(path) ? 1 : 0);
      if (isMedical(path)) {
        // The JSON-LD claims a review exactly when the visible label does, and then names the same physician and day.
        const [medicalPage] = nodesOfType(nodes, 'MedicalWebPage');
        const label = labels[0] as Element;
        expect(medicalPage?.name, path).toBe(h1);
        if (attribute(label, 'dataReviewState') === 'reviewed') {
          const reviewer = medicalPage?.reviewedBy as Node;
          const link = first(label, 'a')!;
          expect(reviewer.name, path).toBe(textOf(link));
          expect(reviewer.url, path).toBe(absolute(attribute(link, 'href')!));
          expect(medicalPage?.lastReviewed, path).toBe(attribute(first(label, 'time')!, 'dateTime'));
        } else {
          expect(medicalPage, path).not.toHaveProperty('reviewedBy');
          expect(medicalPage, path).not.toHaveProperty('lastReviewed');
        }
      }

      if (isBio(path)) {
        const [physician] = nodesOfType(nodes, 'IndividualPhysician');
        expect(physician?.name, path).toBe(h1);
        expect(physician?.url, path).toBe(absolute(path));
        expect(physician?.medicalSpecialty, 'a value that exists in schema.org').toBe('PrimaryCare');
      }
    }
  });

  it('names its other-language version with hreflang both ways, plus x-default to the default language, in the head and the sitemap', () => {
    const byUrl = new Map(pages.map(({ path, tree }) => [absolute(path), hreflangsOf(tree)]));
    for (const { path, tree } of pages) {
      const alternates = hreflangsOf(tree);
      expect(Object.keys(alternates).sort(), `${path}: every page has a version in every language`).toEqual(
        [...locales.map((locale) => localeEntries[locale].htmlLang), 'x-default'].sort(),
      );
      const own = localeEntries[localeOfPath(path)].htmlLang;
      expect(alternates[own], `${path}: names itself`).toBe(absolute(path));
      expect(alternates['x-default'], path).toBe(alternates[defaultLanguage]);
      for (const [language, href] of Object.entries(alternates)) {
        const back = byUrl.get(href);
        expect(back, `${href} is built`).toBeDefined();
        expect(back![language === 'x-default' ? defaultLanguage : language], `${href} points back`).toBe(href);
        expect(back![own], `${href} names ${path} in return`).toBe(absolute(path));
      }
      const entry = entries.find((candidate) => candidate.path === path)!;
      expect(entry.alternates, `the sitemap entry of ${path}`).toEqual(alternates);
    }
  });
});

describe('robots.txt and the sitemap', () => {
  it('robots.txt points to the sitemap, which lists only canonical https addresses', () => {
    expect(readFileSync(distPath('robots.txt'), 'utf8')).toContain(`Sitemap: ${absolute('/sitemap.xml')}`);
    const paths = entries.map((entry) => entry.path);
    expect(paths).toContain('/');
    expect(
      paths.every((path) => path.endsWith('/')),
      'every address ends with a slash',
    ).toBe(true);
    expect(new Set(paths).size, 'no address twice').toBe(paths.length);
  });

  it('the not-found pages claim no address, ask not to be indexed and stay out of the sitemap', () => {
    for (const file of [distPath('404.html'), ...locales.slice(1).map((locale) => builtFile(`/${locale}/404/`))]) {
      const tree = parseHtml(readFileSync(file, 'utf8'));
      expect(first(tree, 'link[rel="canonical"]'), file).toBeUndefined();
      expect(meta(tree, 'meta[name="robots"]'), file).toBe('noindex');
    }
    expect(entries.some((entry) => entry.path.endsWith('/404/'))).toBe(false);
  });
});
