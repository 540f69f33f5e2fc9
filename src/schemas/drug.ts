import { z } from 'astro/zod';
import { text } from './editorial.ts';
import { medicalSchema } from './medical.ts';

/** How long a benzodiazepine acts, in the words of the facts table (FDA labels on DailyMed). */
const actingClasses = ['short', 'short-to-intermediate', 'long'] as const;

/**
 * One benzodiazepine (content/drugs): the facts shown in its page's fact box and in the
 * table of common benzodiazepines, plus the page itself. Both read this one entry.
 */
export const drugSchema = medicalSchema({
  /** The generic name as readers of the page's language write it, lower case, e.g. "alprazolam", "clordiazepóxido". */
  generic: text('generic', 'alprazolam').regex(/^\p{Ll}+$/u, {
    error:
      "generic must be the generic name in lower case letters, in the page's language, e.g. alprazolam or clordiazepóxido.",
  }),
  /** Brand names it is sold under in the US today, e.g. ["Xanax", "Xanax XR"]; [] when it is sold only as a generic. */
  brands: z.array(text('brands[]', 'Xanax'), { error: 'brands must be a list, e.g. ["Xanax"], or [] for none.' }),
  /** Brand names it is no longer sold under, e.g. ["Librium"]; people still search for them. */
  formerBrands: z
    .array(text('formerBrands[]', 'Librium'), { error: 'formerBrands must be a list, e.g. ["Librium"].' })
    .optional(),
  /** What the FDA label approves it for, one plain phrase each, e.g. "Panic disorder". */
  uses: z.array(text('uses[]', 'Panic disorder'), { error: 'uses must be a list of labelled uses.' }).min(1, {
    error: 'uses needs at least one FDA-labelled use.',
  }),
  /** short, short-to-intermediate or long: sets where the drug sits on the withdrawal timeline. */
  acting: z.enum(actingClasses, { error: `acting must be one of: ${actingClasses.join(', ')}.` }),
  /** How long it acts and what that means for when withdrawal can start, in one or two plain sentences. */
  actingInWords: text('actingInWords', 'It leaves the body within hours, so withdrawal can start within a day.'),
  /** The label's own half-life figure, only where the label prints one; left out otherwise. */
  labelFigure: text('labelFigure', 'Half-life about 11 hours in healthy adults').optional(),
  /** The DEA schedule of the prescription drug. */
  schedule: z.enum(['II', 'III', 'IV', 'V'], { error: 'schedule must be a DEA schedule such as IV.' }),
  /** The DailyMed search address for the drug's current labels. */
  label: z
    .url({ protocol: /^https$/, error: 'label must be the https DailyMed address of the drug label.' })
    .refine((url) => new URL(url).hostname === 'dailymed.nlm.nih.gov', {
      error: 'label must be a DailyMed address: https://dailymed.nlm.nih.gov/dailymed/search.cfm?query=<generic name>.',
    }),
}).refine((drug) => drug.brands.length > 0 || (drug.formerBrands ?? []).length > 0, {
  error:
    'brands is empty and formerBrands is missing: name at least one brand, current (brands) or former (formerBrands).',
  path: ['brands'],
});
