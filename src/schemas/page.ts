import { z } from 'astro/zod';
import { description, pastDate, title } from './editorial.ts';
import { frontmatter } from './strict.ts';

/**
 * A page of the site that is not a medical article (content/pages): the home page's copy,
 * admissions, get help now, the review policy, privacy, accessibility and the not-found page.
 * The file name is the page's address: `admissions.mdx` is /admissions/; `home` is the home page
 * and `not-found` the error page.
 */
export const pageSchema = frontmatter({
  title,
  description,
  /** One or two plain sentences shown under the heading. */
  lead: z.string().trim().min(10, { error: 'lead must be one or two sentences, or left out.' }).optional(),
  /** The page's name in the breadcrumb, when shorter than its title, e.g. "Admissions". */
  crumb: z.string().trim().min(2, { error: 'crumb must be a short name, or left out.' }).optional(),
  /** The day the page's words last changed, YYYY-MM-DD. */
  updated: pastDate('updated', 'you last changed the page'),
});
