import { readFileSync } from 'node:fs';
import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { uiText } from '../../src/i18n';
import { localeEntries, localeOfPath, localeRoot, locales } from '../../src/i18n/locales';
import { site } from '../../src/settings';
import { builtFile, distPath } from '../support/checks/dist';
import { all, attribute, first, parseHtml, textOf } from '../support/checks/html-tree';
import { crisisCall, emergencyPaths, sitePages } from '../support/site';
import { sitemapEntries, sitemapPaths } from '../support/sitemap';

/**
 * The parts of the phone-first design (issue 18) and of the get-help controls (issue 16) that the built files
 * show without a browser, on every page. Where things are on the screen is measured in tests/e2e/design.spec.ts.
 */
const pages = sitemapPaths().map((path) => ({ path, tree: parseHtml(readFileSync(builtFile(path), 'utf8')) }));
const notFound = [distPath('404.html'), ...locales.slice(1).map((locale) => builtFile(`${localeRoot(locale)}404/`))];

/** The href of every link and button of a tree, in document order. */
const hrefs = (tree: Root | Element) => all(tree, 'a[href]').map((link) => attribute(link, 'href')!);

describe('long pages', () => {
  it('list their sections under "On this page" when they have six or more, in order, and only then', () => {
    let listed = 0;
    for (const { path, tree } of pages) {
      const sections = all(tree, '.prose > h2');
      const toc = first(tree, `nav[aria-label="${uiText(localeOfPath(path)).onThisPage}"]`);
      if (sections.length < 6) {
        expect(toc, `${path}: ${sections.length} sections, no list`).toBeUndefined();
        continue;
      }
      listed++;
      expect(toc, `${path}: ${sections.length} sections, a list`).toBeDefined();
      expect(
        all(toc!, 'a').map((link) => attribute(link, 'href')),
        path,
      ).toEqual(sections.map((heading) => `#${attribute(heading, 'id')}`));
      expect(
        all(toc!, 'a').map((link) => textOf(link)),
        path,
      ).toEqual(sections.map((heading) => textOf(heading)));
      // Closed until opened (on a phone; wide screens show it open).
      expect(first(toc!, 'details[open]'), path).toBeUndefined();
    }
    expect(listed, 'pages long enough for the list').toBeGreaterThan(10);
  });
});

describe('breadcrumbs', () => {
  it('name the current page last, marked as such and not a link', () => {
    for (const { path, tree } of pages) {
      const breadcrumb = first(tree, `nav[aria-label="${uiText(localeOfPath(path)).landmarks.breadcrumb}"]`);
      if (!breadcrumb) continue;
      const items = all(breadcrumb, 'li');
      const current = items.at(-1)!;
      expect(first(current, 'a'), `${path}: the current page is not a link`).toBeUndefined();
      expect(attribute(first(current, '[aria-current]')!, 'ariaCurrent'), path).toBe('page');
      expect(
        items.slice(0, -1).every((item) => first(item, 'a[href]')),
        `${path}: the pages above it are links`,
      ).toBe(true);
    }
  });
});

describe('safety boxes', () => {
  it('that say "call 911" hold a real tel:911 control', () => {
    let boxes = 0;
    for (const { path, tree } of pages) {
      for (const box of all(tree, '.safety-box')) {
        if (!/\b(call|llame al|llamar al) 911\b/i.test(textOf(box))) continue;
        boxes++;
        expect(all(box, 'a[href="tel:911"]').length, `${path}: a box about calling 911`).toBeGreaterThan(0);
      }
    }
    expect(boxes).toBeGreaterThan(30);
  });

  it('say their level in words, above the heading', () => {
    for (const { path, tree } of pages) {
      const words = uiText(localeOfPath(path)).boxes;
      for (const box of all(tree, 'aside.safety-box')) {
        const level = first(box, '.safety-box-level');
        expect(level && textOf(level), path).toBeOneOf(Object.values(words));
      }
    }
  });
});

describe('the pages for emergencies', () => {
  const paths = emergencyPaths();

  it('exist in every language', () => {
    expect(paths.map((path) => localeOfPath(path)).sort()).toEqual([...locales].sort());
  });

  for (const path of paths) {
    it(`${path}: 911, call 988 and text 988 directly under the title, each saying when, before any admissions control`, () => {
      const locale = localeOfPath(path);
      const tree = parseHtml(readFileSync(builtFile(path), 'utf8'));
      const controls = first(tree, '[data-crisis-controls]')!;
      expect(controls, 'the crisis controls').toBeDefined();
      // Directly under the title: the next element after the h1 in its header.
      const header = first(tree, 'main header')!;
      const order = header.children
        .filter((child) => child.type === 'element')
        .map((child) => (child as { tagName: string }).tagName);
      expect(order.slice(0, 2)).toEqual(['h1', 'div']);
      const links = all(controls, 'a');
      const expected = [
        crisisCall(locale, 'emergency'),
        crisisCall(locale, 'lifeline'),
        crisisCall(locale, 'lifeline', 'text'),
      ];
      expect(links.map((link) => attribute(link, 'href'))).toEqual(expected.map((control) => control.href));
      // Each button's words, which are its name: "Call 911", then when to call.
      const named = links.map((link) => ({
        name: textOf(first(link, '.call-button-label')!),
        when: textOf(first(link, '.call-button-when')!),
        all: textOf(link),
      }));
      expect(named.map((control) => control.name)).toEqual(expected.map((control) => control.name));
      expect(new Set(named.map((control) => control.all)).size, 'distinct names').toBe(3);
      for (const control of named) expect(control.when.length, `${control.name}: when to use it`).toBeGreaterThan(10);
      if (locale === 'es') {
        expect(named[1]!.when).toContain('marque 2');
        expect(named[2]!.when).toContain('AYUDA');
      }
      // No admissions control before them, in the header or anywhere else.
      const addresses = hrefs(tree);
      const firstAdmissions = addresses.indexOf(site.admissions.href);
      expect(firstAdmissions === -1 || firstAdmissions > addresses.indexOf('sms:988'), 'admissions comes after').toBe(
        true,
      );
      expect(hrefs(first(tree, 'header')!)).not.toContain(site.admissions.href);
      // The phone call bar carries 911 and 988, not admissions.
      const bar = first(tree, 'aside.call-bar')!;
      expect(hrefs(bar)).toEqual(['tel:911', 'tel:988']);
    });
  }

  it('are the pages the other pages send a reader in danger to', () => {
    for (const { path, tree } of pages) {
      if (paths.includes(path)) continue;
      const getHelp = sitePages().find(
        (page) => page.original === 'get-help-now' && page.locale === localeOfPath(path),
      )!.path!;
      const line = first(tree, '.danger-line')!;
      expect(hrefs(line), path).toEqual(['tel:911', getHelp]);
    }
  });
});

describe('the not-found pages', () => {
  it('offer 911 and 988 before anything else in the page', () => {
    for (const file of notFound) {
      const tree = parseHtml(readFileSync(file, 'utf8'));
      expect(hrefs(first(tree, 'main')!).slice(0, 2), file).toEqual(['tel:911', 'tel:988']);
    }
  });
});

describe('the home page', () => {
  for (const locale of locales) {
    it(`${localeRoot(locale)}: three cards under the title lead to help now, to stopping a prescribed benzo and to helping someone`, () => {
      const tree = parseHtml(readFileSync(builtFile(localeRoot(locale)), 'utf8'));
      const words = uiText(locale).home.tasks;
      const cards = first(tree, `ul[aria-label="${words.label}"]`)!;
      expect(cards).toBeDefined();
      expect(all(cards, 'a').map((link) => textOf(link))).toEqual([
        words.emergency.title,
        words.prescribed.title,
        words.someone.title,
      ]);
      const getHelp = sitePages().find((page) => page.original === 'get-help-now' && page.locale === locale)!.path!;
      const [emergency, prescribed, someone] = all(cards, 'a').map((link) => attribute(link, 'href')!);
      expect(emergency).toBe(getHelp);
      // The pages the brief names, and their counterparts in this language, as the sitemap pairs them.
      const inThisLanguage = (english: string) =>
        new URL(sitemapEntries().find((entry) => entry.path === english)!.alternates[localeEntries[locale].htmlLang]!)
          .pathname;
      expect([prescribed, someone]).toEqual(
        [
          '/benzodiazepine-addiction/taking-benzos-as-prescribed/',
          '/benzodiazepine-addiction/helping-someone-you-love/',
        ].map(inThisLanguage),
      );
      // Directly under the title, before the page's own words.
      const hero = first(tree, 'main section')!;
      const kinds = hero.children
        .filter((child) => child.type === 'element')
        .map((child) => (child as { tagName: string }).tagName);
      expect(kinds.indexOf('ul')).toBe(kinds.indexOf('h1') + 1);
    });
  }
});
