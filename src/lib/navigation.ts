import { uiText } from '../i18n/index.ts';
import type { Locale } from '../i18n/locales.ts';
import { translatedPath } from '../i18n/translations.ts';
import { entryPath, footerPages, hubOf, hubSectionIds, navPages, sections, type SectionId } from '../sections.ts';
import type { Crumb } from './structured-data.ts';

/** A page of content/pages in a language: its English address, or that of its translation. */
function pageLink(id: (typeof navPages)[number] | (typeof footerPages)[number], locale: Locale): Crumb {
  const english = entryPath('pages', id)!;
  return {
    label: uiText(locale).pageLinks[id],
    href: locale === 'en' ? english : (translatedPath(english, locale) ?? english),
  };
}

/** The main menu: every hub of the registry, then the pages everyone needs. */
export function mainNavigation(locale: Locale = 'en'): Crumb[] {
  const t = uiText(locale);
  return [
    ...hubSectionIds.map((id) => ({ label: t.sections[id].nav, href: sections[id].base[locale] })),
    ...navPages.map((id) => pageLink(id, locale)),
  ];
}

export function footerNavigation(locale: Locale = 'en'): Crumb[] {
  return footerPages.map((id) => pageLink(id, locale));
}

/** The breadcrumb of a section: its own hub, or the hub that lists it. */
export function sectionCrumb(id: SectionId, locale: Locale = 'en'): Crumb {
  const hub = hubOf(id);
  return { label: uiText(locale).sections[hub].crumb, href: sections[hub].base[locale] };
}

/** The address of a page of content/pages in a language, e.g. get-help-now → /es/ayuda-inmediata/. */
export const pagePath = (id: (typeof navPages)[number] | (typeof footerPages)[number], locale: Locale = 'en') =>
  pageLink(id, locale).href;
