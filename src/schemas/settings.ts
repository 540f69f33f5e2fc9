import { z } from 'astro/zod';
import { isNorthAmericanNumber } from '../lib/phone.ts';
import { locales, type Locale } from '../i18n/locales.ts';

const e164 = (field: string) =>
  z
    .string({ error: `${field} is required: a US number in E.164 form, e.g. +18557861978.` })
    .refine(isNorthAmericanNumber, {
      error: `${field} must be a US number in E.164 form: +1 then ten digits, no spaces, e.g. +18557861978.`,
    });

/** Short numbers such as 911 and 988 are dialled as they are. */
const shortCode = z.string().regex(/^\d{3}$/, { error: 'a short code is three digits, e.g. 988.' });

const crisisLineIds = ['emergency', 'lifeline', 'samhsa'] as const;

/** Text in every language of the site, e.g. { en: 'Emergency', es: 'Emergencias' }. */
const localized = (field: string, min = 3) =>
  z.strictObject(
    Object.fromEntries(
      locales.map((locale) => [
        locale,
        z.string({ error: `${field}.${locale} is required: the text in ${locale}.` }).min(min),
      ]),
    ) as Record<Locale, z.ZodString>,
    { error: `${field} must give the text in each language: ${locales.join(', ')}.` },
  );

const crisisLine = z.strictObject({
  /** Which line this is; safety boxes look lines up by id: emergency, lifeline or samhsa. */
  id: z.enum(crisisLineIds, { error: `crisisLines[].id must be one of: ${crisisLineIds.join(', ')}.` }),
  /** What the line is, e.g. "988 Suicide & Crisis Lifeline". */
  name: localized('crisisLines[].name'),
  /** When to use it, in a short sentence. */
  purpose: localized('crisisLines[].purpose', 10),
  /** How to get help in Spanish on this line, when it certainly offers it (e.g. 988: press 2). */
  inSpanish: localized('crisisLines[].inSpanish', 10).optional(),
  /** What to dial: a short code (911, 988) or an E.164 number. */
  dial: z.union([shortCode, e164('crisisLines[].dial')], {
    error: 'crisisLines[].dial must be a short code such as 988 or an E.164 number such as +18006624357.',
  }),
  /** How the number is written for people, e.g. "1-800-662-HELP (4357)". */
  display: z.string().min(3, { error: 'crisisLines[].display is required: the number as people read it.' }),
  /** A number to text, when the line takes texts. */
  text: shortCode.optional(),
  /** A TTY number for deaf and hard-of-hearing callers, in E.164 form. */
  tty: e164('crisisLines[].tty').optional(),
  /** The line's own web page (https), per language. */
  url: z
    .strictObject(
      Object.fromEntries(
        locales.map((locale) => [
          locale,
          z.url({ protocol: /^https$/, error: 'crisisLines[].url must be an https address.' }),
        ]),
      ) as Record<Locale, z.ZodURL>,
    )
    .optional(),
});

/** The site's one source of truth: anything shown on more than one page lives here. */
export const settingsSchema = z.strictObject({
  /** The organisation's name, as on its signs. */
  organizationName: z.string().min(3),
  /** The public address the site is served at (https, no trailing path); used for canonical URLs and the sitemap. */
  siteUrl: z.url({ protocol: /^https$/, error: 'siteUrl must be an https address, e.g. https://www.example.org.' }),
  /** The admissions line in E.164 form. Its display and tel: forms are derived, never typed again. */
  admissionsPhone: e164('admissionsPhone'),
  /** The languages the admissions line is confirmed to answer in; the Spanish pages word their offer from this. */
  admissionsLanguages: z
    .array(z.enum(locales))
    .min(1, { error: 'admissionsLanguages needs at least one language, e.g. ["en"].' }),
  /** National help lines, shown in every footer and on /get-help-now/. */
  crisisLines: z
    .array(crisisLine)
    .refine((lines) => crisisLineIds.every((id) => lines.filter((line) => line.id === id).length === 1), {
      error: `crisisLines needs exactly one line of each id: ${crisisLineIds.join(', ')}.`,
    }),
});

export type SiteSettings = z.infer<typeof settingsSchema>;

/** Validates raw settings, naming the field and the fix when one is wrong. */
export function parseSettings(raw: unknown): SiteSettings {
  const result = settingsSchema.safeParse(raw);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  - ${issue.path.join('.') || '(root)'}: ${issue.message}`);
    throw new Error(`src/settings.ts: the site settings are invalid.\n${problems.join('\n')}`);
  }
  return result.data;
}
