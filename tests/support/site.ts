import { site } from '../../src/settings';

/**
 * What assistive technology must announce for every link that calls admissions.
 * The number comes from src/settings.ts, so a test never types it; when the
 * number changes there, every test follows.
 */
export const callLinkName = `Call admissions at ${site.admissions.display}`;

/** Where every admissions call link dials, from src/settings.ts. */
export const callLinkHref = site.admissions.href;

/** The first thing on every page (BaseLayout): lets keyboard and screen-reader users jump past the header. */
export const skipLinkName = 'Skip to main content';
