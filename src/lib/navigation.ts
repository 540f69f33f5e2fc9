import { uiText } from '../i18n/index.ts';
import { localeRoot, type Locale } from '../i18n/locales.ts';
import {
  footerPages,
  hubOf,
  hubPath,
  hubSectionIds,
  navPages,
  sectionWords,
  type LinkedPage,
  type SectionId,
} from '../sections.ts';
import { counterpartOf, getCatalog, localeOf, pathOf } from './catalog.ts';
import type { Crumb } from './structured-data.ts';

/** The pages of content/pages linked from every page (by their file name in the default language), in a language. */
export async function linkedPages(locale: Locale): Promise<Record<LinkedPage, Crumb>> {
  const catalog = await getCatalog();
  const crumb = (id: LinkedPage): [LinkedPage, Crumb] => {
    const original = catalog.sections.pages.find((entry) => entry.id === id);
    if (!original)
      throw new Error(`src/sections.ts links to the page "${id}", but content/pages/${id}.mdx does not exist.`);
    const page = counterpartOf(catalog, original, locale) ?? original;
    return [
      id,
      {
        label: uiText(locale).pageLinks[id],
        href: pathOf(page),
        ...(localeOf(page) !== locale && { lang: localeOf(page) }),
      },
    ];
  };
  return Object.fromEntries([...navPages, ...footerPages].map(crumb)) as Record<LinkedPage, Crumb>;
}

/** The main menu: every hub of the registry, then the pages everyone needs. */
export async function mainNavigation(locale: Locale): Promise<Crumb[]> {
  const pages = await linkedPages(locale);
  return [
    ...hubSectionIds.map((id) => ({ label: sectionWords(id, locale).nav, href: hubPath(id, locale) })),
    ...navPages.map((id) => pages[id]),
  ];
}

export async function footerNavigation(locale: Locale): Promise<Crumb[]> {
  const pages = await linkedPages(locale);
  return footerPages.map((id) => pages[id]);
}

export const homeCrumb = (locale: Locale): Crumb => ({ label: uiText(locale).homeCrumb, href: localeRoot(locale) });

/** The breadcrumb of a section: its own hub, or the hub that lists it. */
export function sectionCrumb(id: SectionId, locale: Locale): Crumb {
  const hub = hubOf(id) ?? id;
  return { label: sectionWords(hub, locale).crumb, href: hubPath(hub, locale) };
}
