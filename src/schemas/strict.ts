import { z } from 'astro/zod';
import { digestPattern } from '../review/digest.ts';
import { locales } from '../i18n/locales.ts';

/**
 * Fields every entry may carry to say which language it is in and what it translates. An English
 * entry leaves them out. A Spanish entry sits in the section's es/ folder and names its English
 * counterpart; the build checks both (src/lib/content.ts).
 */
const translationFields = {
  /** The entry's language: en (default) or es. Must match its folder: es/ for Spanish. */
  lang: z.enum(locales, { error: `lang must be one of: ${locales.join(', ')}.` }).default('en'),
  /** For a translation: the file name (without extension) of the English entry it translates, e.g. withdrawal-and-tapering. */
  translationOf: z
    .string({ error: 'translationOf must be the file name of the English entry this translates.' })
    .optional(),
  /**
   * For a translated medical page: the digest of the English text it was translated from, as
   * `npm run review -- translated <page>` writes it. When the English page changes, the digests
   * differ and the translation shows that it is out of date.
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
