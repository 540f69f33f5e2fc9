import { fill, uiText } from '../../src/i18n';
import type { Locale } from '../../src/i18n/locales';
import { site } from '../../src/settings';

/**
 * What assistive technology must announce for every link that calls admissions, built from the
 * interface text and the number in src/settings.ts, so a test never types it.
 */
export const callLinkNameIn = (locale: Locale) =>
  fill(uiText(locale).call.admissions, { number: site.admissions.display });
export const callLinkName = callLinkNameIn('en');

/** Where every admissions call link dials, from src/settings.ts. */
export const callLinkHref = site.admissions.href;

/** The first thing on every page (BaseLayout): lets keyboard and screen-reader users jump past the header. */
export const skipLinkNameIn = (locale: Locale) => uiText(locale).skipLink;
