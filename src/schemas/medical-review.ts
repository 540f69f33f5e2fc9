import { reference } from 'astro:content';
import { pastDate } from './editorial';

/** Fields every medically reviewed page (education and treatment) carries. */
export const medicalReview = {
  /**
   * The id of the staff entry of the clinician who reviewed the page: the file
   * name in content/staff without its extension, e.g. `beth-dunlap`.
   */
  reviewedBy: reference('staff'),
  /** The day the reviewer last checked the page, YYYY-MM-DD; never in the future. */
  lastReviewed: pastDate('lastReviewed'),
};
