import { globSync, readFileSync } from 'node:fs';
import { defaultLocale, localeFolder, localeRoot, locales, type Locale } from '../../src/i18n/locales.ts';
import { parseContentFile } from '../../src/lib/content-files.ts';
import { entryPath, hubPath, hubSectionIds, navPages, sectionIds } from '../../src/sections.ts';

/**
 * One page of each kind the site builds, in each language, derived from the section registry and the
 * content folders: the home page, each hub, the first entry of each section (so a new section brings its
 * layout along), the pages in the menu and the not-found page. A check that should cover every layout
 * (Lighthouse, the screen reader) walks this list.
 */
export interface Template {
  name: string;
  path: string;
  locale: Locale;
  /** home, a section hub, an entry laid out as an article or bio, a plain page, or the not-found page. */
  kind: 'home' | 'hub' | 'entry' | 'page' | '404';
}

/** The entries of a section in a language, as files: id (with language folder) and frontmatter. */
const filesOf = (section: string, locale: Locale) =>
  globSync(`content/${section}/${localeFolder(locale)}*.mdx`)
    .sort()
    .map((file) => ({
      id: `${localeFolder(locale)}${file.replace(/^.*\/|\.mdx$/g, '')}`,
      frontmatter: parseContentFile(file, readFileSync(file, 'utf8')).frontmatter,
    }));

/** The address of a page of content/pages in a language, named by its file name in the default language. */
const pageIn = (original: string, locale: Locale) => {
  const page = filesOf('pages', locale).find(
    (file) => file.id === original || file.frontmatter.translationOf === original,
  );
  return page && entryPath('pages', page.id);
};

export const templates: Template[] = locales.flatMap((locale): Template[] => [
  { name: `${locale} home`, path: localeRoot(locale), locale, kind: 'home' },
  ...hubSectionIds.map((id) => ({
    name: `${locale} ${id} hub`,
    path: hubPath(id, locale),
    locale,
    kind: 'hub' as const,
  })),
  ...sectionIds
    .filter((id) => id !== 'pages')
    .flatMap((id) => {
      const [first] = filesOf(id, locale);
      return first
        ? [{ name: `${locale} ${id} page`, path: entryPath(id, first.id)!, locale, kind: 'entry' as const }]
        : [];
    }),
  ...navPages.flatMap((id) => {
    const path = pageIn(id, locale);
    return path ? [{ name: `${locale} ${id}`, path, locale, kind: 'page' as const }] : [];
  }),
  // The server answers a missing address with the default language's not-found page (404.html); the others
  // are built at /<code>/404/, where hosts that read dist/_redirects send that language's missing addresses.
  {
    name: `${locale} 404`,
    path: locale === defaultLocale ? '/no-such-page/' : `${localeRoot(locale)}404/`,
    locale,
    kind: '404',
  },
]);
