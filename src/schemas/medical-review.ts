import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { pastDate } from './editorial';

/** Fields every medically reviewed page (education and treatment) carries. */
export const medicalReview = {
  /**
   * The id of the staff entry of the clinician who reviewed the page: the file
   * name in content/staff without its extension, e.g. `beth-dunlap`.
   */
  reviewedBy: z
    .string({ error: 'reviewedBy is required: the file name of a staff entry without its extension, e.g. beth-dunlap.' })
    .pipe(reference('staff')),
  /** The day the reviewer last checked the page, YYYY-MM-DD; never in the future. */
  lastReviewed: pastDate('lastReviewed'),
};
