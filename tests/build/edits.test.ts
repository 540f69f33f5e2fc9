import { afterAll, describe, expect, it } from 'vitest';
import { today } from '../../src/lib/clock';
import { formatDate } from '../../src/lib/dates';
import { siteCopy } from '../support/build';
import { all, attribute, first, parseHtml, textOf } from '../support/checks/html-tree';

/**
 * One fact, one place: edits made where a fact lives show up everywhere it is used, in one build of one
 * copy; and a translation whose original changed says so until the translation is recorded again.
 */
const site = siteCopy();
afterAll(() => site.remove());
const editedOn = today();
const what = '/benzodiazepine-addiction/what-are-benzodiazepines/';
const withdrawal = '/benzodiazepine-addiction/withdrawal-and-tapering/';
const spanishWithdrawal = '/es/adiccion-a-benzodiazepinas/abstinencia-y-disminucion-gradual/';

site.edit('content/drugs/alprazolam-xanax.mdx', (text) =>
  text
    .replace(/^uses:\n(?: {2}- .*\n)+/m, 'uses:\n  - A use written only for this test\n')
    .replace(/^brands: .*$/m, 'brands: [Xanax, Testbrand]'),
);
// A help line's number is stored once in the settings; each dictionary writes it for its readers.
site.edit('src/settings.ts', (text) =>
  text
    .replace("dial: '988', text: '988'", "dial: '987', text: '987'")
    .replace("admissionsLanguages: ['en'],", "admissionsLanguages: ['en', 'es'],"),
);
for (const dictionary of ['src/i18n/en.ts', 'src/i18n/es.ts'])
  site.edit(dictionary, (text) => text.replace("display: '988',", "display: '987',"));
// As an editor would: a word changed, and updated set to the day of the edit.
site.edit('content/education/withdrawal-and-tapering.mdx', (text) =>
  text.replace(/^updated: .*$/m, `updated: ${editedOn}`).replace(/\bslowly\b/, 'gradually'),
);

describe('a build after editing facts where they live', () => {
  it('builds', () => {
    site.mustBuild();
  });

  it('shows a drug entry’s facts on its own page and in the table of common benzodiazepines', () => {
    expect(site.text(what)).toContain('alprazolam (Xanax, Testbrand)');
    expect(site.text(what)).toContain('A use written only for this test');
    expect(site.text('/benzodiazepine-addiction/alprazolam-xanax/')).toContain('Xanax, Testbrand');
    const table = first(parseHtml(site.html(what)), 'table')!;
    expect(all(table, 'a').map((link) => attribute(link, 'href'))).toContain(
      '/benzodiazepine-addiction/alprazolam-xanax/',
    );
  });

  it('dials the help line’s number from the settings in every box that offers it', () => {
    const box = first(parseHtml(site.html(withdrawal)), 'aside[aria-labelledby="emergency-check"]')!;
    const hrefs = all(box, 'a').map((link) => attribute(link, 'href'));
    expect(hrefs).toEqual(expect.arrayContaining(['tel:911', 'tel:987', 'sms:987']));
    expect(hrefs).not.toContain('tel:988');
  });

  it('words the admissions line’s languages from the settings', () => {
    expect(site.text('/es/admisiones/')).toContain('Nuestra línea de admisiones le atiende en español.');
    expect(site.text('/es/admisiones/')).not.toContain('puede preguntar si hay ayuda en español');
  });

  it('marks a translation out of date once its original changed, on the page and in the status report', () => {
    const notice = first(parseHtml(site.html(spanishWithdrawal)), '[data-translation="outdated"]')!;
    expect(textOf(notice)).toContain(formatDate(new Date(`${editedOn}T00:00:00Z`), 'es'));
    expect(all(notice, 'a').map((link) => attribute(link, 'href'))).toEqual([withdrawal]);
    expect(site.review('status').output).toMatch(
      new RegExp(`${spanishWithdrawal}.*OUT OF DATE \\(original updated ${editedOn}\\)`),
    );
  });

  it('marks it current again once `review translated` records the original it now matches', () => {
    expect(site.review('translated', spanishWithdrawal).status).toBe(0);
    const status = site.review('status').output;
    expect(status).toMatch(new RegExp(`${spanishWithdrawal}.*\\scurrent\\s*$`, 'm'));
    // Recording it changed no digest, so the status came from the manifest as `translated` left it.
    expect(status).not.toContain('Building the site');
  });
});
