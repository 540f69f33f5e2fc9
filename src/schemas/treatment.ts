import { z } from 'astro/zod';
import { medicalSchema } from './medical.ts';

const treatmentKinds = ['level-of-care', 'therapy'] as const;

/** A treatment option (content/treatments): a level of care or a therapy approach. */
export const treatmentSchema = medicalSchema({
  /** `level-of-care` (how much structure and time, e.g. partial hospitalization) or `therapy` (an approach, e.g. CBT). */
  kind: z.enum(treatmentKinds, { error: `kind must be one of: ${treatmentKinds.join(', ')}.` }),
});
