import { z } from 'astro/zod';
import { description, pastDate, title } from './editorial.ts';
import { frontmatter } from './strict.ts';

/**
 * A page of the site that is not a medical article (content/pages): the home page's copy,
 * admissions, get help now, the review policy, privacy, accessibility and the not-found page.
 * The file name is the page's address: `admissions.mdx` is /admissions/. The home page and the
 * not-found page say so with `role`, so their file names can be in any language.
 */
export const pageSchema = frontmatter({
  title,
  description,
  /** One or two plain sentences shown under the heading. */
  lead: z.string().trim().min(10, { error: 'lead must be one or two sentences, or left out.' }).optional(),
  /** The page's name in the breadcrumb, when shorter than its title, e.g. "Admissions". */
  crumb: z.string().trim().min(2, { error: 'crumb must be a short name, or left out.' }).optional(),
  /** `home` for the language's home page; `not-found` for the page shown at a missing address. */
  role: z.enum(['home', 'not-found'], { error: 'role must be home or not-found, or left out.' }).optional(),
  /**
   * True on the pages for emergencies (get help now): their first controls, under the title and in the
   * phone call bar, call 911 and call or text 988; the admissions call comes later on the page.
   */
  emergency: z.boolean({ error: 'emergency must be true or false.' }).default(false),
  /** The day the page's words last changed, YYYY-MM-DD. */
  updated: pastDate('updated', 'you last changed the page'),
});
