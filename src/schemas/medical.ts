import { z } from 'astro/zod';
import { description, order, pastDate, sources, title } from './editorial.ts';
import { frontmatter } from './strict.ts';

/**
 * The fields every medical page shares, defined once. A page carries no review claim of its own:
 * whether it was medically reviewed is computed from the review ledger (content/medical-reviews.yaml).
 */
const medicalFields = {
  title,
  description,
  order,
  /** The day the page's words last changed, YYYY-MM-DD, written by whoever edits it. Not a review date. */
  updated: pastDate('updated', 'you last changed the page'),
  /**
   * Optional: the staff id of the physician this page is assigned to for review, e.g. `beth-dunlap`.
   * Only `npm run review -- status` shows it; a page never shows it as a review.
   */
  reviewer: z.string({ error: 'reviewer must be the file name of a staff entry, e.g. beth-dunlap.' }).optional(),
  /** The references the page's medical statements rest on: two or more, on authoritative domains. */
  sources,
  /**
   * True on any page that talks about stopping, withdrawal or tapering: the page then shows the
   * warning not to stop suddenly. The build fails when such a page leaves it false.
   */
  withdrawalWarning: z.boolean({ error: 'withdrawalWarning must be true or false.' }).default(false),
};

/**
 * The schema of a medical section: the shared medical fields plus the section's own. The section
 * registry accepts only schemas made here for a medical section, so none can leave a rule out.
 */
export const medicalSchema = <Extra extends z.ZodRawShape>(extend: Extra) =>
  frontmatter({ ...medicalFields, ...extend });

/** What every medical entry's data has, whatever its section adds. */
export type MedicalData = z.output<ReturnType<typeof medicalSchema<Record<never, never>>>>;
