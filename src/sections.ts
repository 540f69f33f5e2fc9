import type { z } from 'astro/zod';
import { drugSchema } from './schemas/drug.ts';
import { educationSchema } from './schemas/education.ts';
import { medicalPage } from './schemas/medical.ts';
import { pageSchema } from './schemas/page.ts';
import { staffSchema } from './schemas/staff.ts';
import { treatmentSchema } from './schemas/treatment.ts';
import { defaultLocale, localeOfId, locales, slugOfId, type Locale } from './i18n/locales.ts';

/**
 * The section registry: every part of the site, declared once. The content collections, routes,
 * navigation, breadcrumbs, structured data, sitemap, review commands, budgets and tests all read
 * this. A new section is one entry here (plus its labels in src/i18n) and a folder in content/.
 */
export interface Section {
  /** The zod schema of the section's frontmatter; its content lives in content/<section id>/. */
  schema: z.ZodType;
  /** Where the section's pages live, per language: an entry `x` is served at `${base}x/`. Stable once published. */
  base: Record<Locale, string>;
  /** How an entry's page is laid out (see src/pages/[...path].astro). */
  layout: 'article' | 'drug' | 'bio' | 'page';
  /** Medical pages are cited, readability-checked, carry the review label and sit in the review ledger. */
  medical: boolean;
  /** Whether `base` itself is a hub page listing the section's entries. */
  hub: boolean;
  /** Another section whose hub also lists this one's entries. */
  listedOn?: SectionId;
  /** Position in navigation and lists, 1 first. */
  order: number;
}

/** Every section's id, which is also its collection name and content folder. */
const ids = ['education', 'drugs', 'treatments', 'staff', 'pages'] as const;
export type SectionId = (typeof ids)[number];

/** The benzodiazepine articles and the drug pages share one address space. */
const benzodiazepineBase = { en: '/benzodiazepine-addiction/', es: '/es/adiccion-a-benzodiazepinas/' };

export const sections = {
  education: {
    schema: educationSchema,
    base: benzodiazepineBase,
    layout: 'article',
    medical: true,
    hub: true,
    order: 1,
  },
  drugs: {
    schema: drugSchema,
    base: benzodiazepineBase,
    layout: 'drug',
    medical: true,
    hub: false,
    listedOn: 'education',
    order: 2,
  },
  treatments: {
    schema: treatmentSchema,
    base: { en: '/treatment/', es: '/es/tratamiento/' },
    layout: 'article',
    medical: true,
    hub: true,
    order: 3,
  },
  staff: {
    schema: staffSchema,
    base: { en: '/our-team/', es: '/es/nuestro-equipo/' },
    layout: 'bio',
    medical: false,
    hub: true,
    order: 4,
  },
  pages: { schema: pageSchema, base: { en: '/', es: '/es/' }, layout: 'page', medical: false, hub: false, order: 5 },
} as const satisfies Record<SectionId, Section>;

export const sectionIds = [...ids].sort((a, b) => sections[a].order - sections[b].order);

export const medicalSectionIds = sectionIds.filter((id) => sections[id].medical);

/**
 * Stops the build when a medical section's schema lacks a shared medical field (sources, the
 * withdrawal warning, the updated date…): its pages would quietly escape the medical rules.
 */
export function checkSections(registry: Record<string, Section>): void {
  for (const [id, section] of Object.entries(registry)) {
    if (!section.medical) continue;
    const shape = (section.schema as unknown as { shape?: Record<string, unknown> }).shape ?? {};
    const missing = Object.keys(medicalPage).filter((field) => !(field in shape));
    if (missing.length > 0) {
      throw new Error(
        `src/sections.ts: section "${id}" is medical, so its schema needs the shared medical fields (src/schemas/medical.ts); it lacks: ${missing.join(', ')}.`,
      );
    }
  }
}

checkSections(sections);

export type HubSectionId = { [Id in SectionId]: (typeof sections)[Id]['hub'] extends true ? Id : never }[SectionId];

/** Sections with a hub page, in navigation order. */
export const hubSectionIds = sectionIds.filter((id): id is HubSectionId => sections[id].hub);

/** The hub a section's pages belong to: its own, or the one that lists them. */
export const hubOf = (id: SectionId): HubSectionId => {
  const section: Section = sections[id];
  const hub = section.hub ? id : section.listedOn;
  if (!hub || !sections[hub].hub)
    throw new Error(`src/sections.ts: section "${id}" has no hub and lists on none; set hub: true or listedOn.`);
  return hub as HubSectionId;
};

/** The folder of a section's content, relative to the project root. */
export const contentFolder = (id: SectionId) => `content/${id}`;

/**
 * Pages of the `pages` section with a role rather than an address of their own name: the home
 * page is served at the language's root, and the not-found page answers for missing addresses.
 */
export const specialPages = {
  home: { en: 'home', es: 'inicio' },
  notFound: { en: 'not-found', es: 'no-encontrada' },
} as const;

/** The address of an entry, e.g. /treatment/outpatient-treatment/; undefined for a not-found page. */
export function entryPath(section: SectionId, id: string): string | undefined {
  const locale = localeOfId(id);
  const slug = slugOfId(id);
  if (section === 'pages' && slug === specialPages.home[locale]) return sections.pages.base[locale];
  if (section === 'pages' && slug === specialPages.notFound[locale]) return undefined;
  return `${sections[section].base[locale]}${slug}/`;
}

/** Pages of content/pages (by English file name) linked from every page: in the main menu, then in the footer. */
export const navPages = ['admissions', 'get-help-now'] as const;
export const footerPages = ['medical-review-policy', 'privacy', 'accessibility'] as const;

/** The language of a page from its address: each language other than English has its own root. */
export const localeOfPath = (path: string): Locale =>
  locales.find((locale) => locale !== defaultLocale && path.startsWith(sections.pages.base[locale])) ?? defaultLocale;
