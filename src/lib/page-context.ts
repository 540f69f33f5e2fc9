import type { Dictionary } from '../i18n/en.ts';
import { uiText } from '../i18n/index.ts';
import type { Locale } from '../i18n/locales.ts';

/**
 * What every component needs to know about the page it is on, resolved once per page by the route
 * (src/pages/[...path].astro) and read from Astro.locals.page: the language, its words, the page's own
 * address, and where a link to another page may point in this build.
 */
export interface PageContext {
  locale: Locale;
  t: Dictionary;
  /** The page's own address; the not-found page has none of its own and uses its language's root. */
  path: string;
  /** Where to link for a page of this site, or undefined when that page is held back from this build. */
  href(path: string): string | undefined;
}

export const pageContext = (locale: Locale, path: string, href: PageContext['href'] = (to) => to): PageContext => ({
  locale,
  t: uiText(locale),
  path,
  href,
});
