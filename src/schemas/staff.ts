import { z } from 'astro/zod';
import { locales } from '../i18n/locales.ts';
import { description, order, signingKey, text } from './editorial.ts';
import { frontmatter } from './strict.ts';

const textList = (field: string, example: string) =>
  z.array(text(`${field}[]`, example), { error: `${field} must be a list, e.g. ["${example}"].` }).default([]);

/**
 * A staff bio (content/staff). Only facts the center has confirmed belong here:
 * a list left empty is left out of the page rather than filled with a guess.
 */
export const staffSchema = frontmatter({
  /** The person's name as it should appear, e.g. "Dr. Beth Dunlap". No degree letters unless confirmed. */
  name: text('name', 'Dr. Beth Dunlap'),
  /** Job title at the center, e.g. "Medical Director". */
  role: text('role', 'Medical Director'),
  /** Meta description of the bio page, 50 to 160 characters. */
  description,
  /** Position on the team page: 1 comes first. */
  order,
  /** True for a physician: the bio is then marked up as a physician for search engines. */
  physician: z.boolean({ error: 'physician must be true or false.' }).default(false),
  /** Board certifications, one specialty each, e.g. "Addiction medicine". */
  boardCertifications: textList('boardCertifications', 'Addiction medicine'),
  /** Licences held, e.g. "Licensed physician and surgeon". */
  licenses: textList('licenses', 'Licensed physician and surgeon'),
  /** Training, in order: what and where, e.g. { stage: "Residency", institution: "Northwestern University" }. */
  training: z
    .array(
      z.strictObject({
        stage: text('training[].stage', 'Residency'),
        institution: text('training[].institution', 'Northwestern University'),
      }),
      { error: 'training must be a list of { stage, institution } pairs.' },
    )
    .default([]),
  /** Academic appointment, e.g. "Faculty, Department of Family and Community Medicine, Northwestern University". */
  facultyAppointment: text('facultyAppointment', 'Faculty, Department of Family and Community Medicine').optional(),
  /** Areas of clinical interest, e.g. "Harm reduction". */
  clinicalInterests: textList('clinicalInterests', 'Harm reduction'),
  /**
   * The public SSH keys (OpenSSH one-line form, "ssh-ed25519 AAAA… name") that may sign review records for
   * this person. Added by a commit the medical director approves (see CODEOWNERS and the README).
   */
  signingKeys: z
    .array(signingKey, { error: 'signingKeys must be a list of public keys, e.g. ["ssh-ed25519 AAAA… name"].' })
    .default([]),
  /** The languages (e.g. ["es"]) whose translations this person is qualified to check; a physician checks them only if listed. */
  translates: z.array(z.enum(locales), { error: `translates must list languages: ${locales.join(', ')}.` }).default([]),
});
