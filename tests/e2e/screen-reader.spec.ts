import { expect, test } from '@playwright/test';
import { templates, type Template } from '../../scripts/lib/templates';
import { uiText } from '../../src/i18n';
import { localeRoot } from '../../src/i18n/locales';
import { site } from '../../src/settings';
import { linksHeard, openWithScreenReader, readForward } from '../support/screen-reader';
import {
  callLinkHref,
  crisisCall,
  emergencyPaths,
  mainNavigationIn,
  shortCallNameIn,
  skipLinkNameIn,
} from '../support/site';

/**
 * What a screen-reader user hears, from a virtual screen reader run inside the
 * built pages, plus the landmarks every template must have. Only structure and
 * names that come from the settings and the interface dictionaries are pinned:
 * content writers are changing the pages' words, and these tests must not stand in their way.
 */

const emergency = new Set(emergencyPaths());

/** One line of an aria snapshot template, YAML-quoted so any name from the settings is safe in it. */
const node = (role: string, name?: string) =>
  `'${(name === undefined ? role : `${role} ${JSON.stringify(name)}`).replace(/'/g, "''")}'`;
const url = (href: string) => `- /url: '${href.replace(/'/g, "''")}'`;
const indent = (lines: string[], by: number) => lines.map((line) => `${' '.repeat(by)}${line}`);
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Where each template puts its one h1: only roles and heading levels, never the heading's words. */
const mainOf = (template: Template): string[] => {
  const breadcrumb = `  - ${node('navigation', uiText(template.locale).landmarks.breadcrumb)}`;
  return {
    home: ['- main:', '  - region:', '    - heading [level=1]'],
    hub: ['- main:', breadcrumb, '  - heading [level=1]'],
    entry: ['- main:', breadcrumb, '  - article:', '    - heading [level=1]'],
    page: ['- main:', breadcrumb, '  - heading [level=1]'],
    '404': ['- main:', '  - heading [level=1]'],
  }[template.kind];
};

/**
 * The whole page on a desktop: exactly these four top-level parts, in this order (the phone call bar is
 * hidden at this width); the header's parts exactly, its menu from the dictionaries; the footer's help lines.
 */
function pageStructure(template: Template): string {
  const t = uiText(template.locale);
  const navLinks = mainNavigationIn(template.locale).flatMap((item) => [
    `- listitem:`,
    `  - ${node('link', item.label)}:`,
    `    ${url(item.href)}`,
  ]);
  const helpLines = site.crisisLines.flatMap((line) => [
    '- listitem:',
    '  - paragraph:',
    `    - ${node('link', crisisCall(template.locale, line.id).name)}`,
  ]);
  const callLink = emergency.has(template.path)
    ? []
    : [`  - ${node('link', shortCallNameIn(template.locale))}:`, `    ${url(callLinkHref)}`];
  return [
    '- /children: equal',
    `- ${node('link', skipLinkNameIn(template.locale))}`,
    '- banner:',
    '  - /children: equal',
    `  - ${node('link', site.organizationName)}:`,
    `    ${url(localeRoot(template.locale))}`,
    ...callLink,
    `  - ${node('list', t.language.switchLabel)}`,
    '  - group:',
    `    - ${node('navigation', t.landmarks.main)}:`,
    '      - list:',
    '        - /children: equal',
    ...indent(navLinks, 8),
    '  - paragraph:',
    `    - ${node('link', crisisCall(template.locale, 'emergency').name)}`,
    ...mainOf(template),
    '- contentinfo:',
    `  - ${node('list', t.footer.crisisHeading)}:`,
    '    - /children: equal',
    ...indent(helpLines, 4),
    `  - ${node('navigation', t.landmarks.footer)}`,
  ].join('\n');
}

for (const template of templates) {
  test.describe(`${template.name} (${template.path})`, () => {
    if (emergency.has(template.path)) {
      test('a screen-reader user hears 911, 988 and the text line before any admissions call', async ({ page }) => {
        await openWithScreenReader(page, template.path);
        const spoken = await readForward(page, { until: 'end of main', maxSteps: 400 });
        const controls = [
          crisisCall(template.locale, 'emergency'),
          crisisCall(template.locale, 'lifeline'),
          crisisCall(template.locale, 'lifeline', 'text'),
        ].map((control) => control.name);
        // In main: the way back (the breadcrumb), then the three controls, each heard with when to use it.
        const inMain = linksHeard(spoken.slice(spoken.indexOf('main')));
        const heard = `all that was spoken:\n${spoken.join('\n')}`;
        expect(
          inMain.slice(1, 4).map((name) => controls.find((control) => name.startsWith(control))),
          heard,
        ).toEqual(controls);
        const beforeThem = linksHeard(spoken.slice(0, spoken.indexOf('main'))).concat(inMain.slice(0, 1));
        expect(
          beforeThem.filter((name) => name.startsWith(shortCallNameIn(template.locale))),
          heard,
        ).toEqual([]);
      });
    } else {
      test('moving forward from the top, a screen-reader user hears the skip link, the site name, then the call link', async ({
        page,
      }) => {
        await openWithScreenReader(page, template.path);
        const callName = shortCallNameIn(template.locale);
        const spoken = await readForward(page, { until: `link, ${callName}`, maxSteps: 40 });
        expect(
          linksHeard(spoken).slice(0, 3),
          `the first links heard; all that was spoken:\n${spoken.join('\n')}`,
        ).toEqual([skipLinkNameIn(template.locale), site.organizationName, callName]);
      });
    }

    test('has the skip link, banner, main with its h1, and contentinfo, in that order', async ({ page }) => {
      await page.goto(template.path);
      await expect(page.locator('body')).toMatchAriaSnapshot(pageStructure(template));
    });
  });
}

test('get help now: the crisis lines are announced as a named list, one item per line, each with its name and number', async ({
  page,
}) => {
  const t = uiText('en');
  await openWithScreenReader(page, '/get-help-now/');
  const spoken = await readForward(page);
  expect(spoken.at(-1), 'read to the end of the page').toBe('end of document');
  const main = spoken.slice(spoken.indexOf('main'), spoken.indexOf('end of main'));

  // A list is announced with its name ("list, Free help lines").
  const startsWithName = (name: string) => new RegExp(`^${escapeRegExp(name)}(?!\\w)`);
  const start = main.indexOf(`list, ${t.crisisLines.listLabel}`);
  expect(start, `a named list of the help lines in main; main spoke:\n${main.join('\n')}`).toBeGreaterThan(0);
  const end = main.indexOf(`end of list, ${t.crisisLines.listLabel}`, start);
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
      spoken: expect.arrayContaining([
        expect.stringMatching(startsWithName(t.crisisLines.lines[line.id].name)),
        `link, ${crisisCall('en', line.id).name}`,
      ]),
    })),
  );
});
