import { uiText } from '../i18n/index.ts';
import { entryPath, footerPages, hubOf, hubSectionIds, navPages, sections, type SectionId } from '../sections.ts';
import type { Crumb } from './structured-data.ts';

/** The main menu: every hub of the registry, then the pages everyone needs. */
export function mainNavigation(): Crumb[] {
  const t = uiText();
  return [
    ...hubSectionIds.map((id) => ({ label: t.sections[id].nav, href: sections[id].base })),
    ...navPages.map((id) => ({ label: t.pageLinks[id], href: entryPath('pages', id)! })),
  ];
}

export function footerNavigation(): Crumb[] {
  const t = uiText();
  return footerPages.map((id) => ({ label: t.pageLinks[id], href: entryPath('pages', id)! }));
}

/** The breadcrumb of a section: its own hub, or the hub that lists it. */
export function sectionCrumb(id: SectionId): Crumb {
  const hub = hubOf(id);
  return { label: uiText().sections[hub].crumb, href: sections[hub].base };
}
