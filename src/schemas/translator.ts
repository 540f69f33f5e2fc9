import { z } from 'astro/zod';
import { locales } from '../i18n/locales.ts';
import { signingKey, text } from './editorial.ts';

/**
 * A qualified medical translator who checks that a translation says what its original says
 * (content/translators.yaml). A translator may check translations, never sign off medical content;
 * they have no bio page unless the center adds one.
 */
const translatorSchema = z.strictObject({
  /** How records name them, e.g. maria-lopez. */
  id: z
    .string({ error: 'id is required: a short name in lower case with dashes, e.g. maria-lopez.' })
    .regex(/^[a-z0-9-]+$/, {
      error: 'id must be lower case letters, digits and dashes, e.g. maria-lopez.',
    }),
  /** Their name as it should appear, e.g. "María López". */
  name: text('name', 'María López'),
  /** Their qualification, as it appears on the pages they checked, e.g. "Certified medical interpreter". */
  role: text('role', 'Certified medical interpreter'),
  /** The languages whose translations they check, e.g. ["es"]. */
  translates: z.array(z.enum(locales), { error: `translates must list languages: ${locales.join(', ')}.` }).min(1, {
    error: 'translates needs at least one language, e.g. ["es"].',
  }),
  /** The public SSH keys that may sign for them, e.g. ["ssh-ed25519 AAAA… maria"]. */
  signingKeys: z.array(signingKey).default([]),
});

export const translatorsFile = 'content/translators.yaml';
export const translatorsSchema = z.array(translatorSchema, {
  error: 'the file must be a list of translators, each starting with "- id:".',
});
export type Translator = z.infer<typeof translatorSchema>;
