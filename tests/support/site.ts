import { globSync, readFileSync } from 'node:fs';
import { fill, uiText } from '../../src/i18n';
import { localeFolder, locales, type Locale } from '../../src/i18n/locales';
import { parseContentFile } from '../../src/lib/content-files';
import type { CrisisLineId } from '../../src/schemas/settings';
import { entryPath, hubPath, hubSectionIds, navPages, sectionWords } from '../../src/sections';
import { crisisLine, dialHref, site } from '../../src/settings';

/**
 * What the tests expect of the site, built from the interface dictionaries, the settings, the section
 * registry and the content files, so a test never types a name or an address, and never imports the
 * build's catalog (astro:content), which only Astro can load.
 */

/** The admissions call link in a page ("Call admissions at (855) 786-1978"); its visible text is its name. */
export const callLinkNameIn = (locale: Locale) =>
  fill(uiText(locale).call.admissions, { number: site.admissions.display });
export const callLinkName = callLinkNameIn('en');

/** The same in the header and the phone call bar, one line on a 360px phone ("Call admissions (855) 786-1978"). */
export const shortCallNameIn = (locale: Locale) => fill(uiText(locale).call.short, { number: site.admissions.display });

/** Every name an admissions call link may have in a language. */
export const admissionsNamesIn = (locale: Locale) => [callLinkNameIn(locale), shortCallNameIn(locale)];

/** Where every admissions call link dials, from src/settings.ts. */
export const callLinkHref = site.admissions.href;

/** The first thing on every page (BaseLayout): lets keyboard and screen-reader users jump past the header. */
export const skipLinkNameIn = (locale: Locale) => uiText(locale).skipLink;

/** A help line's button as it is named and where it leads: crisisCall('es', 'lifeline', 'text') is "Mensaje de texto al 988", sms:988. */
export function crisisCall(locale: Locale, id: CrisisLineId, action: 'call' | 'text' = 'call') {
  const line = crisisLine(id);
  const words = uiText(locale).crisisLines.lines[id];
  const number = action === 'text' ? line.text! : words.display;
  return {
    name: fill(uiText(locale).crisisCalls[action], { number }),
    href: action === 'text' ? `sms:${line.text}` : dialHref(line.dial),
  };
}

/** A page of content/pages as its file says: its original file name, language, address and whether it is for emergencies. */
export interface SitePage {
  original: string;
  locale: Locale;
  path: string | undefined;
  emergency: boolean;
}

let pages: SitePage[] | undefined;

/** Every page of content/pages, in every language. */
export function sitePages(): SitePage[] {
  pages ??= locales.flatMap((locale) =>
    globSync(`content/pages/${localeFolder(locale)}*.mdx`).map((file) => {
      const { frontmatter } = parseContentFile(file, readFileSync(file, 'utf8'));
      const id = `${localeFolder(locale)}${file.replace(/^.*\/|\.mdx$/g, '')}`;
      const role = frontmatter.role as 'home' | 'not-found' | undefined;
      return {
        original: (frontmatter.translationOf as string | undefined) ?? id,
        locale,
        path: entryPath('pages', id, role),
        emergency: frontmatter.emergency === true,
      };
    }),
  );
  return pages;
}

/** The pages for emergencies (the get-help pages), whose first controls call 911 and 988. */
export const emergencyPaths = () => sitePages().flatMap((page) => (page.emergency && page.path ? [page.path] : []));

/** The main menu of a language, as the header lists it: every hub, then the pages everyone needs. */
export function mainNavigationIn(locale: Locale): { label: string; href: string }[] {
  return [
    ...hubSectionIds.map((id) => ({ label: sectionWords(id, locale).nav, href: hubPath(id, locale) })),
    ...navPages.map((original) => {
      const page =
        sitePages().find((candidate) => candidate.original === original && candidate.locale === locale) ??
        sitePages().find((candidate) => candidate.original === original)!;
      return { label: uiText(locale).pageLinks[original], href: page.path! };
    }),
  ];
}
