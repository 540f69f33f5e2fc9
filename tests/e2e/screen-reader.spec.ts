import { expect, test } from '@playwright/test';
import { mainNavigation } from '../../src/lib/navigation';
import { sections } from '../../src/sections';
import { site } from '../../src/settings';
import { linksHeard, openWithScreenReader, readForward } from '../support/screen-reader';
import { uiText } from '../../src/i18n';
import { callLinkHref, callLinkNameIn, skipLinkNameIn } from '../support/site';
import { templates, type Template } from '../../scripts/lib/templates';

/**
 * What a screen-reader user hears, from a virtual screen reader run inside the
 * built pages, plus the landmarks every template must have. Only structure and
 * names that come from src/settings.ts are pinned: content writers are changing
 * the pages' words, and these tests must not stand in their way.
 */

/** One line of an aria snapshot template, YAML-quoted so any name from the settings is safe in it. */
const node = (role: string, name?: string) =>
  `'${(name === undefined ? role : `${role} ${JSON.stringify(name)}`).replace(/'/g, "''")}'`;
const url = (href: string) => `- /url: '${href.replace(/'/g, "''")}'`;
const indent = (lines: string[], by: number) => lines.map((line) => `${' '.repeat(by)}${line}`);
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Where each template puts its one h1: only roles and heading levels, never the heading's words. */
const mainOf = (template: Template): string[] => {
  const breadcrumb = `  - ${node('navigation', uiText(template.locale).breadcrumb)}`;
  return {
    home: ['- main:', '  - region:', '    - heading [level=1]'],
    hub: ['- main:', breadcrumb, '  - heading [level=1]'],
    entry: ['- main:', breadcrumb, '  - article:', '    - heading [level=1]'],
    page: ['- main:', breadcrumb, '  - heading [level=1]'],
    '404': ['- main:', '  - heading [level=1]'],
  }[template.kind];
};

/** The whole page: exactly these four top-level parts, in this order; the header and the footer's help lines from the settings. */
function pageStructure(template: Template): string {
  const navLinks = mainNavigation(template.locale).flatMap((item) => [
    `- listitem:`,
    `  - ${node('link', item.label)}:`,
    `    ${url(item.href)}`,
  ]);
  const helpLines = site.crisisLines
    .map((line) => `- listitem:\n  - ${node('link', line.display)}`)
    .join('\n')
    .split('\n');
  return [
    '- /children: equal',
    `- ${node('link', skipLinkNameIn(template.locale))}`,
    '- banner:',
    '  - /children: equal',
    `  - ${node('link', site.organizationName)}:`,
    `    ${url(sections.pages.base[template.locale])}`,
    `  - ${node('link', callLinkNameIn(template.locale))}:`,
    `    ${url(callLinkHref)}`,
    `  - ${node('navigation', uiText(template.locale).mainNav)}:`,
    '    - list:',
    '      - /children: equal',
    ...indent(navLinks, 6),
    `  - ${node('link', uiText(template.locale).language.switchTo)}`,
    ...mainOf(template),
    '- contentinfo:',
    '  - list:',
    '    - /children: equal',
    ...indent(helpLines, 4),
    `  - ${node('navigation', uiText(template.locale).footerNav)}`,
  ].join('\n');
}

for (const template of templates) {
  test.describe(`${template.name} (${template.path})`, () => {
    test('moving forward from the top, a screen-reader user hears the skip link, the site name, then the call link', async ({
      page,
    }) => {
      await openWithScreenReader(page, template.path);
      const callName = callLinkNameIn(template.locale);
      const spoken = await readForward(page, { until: `link, ${callName}`, maxSteps: 40 });
      expect(
        linksHeard(spoken).slice(0, 3),
        `the first links heard; all that was spoken:\n${spoken.join('\n')}`,
      ).toEqual([skipLinkNameIn(template.locale), site.organizationName, callName]);
    });

    test('has the skip link, banner, main with its h1, and contentinfo, in that order', async ({ page }) => {
      await page.goto(template.path);
      await expect(page.locator('body')).toMatchAriaSnapshot(pageStructure(template));
    });
  });
}

test('get help now: the crisis lines are announced as a named list, one item per line, each with its name and number', async ({
  page,
}) => {
  await openWithScreenReader(page, '/get-help-now/');
  const spoken = await readForward(page);
  expect(spoken.at(-1), 'read to the end of the page').toBe('end of document');
  const main = spoken.slice(spoken.indexOf('main'), spoken.indexOf('end of main'));

  // A list is announced with its name ("list, Free help lines") when it has one; find the one holding the first help line.
  const startsWithName = (name: string) => new RegExp(`^${escapeRegExp(name)}(?!\\w)`);
  const start = main.findIndex(
    (phrase, index) =>
      phrase.startsWith('list, ') &&
      main.slice(index, index + 6).some((p) => startsWithName(site.crisisLines[0]!.name.en).test(p)),
  );
  expect(start, `a named list of the help lines in main; main spoke:\n${main.join('\n')}`).toBeGreaterThan(0);
  const end = main.indexOf(`end of ${main[start]}`, start);
  expect(end, 'the list ends').toBeGreaterThan(start);

  // What the list said, item by item.
  const items: { announced: string; spoken: string[] }[] = [];
  for (const phrase of main.slice(start + 1, end)) {
    if (phrase.startsWith('listitem, ')) items.push({ announced: phrase, spoken: [] });
    else if (!phrase.startsWith('end of listitem')) items.at(-1)?.spoken.push(phrase);
  }
  const count = site.crisisLines.length;
  expect(items).toEqual(
    site.crisisLines.map((line, index) => ({
      announced: `listitem, level 1, position ${index + 1}, set size ${count}`,
      spoken: expect.arrayContaining([expect.stringMatching(startsWithName(line.name.en)), `link, ${line.display}`]),
    })),
  );
});
