import { z } from 'astro/zod';
import { today } from '../lib/clock.ts';
import { sourceUrlProblem } from '../lib/url-policy.ts';

/**
 * Building blocks shared by the content schemas. Every message says what was
 * expected, so an editor can fix a failing build without reading this file.
 */

/** A page title: shown as the h1 and, with the site name, in search results. */
export const title = z
  .string({ error: 'title is required: a short plain-language page title, 10 to 70 characters.' })
  .trim()
  .min(10, { error: 'title is too short: use 10 to 70 characters.' })
  .max(70, { error: 'title is too long: use 10 to 70 characters so search results do not cut it off.' });

/** The meta description: one or two sentences shown under the title in search results. */
export const description = z
  .string({ error: 'description is required: one or two sentences, 50 to 160 characters.' })
  .trim()
  .min(50, { error: 'description is too short: write 50 to 160 characters that say what the page answers.' })
  .max(160, { error: 'description is too long: search results cut it off after 160 characters.' });

/** A short text that must not be empty, e.g. a name or a list item; the message shows an example. */
export const text = (field: string, example: string) =>
  z
    .string({ error: `${field} is required, e.g. "${example}".` })
    .trim()
    .min(2, { error: `${field} must not be empty, e.g. "${example}".` });

/** Position in menus and lists: 1 comes first. Ties are broken by title. */
export const order = z
  .number({ error: 'order is required: a whole number from 1 up; 1 is listed first.' })
  .int({ error: 'order must be a whole number, such as 1, 2 or 3.' })
  .min(1, { error: 'order must be 1 or more.' });

/**
 * A calendar date written as YYYY-MM-DD. YAML already turns an unquoted date
 * into a Date; a quoted one arrives as a string and is parsed here.
 */
const calendarDate = (field: string) =>
  z.preprocess(
    (value) =>
      typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : value,
    z.date({ error: `${field} must be a date written as YYYY-MM-DD, for example 2026-11-02.` }),
  );

/** A date that has already happened, such as the day a page was last edited. */
export const pastDate = (field: string, what: string) =>
  calendarDate(field).refine((date) => date.toISOString().slice(0, 10) <= today(), {
    error: `${field} is in the future: use the date ${what} (YYYY-MM-DD).`,
  });

/** One reference cited on the page. */
const source = z.strictObject({
  /** The document's own title, e.g. "Benzodiazepine Tapering". */
  title: z
    .string({ error: 'sources[].title is required: the title of the cited document.' })
    .trim()
    .min(3, { error: 'sources[].title is too short: give the cited document its full title.' }),
  /** Who published it, e.g. "U.S. Food and Drug Administration". */
  publisher: z
    .string({ error: 'sources[].publisher is required: the organisation or journal that published it.' })
    .trim()
    .min(2, { error: 'sources[].publisher is too short: name the organisation or journal.' }),
  /** A stable https address of the document, on an authoritative domain (src/lib/authoritative.ts). */
  url: z
    .string({ error: 'sources[].url is required: the https address of the cited document.' })
    .superRefine((url, context) => {
      const problem = sourceUrlProblem(url);
      if (problem) context.addIssue({ code: 'custom', message: problem });
    }),
});

/** The list of references: at least two authoritative ones, since every medical statement is cited. */
export const sources = z
  .array(source, { error: 'sources is required: a list of references, each with title, publisher and url.' })
  .min(2, { error: 'sources needs at least two authoritative references (title, publisher, https url).' });

/** A public SSH key in OpenSSH's one-line form: only Ed25519 keys, which the build can verify on its own. */
export const signingKey = z
  .string({ error: 'a signing key is a public key line, e.g. "ssh-ed25519 AAAA… name".' })
  .trim()
  .regex(/^ssh-ed25519 [A-Za-z0-9+/]+=*( .*)?$/, {
    error:
      'a signing key must be an ssh-ed25519 public key line (the .pub file of ssh-keygen -t ed25519), e.g. "ssh-ed25519 AAAA… name".',
  });
