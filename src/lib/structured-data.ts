import type {
  BreadcrumbList,
  Graph,
  IndividualPhysician,
  MedicalClinic,
  MedicalWebPage,
  Thing,
  WebPage,
} from 'schema-dts';
import { site } from '../settings.ts';
import { localeEntries, type Locale } from '../i18n/locales.ts';
import { isoDay } from './dates.ts';

/**
 * JSON-LD for search engines, built from the same settings and content as the
 * visible page so the two cannot disagree. Nodes point at each other by @id.
 */

export const absoluteUrl = (path: string) => new URL(path, site.siteUrl).href;

const clinicId = absoluteUrl('/#organization');
const physicianId = (path: string) => `${absoluteUrl(path)}#physician`;

export function clinic(): MedicalClinic {
  return {
    '@type': 'MedicalClinic',
    '@id': clinicId,
    name: site.organizationName,
    url: absoluteUrl('/'),
    telephone: site.admissionsPhone,
  };
}

export interface Crumb {
  label: string;
  href: string;
  /** The language of the page linked to, when it is not the page's own (no translation yet). */
  lang?: string;
}

export function breadcrumbList(trail: Crumb[]): BreadcrumbList {
  return {
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.label,
      item: absoluteUrl(crumb.href),
    })),
  };
}

interface PageFacts {
  path: string;
  title: string;
  description: string;
  locale: Locale;
}

export function webPage({ path, title, description, locale }: PageFacts): WebPage {
  return {
    '@type': 'WebPage',
    url: absoluteUrl(path),
    name: title,
    description,
    inLanguage: localeEntries[locale].htmlLang,
    publisher: { '@id': clinicId },
  };
}

interface SignOff {
  /** The day of the sign-off, YYYY-MM-DD. */
  date: string;
  reviewer: { name: string; path: string };
}

/** A translation reviewed through its original: who checked it, and the original's address. */
interface CheckedTranslation {
  translator: string;
  original: string;
}

/**
 * A medical page. `reviewedBy` and `lastReviewed` are present only when a physician's own sign-off
 * covers the page's current text, exactly when the visible label says "Medically reviewed by". A
 * translation reviewed through its original names its translator and the work it translates instead.
 */
export function medicalWebPage(
  page: PageFacts & { updated: Date },
  signOff?: SignOff,
  translation?: CheckedTranslation,
): MedicalWebPage {
  return {
    '@type': 'MedicalWebPage',
    url: absoluteUrl(page.path),
    name: page.title,
    description: page.description,
    inLanguage: localeEntries[page.locale].htmlLang,
    publisher: { '@id': clinicId },
    dateModified: isoDay(page.updated),
    ...(signOff && {
      lastReviewed: signOff.date,
      reviewedBy: {
        '@type': 'IndividualPhysician',
        '@id': physicianId(signOff.reviewer.path),
        name: signOff.reviewer.name,
        url: absoluteUrl(signOff.reviewer.path),
      },
    }),
    ...(translation && {
      translator: { '@type': 'Person', name: translation.translator },
      translationOfWork: {
        '@type': 'MedicalWebPage',
        '@id': absoluteUrl(translation.original),
        url: absoluteUrl(translation.original),
      },
    }),
  };
}

interface PhysicianFacts {
  name: string;
  path: string;
  description: string;
  clinicalInterests: string[];
}

/**
 * schema.org has no addiction-medicine specialty; family medicine maps to
 * PrimaryCare, and the certification itself is stated on the visible page.
 */
export function physician({ name, path, description, clinicalInterests }: PhysicianFacts): IndividualPhysician {
  return {
    '@type': 'IndividualPhysician',
    '@id': physicianId(path),
    name,
    url: absoluteUrl(path),
    description,
    medicalSpecialty: 'PrimaryCare',
    knowsAbout: clinicalInterests,
    practicesAt: { '@id': clinicId },
  };
}

export function graph(nodes: Thing[]): Graph {
  return { '@context': 'https://schema.org', '@graph': nodes };
}

/** JSON safe to place inside a <script> element: no "</script>" can close it early. */
export function serializeJsonLd(data: Graph): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
