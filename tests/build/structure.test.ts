import { cpSync, globSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { siteCopy, type Site } from '../support/build';
import { all, attribute, parseHtml } from '../support/checks/html-tree';
import { sitemapEntries } from '../support/sitemap';

/**
 * The registry and the locale list are the whole truth: a new section, or a new language, is its entry, its
 * words and its content folders, and every page, menu, link, sitemap entry and review listing follows.
 * The files each test touches are the ones the README's "A new section" and "A new language" list.
 */
let site: Site | undefined;
afterEach(() => site?.remove());

const page = (title: string, extra = '') =>
  `---\ntitle: ${title}\ndescription: A short page written only for this test of the section registry, long enough for search.\norder: 1\nupdated: 2026-11-01\nsources:\n  - title: Benzodiazepine Tapering\n    publisher: ASAM\n    url: https://www.asam.org/quality-care/clinical-guidelines/benzodiazepine-tapering\n  - title: Prescription CNS Depressants\n    publisher: NIDA\n    url: https://nida.nih.gov/research-topics/prescription-medicines\n${extra}---\n\nA few plain words for this test.\n`;

const words = (address: string, name: string) => `    blog: {
      address: '${address}',
      nav: '${name}',
      crumb: '${name}',
      hubTitle: '${name} on benzodiazepines',
      hubDescription: 'Short notes on benzodiazepines, written for a test that adds a section to the site registry.',
      hubLead: 'Short notes.',
      listHeading: '${name}',
      allLink: 'All ${name.toLowerCase()}',
    },
    drugs: {`;

describe('a new section', () => {
  it('is its registry entry, its words in each dictionary and its folder: hub, pages, menu, sitemap and review status follow', () => {
    site = siteCopy();
    site.edit('src/sections.ts', (text) =>
      text.replace(
        '  pages: {',
        "  blog: { schema: educationSchema, medical: true, layout: 'article', hub: true, order: 6 },\n  pages: {",
      ),
    );
    site.edit('src/i18n/en.ts', (text) => text.replace('    drugs: {', words('notes', 'Notes')));
    site.edit('src/i18n/es.ts', (text) => text.replace('    drugs: {', words('notas', 'Notas')));
    site.write('content/blog/first-note.mdx', page('A first note on benzodiazepines'));
    site.write(
      'content/blog/es/primera-nota.mdx',
      page('Una primera nota sobre benzodiazepinas', 'lang: es\ntranslationOf: first-note\n'),
    );
    site.mustBuild();

    expect(site.text('/notes/')).toContain('A first note on benzodiazepines');
    expect(site.text('/notes/first-note/')).toContain('A few plain words for this test.');
    expect(site.text('/es/notas/primera-nota/')).toContain('Una primera nota sobre benzodiazepinas');
    const menu = all(parseHtml(site.html('/')), 'nav a').map((link) => attribute(link, 'href'));
    expect(menu).toContain('/notes/');
    const sitemap = sitemapEntries(join(site.root, 'dist'));
    expect(sitemap.find((entry) => entry.path === '/notes/first-note/')?.alternates.es).toBe(
      'https://www.northernillinoisrecovery.com/es/notas/primera-nota/',
    );
    const status = site.review('status').output;
    expect(status).toMatch(/^\/notes\/first-note\/\s+not yet reviewed/m);
    expect(status).toMatch(/^\/es\/notas\/primera-nota\/\s+not yet reviewed/m);
  });
});

describe('a new language', () => {
  it('is one locale entry, one dictionary and its content folders: pages, the switch, hreflang and the sitemap follow', () => {
    site = siteCopy();
    site.edit('src/i18n/locales.ts', (text) =>
      text
        .replace("import { es } from './es.ts';", "import { es } from './es.ts';\nimport { fr } from './fr.ts';")
        .replace(
          "  es: { htmlLang: 'es',",
          "  fr: { htmlLang: 'fr', ogLocale: 'fr_FR', dateLocale: 'fr-FR', dictionary: fr },\n  es: { htmlLang: 'es',",
        ),
    );
    // A copy of the Spanish dictionary stands in for a French one; only its name for itself is French.
    site.write(
      'src/i18n/fr.ts',
      readFileSync(join(site.root, 'src/i18n/es.ts'), 'utf8')
        .replace('export const es: Dictionary', 'export const fr: Dictionary')
        .replace("name: 'Español'", "name: 'Français'"),
    );
    for (const folder of globSync('content/*/es', { cwd: site.root })) {
      cpSync(join(site.root, folder), join(site.root, folder.replace(/es$/, 'fr')), { recursive: true });
    }
    for (const file of globSync('content/*/fr/*.mdx', { cwd: site.root })) {
      const path = join(site.root, file);
      writeFileSync(path, readFileSync(path, 'utf8').replace(/^lang: es$/m, 'lang: fr'));
    }
    site.mustBuild();

    expect(site.text('/fr/')).toContain('Ayuda para la adicción a las benzodiazepinas');
    const english = parseHtml(site.html('/treatment/outpatient-treatment/'));
    const switchTo = Object.fromEntries(
      all(english, 'ul a[hreflang]').map((link) => [attribute(link, 'hrefLang'), attribute(link, 'href')]),
    );
    expect(switchTo).toEqual({
      es: '/es/tratamiento/tratamiento-ambulatorio/',
      fr: '/fr/tratamiento/tratamiento-ambulatorio/',
    });
    const hreflang = all(english, 'link[rel="alternate"][hreflang]').map((link) => attribute(link, 'hrefLang'));
    expect(hreflang.sort()).toEqual(['en', 'es', 'fr', 'x-default']);
    const entry = sitemapEntries(join(site.root, 'dist')).find(
      (candidate) => candidate.path === '/fr/tratamiento/tratamiento-ambulatorio/',
    );
    expect(Object.keys(entry!.alternates).sort()).toEqual(['en', 'es', 'fr', 'x-default']);
  });
});
