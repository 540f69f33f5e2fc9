import { z } from 'astro/zod';
import { description, order, sources, title } from './editorial';
import { medicalReview } from './medical-review';
import { frontmatter } from './strict';

/** A benzodiazepine education article (content/education). */
export const educationSchema = frontmatter({
  title,
  description,
  order,
  ...medicalReview,
  /** The references the article's medical statements rest on. */
  sources,
  /**
   * Set to true on any page that talks about stopping, withdrawal or tapering:
   * the page then shows the warning not to stop suddenly without a doctor.
   */
  withdrawalWarning: z.boolean({ error: 'withdrawalWarning must be true or false.' }).default(false),
});

export type Education = z.infer<typeof educationSchema>;
