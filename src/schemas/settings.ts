import { z } from 'astro/zod';
import { locales } from '../i18n/locales.ts';
import { isNorthAmericanNumber } from '../lib/phone.ts';

const e164 = (field: string) =>
  z
    .string({ error: `${field} is required: a US number in E.164 form, e.g. +18557861978.` })
    .refine(isNorthAmericanNumber, {
      error: `${field} must be a US number in E.164 form: +1 then ten digits, no spaces, e.g. +18557861978.`,
    });

/** Short numbers such as 911 and 988 are dialled as they are. */
const shortCode = z.string().regex(/^\d{3}$/, { error: 'a short code is three digits, e.g. 988.' });

const crisisLineIds = ['emergency', 'lifeline', 'samhsa'] as const;
export type CrisisLineId = (typeof crisisLineIds)[number];

/** A national help line: how to reach it. What it is called and when to use it is in each dictionary. */
const crisisLine = z.strictObject({
  /** Which line this is; safety boxes look lines up by id: emergency, lifeline or samhsa. */
  id: z.enum(crisisLineIds, { error: `crisisLines[].id must be one of: ${crisisLineIds.join(', ')}.` }),
  /** What to dial: a short code (911, 988) or an E.164 number. */
  dial: z.union([shortCode, e164('crisisLines[].dial')], {
    error: 'crisisLines[].dial must be a short code such as 988 or an E.164 number such as +18006624357.',
  }),
  /** A number to text, when the line takes texts. */
  text: shortCode.optional(),
  /** A TTY number for deaf and hard-of-hearing callers, in E.164 form. */
  tty: e164('crisisLines[].tty').optional(),
  /** The languages the line is known to answer in, e.g. ["en", "es"]. */
  languages: z.array(z.enum(locales), { error: `crisisLines[].languages must list languages: ${locales.join(', ')}.` }),
});

/** all: every page is built, each labelled with its review state; reviewed: medical pages only while reviewed. */
export const publishModes = ['all', 'reviewed'] as const;
export type PublishMode = (typeof publishModes)[number];

/** The site's one source of truth: anything shown on more than one page lives here. */
export const settingsSchema = z.strictObject({
  /** The organisation's name, as on its signs. */
  organizationName: z.string().min(3),
  /** The public address the site is served at (https, no trailing path); used for canonical URLs and the sitemap. */
  siteUrl: z.url({ protocol: /^https$/, error: 'siteUrl must be an https address, e.g. https://www.example.org.' }),
  /** The admissions line in E.164 form. Its display and tel: forms are derived, never typed again. */
  admissionsPhone: e164('admissionsPhone'),
  /** The languages the admissions line is confirmed to answer in; the other languages' pages word their offer from this. */
  admissionsLanguages: z
    .array(z.enum(locales))
    .min(1, { error: 'admissionsLanguages needs at least one language, e.g. ["en"].' }),
  /**
   * Which medical pages a build publishes: `all` (each page says whether it has been medically reviewed)
   * or `reviewed` (only pages in the "reviewed" state; the others are held back as drafts). The
   * environment variable SITE_PUBLISH overrides it for one build.
   */
  publish: z.enum(publishModes, { error: `publish must be ${publishModes.join(' or ')}.` }),
  /** National help lines, shown in every footer and on the get-help pages. */
  crisisLines: z
    .array(crisisLine)
    .refine((lines) => crisisLineIds.every((id) => lines.filter((line) => line.id === id).length === 1), {
      error: `crisisLines needs exactly one line of each id: ${crisisLineIds.join(', ')}.`,
    }),
});

export type SiteSettings = z.infer<typeof settingsSchema>;
