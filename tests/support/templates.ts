import { globSync } from 'node:fs';
import { localeInfo, locales, type Locale } from '../../src/i18n/locales.ts';
import { contentFolder, entryPath, hubSectionIds, navPages, sectionIds, sections } from '../../src/sections.ts';
import { pagePath } from '../../src/lib/navigation.ts';

/**
 * One page of each kind the site builds, in each language, derived from the section registry: the
 * home page, each hub, the first entry of each section (so a new section brings its layout along),
 * the pages in the menu and the not-found page. A test that should cover every layout walks this list.
 */
export interface Template {
  name: string;
  path: string;
  locale: Locale;
  /** home, a section hub, an entry laid out as an article or bio, a plain page, or the not-found page. */
  kind: 'home' | 'hub' | 'entry' | 'page' | '404';
}

const firstEntryOf = (id: (typeof sectionIds)[number], locale: Locale) => {
  const [file] = globSync(`${contentFolder(id)}/${localeInfo[locale].folder}*.{md,mdx}`).sort();
  return file && entryPath(id, `${localeInfo[locale].folder}${file.replace(/^.*\/|\.mdx?$/g, '')}`);
};

export const templates: Template[] = locales.flatMap((locale): Template[] => [
  { name: `${locale} home`, path: sections.pages.base[locale], locale, kind: 'home' },
  ...hubSectionIds.map((id) => ({
    name: `${locale} ${id} hub`,
    path: sections[id].base[locale],
    locale,
    kind: 'hub' as const,
  })),
  ...sectionIds
    .filter((id) => id !== 'pages')
    .flatMap((id) => {
      const path = firstEntryOf(id, locale);
      return path ? [{ name: `${locale} ${id} page`, path, locale, kind: 'entry' as const }] : [];
    }),
  ...navPages.map((id) => ({ name: `${locale} ${id}`, path: pagePath(id, locale), locale, kind: 'page' as const })),
  // The server answers a missing address with the English not-found page; the Spanish one is built at /es/404/.
  {
    name: `${locale} 404`,
    path: locale === 'en' ? '/no-such-page/' : `${sections.pages.base[locale]}404/`,
    locale,
    kind: '404',
  },
]);
