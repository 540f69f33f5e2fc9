import { z } from 'astro/zod';
import { description, order, sources, title } from './editorial';
import { medicalReview } from './medical-review';
import { frontmatter } from './strict';

export const treatmentKinds = ['level-of-care', 'therapy'] as const;

/** A treatment option (content/treatments): a level of care or a therapy approach. */
export const treatmentSchema = frontmatter({
  title,
  description,
  order,
  /** `level-of-care` (how much structure and time, e.g. partial hospitalization) or `therapy` (an approach, e.g. CBT). */
  kind: z.enum(treatmentKinds, { error: `kind must be one of: ${treatmentKinds.join(', ')}.` }),
  ...medicalReview,
  /** The references the page's statements about care rest on. */
  sources,
  /** True when the page discusses stopping or tapering: shows the do-not-stop-suddenly warning. */
  withdrawalWarning: z.boolean({ error: 'withdrawalWarning must be true or false.' }).default(false),
});

export type Treatment = z.infer<typeof treatmentSchema>;
