import { localeRoot, locales, type Locale } from '../i18n/locales.ts';
import { getReviews, type PageReview, type Reviews } from '../review/reviews.ts';
import { hubPath, hubSectionIds, sections, type SectionId } from '../sections.ts';
import {
  counterpartOf,
  getCatalog,
  isMedical,
  localeOf,
  pathOf,
  roleOf,
  type Catalog,
  type Entry,
  type StaffEntry,
} from './catalog.ts';

/**
 * Every page the site builds, in every language, decided once: its address, its layout (from the section
 * registry for entries) and what it shows. The one route (src/pages/[...path].astro), the sitemap and the
 * language links all read this list, so a page that is not built is linked from nowhere.
 */
interface RouteCommon {
  locale: Locale;
  /** The page's address; the not-found pages answer at missing addresses and have their own file. */
  path: string;
  /** The same page in each language where it is built, this one included; none for a not-found page. */
  alternates: Partial<Record<Locale, string>>;
}

export type Route = RouteCommon &
  (
    | { layout: 'home'; entry: Entry<'pages'> }
    | { layout: 'not-found'; entry: Entry<'pages'> }
    | { layout: 'page'; entry: Entry<'pages'> }
    | { layout: 'hub'; section: SectionId }
    | { layout: 'article' | 'drug'; entry: Entry; review: PageReview }
    | { layout: 'bio'; entry: StaffEntry }
  );

/** Where each language's not-found page is built: /404/ (moved to /404.html after the build) and /<code>/404/. */
const notFoundPath = (locale: Locale) => `${localeRoot(locale)}404/`;

function entryRoute(catalog: Catalog, reviews: Reviews, entry: Entry): Route | undefined {
  const role = roleOf(entry);
  const locale = localeOf(entry);
  if (role === 'not-found')
    return { layout: 'not-found', locale, path: notFoundPath(locale), alternates: {}, entry: entry as Entry<'pages'> };
  const path = pathOf(entry);
  if (!reviews.isPublished(path)) return undefined;
  const alternates = Object.fromEntries(
    locales.flatMap((other) => {
      const counterpart = counterpartOf(catalog, entry, other);
      const at = counterpart && pathOf(counterpart);
      return at && reviews.isPublished(at) ? [[other, at]] : [];
    }),
  );
  if (role === 'home') return { layout: 'home', locale, path, alternates, entry: entry as Entry<'pages'> };
  const { layout } = sections[entry.collection];
  if (isMedical(entry))
    return { layout: layout as 'article' | 'drug', locale, path, alternates, entry, review: reviews.pages.get(path)! };
  if (layout === 'bio') return { layout, locale, path, alternates, entry: entry as StaffEntry };
  return { layout: 'page', locale, path, alternates, entry: entry as Entry<'pages'> };
}

async function buildRoutes(): Promise<Route[]> {
  const catalog = await getCatalog();
  const reviews = await getReviews();
  const hubs = hubSectionIds.flatMap((section) =>
    locales.map((locale): Route => ({
      layout: 'hub',
      section,
      locale,
      path: hubPath(section, locale),
      alternates: Object.fromEntries(locales.map((other) => [other, hubPath(section, other)])),
    })),
  );
  const entries = catalog.all.flatMap((entry) => entryRoute(catalog, reviews, entry) ?? []);
  return [...hubs, ...entries];
}

let routes: Promise<Route[]> | undefined;

/** Every page of this build. */
export function getRoutes(): Promise<Route[]> {
  routes ??= buildRoutes();
  return routes;
}
