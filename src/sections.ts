import type { z } from 'astro/zod';
import { uiText } from './i18n/index.ts';
import { localeOfId, localeRoot, slugOfId, type Locale } from './i18n/locales.ts';
import { drugSchema } from './schemas/drug.ts';
import { educationSchema } from './schemas/education.ts';
import type { MedicalData } from './schemas/medical.ts';
import { pageSchema } from './schemas/page.ts';
import { staffSchema } from './schemas/staff.ts';
import { treatmentSchema } from './schemas/treatment.ts';

/**
 * The section registry: every part of the site, declared once. The content collections, the route,
 * navigation, hubs, breadcrumbs, structured data, the sitemap, the review commands and the tests all
 * read it. A new section is one entry here, its words in each dictionary (src/i18n: sections.<id>)
 * and its folder content/<id>/.
 */
interface SectionCommon {
  /** Position in navigation and lists, 1 first. */
  order: number;
  /** Whether the section has a hub page, at its address, listing its entries (and those listed on it). */
  hub: boolean;
  /** Another section whose hub also lists this one's entries; they then share that hub's address. */
  listedOn?: string;
  /** A field whose values group the entries on the hub, headed by the dictionary's sections.<id>.groups. */
  groupBy?: string;
}

/** A medical section: its schema must come from medicalSchema(), so no medical rule can be left out. */
interface MedicalSection extends SectionCommon {
  medical: true;
  schema: z.ZodType<MedicalData>;
  /** article: the medical page layout; drug: the same with the drug's fact box. */
  layout: 'article' | 'drug';
}

interface OtherSection extends SectionCommon {
  medical: false;
  schema: z.ZodType;
  /** bio: a person's page; page: a plain page of the site. */
  layout: 'bio' | 'page';
}

export type Section = MedicalSection | OtherSection;

export const sections = {
  education: { schema: educationSchema, medical: true, layout: 'article', hub: true, order: 1 },
  drugs: { schema: drugSchema, medical: true, layout: 'drug', hub: false, listedOn: 'education', order: 2 },
  treatments: { schema: treatmentSchema, medical: true, layout: 'article', hub: true, groupBy: 'kind', order: 3 },
  staff: { schema: staffSchema, medical: false, layout: 'bio', hub: true, order: 4 },
  pages: { schema: pageSchema, medical: false, layout: 'page', hub: false, order: 5 },
} as const satisfies Record<string, Section>;

/** Every section's id, which is also its collection name and content folder. */
export type SectionId = keyof typeof sections;
export type MedicalSectionId = {
  [Id in SectionId]: (typeof sections)[Id]['medical'] extends true ? Id : never;
}[SectionId];

export const sectionIds = (Object.keys(sections) as SectionId[]).sort((a, b) => sections[a].order - sections[b].order);
export const medicalSectionIds = sectionIds.filter((id): id is MedicalSectionId => sections[id].medical);

/** Sections with a hub page, in navigation order. */
export const hubSectionIds = sectionIds.filter((id) => sections[id].hub);

const sectionOf = (id: SectionId): Section => sections[id];

/** The hub a section's pages belong to: its own, the one that lists them, or none (pages at the language's root). */
export function hubOf(id: SectionId): SectionId | undefined {
  const section = sectionOf(id);
  if (section.hub) return id;
  if (!section.listedOn) return undefined;
  if (!(section.listedOn in sections) || !sectionOf(section.listedOn as SectionId).hub)
    throw new Error(`src/sections.ts: section "${id}" is listed on "${section.listedOn}", which has no hub.`);
  return section.listedOn as SectionId;
}

/** The sections a hub lists: itself and every section listed on it. */
export const listedOnHub = (hub: SectionId) => sectionIds.filter((id) => hubOf(id) === hub);

/** The words of a section in a language, with a message naming the missing key when the dictionary lacks them. */
export function sectionWords(id: SectionId, locale: Locale) {
  const words = (uiText(locale).sections as Record<string, Partial<SectionWords>>)[id];
  return new Proxy(words ?? {}, {
    get(target, key: string) {
      const value = target[key as keyof SectionWords];
      if (value === undefined)
        throw new Error(`src/i18n/${locale}.ts: sections.${id}.${key} is missing; each section needs its words there.`);
      return value;
    },
  }) as SectionWords;
}

interface SectionWords {
  address: string;
  nav: string;
  crumb: string;
  hubTitle: string;
  hubDescription: string;
  hubLead: string;
  listHeading: string;
  allLink: string;
  groups: Record<string, string>;
}

/** The address of a section's hub in a language, e.g. /es/tratamiento/. */
export const hubPath = (id: SectionId, locale: Locale) => `${localeRoot(locale)}${sectionWords(id, locale).address}/`;

/** The address of an entry, e.g. /treatment/outpatient-treatment/; undefined for a page with a role (home, not-found). */
export function entryPath(section: SectionId, id: string, role?: 'home' | 'not-found'): string | undefined {
  const locale = localeOfId(id);
  if (role === 'home') return localeRoot(locale);
  if (role === 'not-found') return undefined;
  const hub = hubOf(section);
  return `${hub ? hubPath(hub, locale) : localeRoot(locale)}${slugOfId(id)}/`;
}

/** Pages of content/pages (by file name in the default language) linked from every page: in the main menu, then in the footer. */
export const navPages = ['admissions', 'get-help-now'] as const;
export const footerPages = ['medical-review-policy', 'privacy', 'accessibility'] as const;
export type LinkedPage = (typeof navPages)[number] | (typeof footerPages)[number];
