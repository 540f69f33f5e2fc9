import { z } from 'astro/zod';
import { defaultLocale, locales } from '../i18n/locales.ts';
import { digestPattern } from '../review/digest.ts';

/**
 * Fields every entry may carry to say which language it is in and what it translates. An entry in the
 * default language leaves them out. A translation sits in its language's folder of the section
 * (content/<section>/<language>/) and names the entry it translates; the build checks both.
 */
const translationFields = {
  /** The entry's language, e.g. es. Must match its folder. Left out for the default language. */
  lang: z.enum(locales, { error: `lang must be one of: ${locales.join(', ')}.` }).default(defaultLocale),
  /** For a translation: the file name (without extension) of the entry it translates, e.g. withdrawal-and-tapering. */
  translationOf: z
    .string({ error: 'translationOf must be the file name of the entry this translates, in the default language.' })
    .optional(),
  /**
   * For a translated medical page: the review digest of the original it was translated from, as
   * `npm run review -- translated <page>` writes it. When the original changes, the digests differ and
   * the translation shows that it is out of date.
   */
  translatedFrom: z
    .string()
    .regex(digestPattern, {
      error: 'translatedFrom must be "sha256:" and 64 hex digits; let `npm run review -- translated <page>` write it.',
    })
    .optional(),
};

/**
 * A frontmatter object that rejects unknown keys, so a misspelt field
 * (`lastReveiwed`) fails the build instead of being silently ignored.
 */
export function frontmatter<Shape extends z.ZodRawShape>(ownShape: Shape) {
  const shape = { ...ownShape, ...translationFields };
  const allowed = Object.keys(shape).join(', ');
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown field ${issue.keys.map((key) => `"${key}"`).join(', ')}: check the spelling or remove it. Allowed fields: ${allowed}.`
        : undefined,
  });
}
