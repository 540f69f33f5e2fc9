import { z } from 'astro/zod';
import { parse } from 'yaml';
import { isCalendarDay, today } from '../lib/clock.ts';
import { problemReport } from '../lib/problems.ts';
import { digestPattern } from './digest.ts';
import { isReviewDue, reviewDueOn } from './due.ts';

/**
 * The review ledger: one record per physician sign-off, appended by `npm run review -- sign` and never
 * edited. A page counts as reviewed only while its latest record's digest equals the digest of what the
 * page shows now, and the sign-off is not due for renewal, so a claim of review never outlives the
 * words that were read. Everything here is pure: the build and the review commands feed it.
 */
export const ledgerFile = 'content/medical-reviews.yaml';

/** A note is a short remark, not a document. */
const noteLimit = 500;

/** One sign-off. */
const recordSchema = z.strictObject({
  /** The page's address on the site, e.g. /benzodiazepine-addiction/withdrawal-and-tapering/. */
  page: z
    .string({ error: 'page is required: the address of the page, e.g. /treatment/outpatient-treatment/.' })
    .regex(/^\/([a-z0-9-]+\/)+$/, {
      error: 'page must be a site address with slashes, e.g. /treatment/outpatient-treatment/.',
    }),
  /** The staff id (file name in content/staff) of the physician who signed off. */
  reviewer: z.string({
    error: 'reviewer is required: the file name of a physician in content/staff, e.g. beth-dunlap.',
  }),
  /** The day of the sign-off, YYYY-MM-DD. */
  date: z
    .string({ error: 'date is required: the day of the review, YYYY-MM-DD.' })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'date must be written as YYYY-MM-DD, e.g. 2026-12-01.' })
    .refine(isCalendarDay, { error: 'date is not a real calendar day: check the month and the day.' }),
  /** The digest of what the physician reviewed, "sha256:" and 64 hex digits, as `review sign` writes it. */
  digest: z.string({ error: 'digest is required: let `npm run review -- sign` write it.' }).regex(digestPattern, {
    error: 'digest must be "sha256:" followed by 64 lower-case hex digits; let `npm run review -- sign` write it.',
  }),
  /** Optional remark by the reviewer, e.g. "Checked the symptom list against the 2025 guideline." */
  note: z
    .string({ error: 'note must be text.' })
    .trim()
    .min(1, { error: 'note is empty: write a remark, or leave the note out.' })
    .max(noteLimit, { error: `note is longer than ${noteLimit} characters: keep it to a short remark.` })
    .optional(),
});

export type LedgerRecord = z.infer<typeof recordSchema> & {
  /** The record's position in the ledger, 1 first. */
  number: number;
};

/** A medical page as the ledger sees it. */
export interface ReviewablePage {
  path: string;
  file: string;
  digest: string;
  /** The page's own "last updated" day, YYYY-MM-DD. */
  updated: string;
}

export interface StaffMember {
  id: string;
  name: string;
  role: string;
  physician: boolean;
}

/**
 * reviewed: the latest sign-off covers what the page shows, and is not due for renewal;
 * due: the same, but twelve months have passed, so it no longer counts as a current review;
 * changed: the page changed after its latest sign-off; unreviewed: no sign-off at all.
 */
export type ReviewState =
  | { state: 'reviewed' | 'due' | 'changed'; record: LedgerRecord; dueOn: string }
  | { state: 'unreviewed' };

export class LedgerError extends Error {
  constructor(problems: string[]) {
    super(problemReport(`${ledgerFile} is not valid:`, problems));
    this.name = 'LedgerError';
  }
}

const where = (record: { number: number; page?: unknown }) =>
  `record ${record.number}${typeof record.page === 'string' ? ` (page ${record.page})` : ''}`;

/** Parses the ledger text. An empty ledger (comments only) or none at all has no records. */
export function parseLedger(text: string | undefined): LedgerRecord[] {
  if (text === undefined) return [];
  let raw: unknown;
  try {
    raw = parse(text);
  } catch (error) {
    throw new LedgerError([`the file is not valid YAML: ${(error as Error).message}`]);
  }
  if (raw === null || raw === undefined) return [];
  if (!Array.isArray(raw)) throw new LedgerError(['the file must be a list of records, each starting with "- page:".']);
  const problems: string[] = [];
  const records = raw.flatMap((item: unknown, index) => {
    const number = index + 1;
    const result = recordSchema.safeParse(item);
    if (result.success) return [{ ...result.data, number }];
    const page = (item as { page?: unknown } | null)?.page;
    for (const issue of result.error.issues) {
      problems.push(`${where({ number, page })}, field "${issue.path.join('.') || '(record)'}": ${issue.message}`);
    }
    return [];
  });
  if (problems.length > 0) throw new LedgerError(problems);
  return records;
}

/** What is wrong with the records against the site: the page exists, the reviewer is a physician, the dates make sense. */
export function ledgerProblems(
  records: LedgerRecord[],
  pages: ReviewablePage[],
  staff: StaffMember[],
  on = today(),
): string[] {
  const paths = new Set(pages.map((page) => page.path));
  const physicians = staff.filter((person) => person.physician).map((person) => person.id);
  return records.flatMap((record, index) => {
    const at = where(record);
    const problems: string[] = [];
    if (!paths.has(record.page)) {
      problems.push(
        `${at}, field "page": no medical page has the address ${record.page}. Use the address of a page as \`npm run review -- status\` lists it.`,
      );
    }
    const person = staff.find((member) => member.id === record.reviewer);
    if (!person) {
      problems.push(
        `${at}, field "reviewer": "${record.reviewer}" is not a staff entry. Use the file name of a physician in content/staff: ${physicians.join(', ') || '(none yet)'}.`,
      );
    } else if (!person.physician) {
      problems.push(
        `${at}, field "reviewer": ${person.name} is not a physician (physician: true in content/staff/${person.id}.mdx); only a physician can sign off a medical page.`,
      );
    }
    if (record.date > on) {
      problems.push(`${at}, field "date": ${record.date} is in the future. Use the day the review took place.`);
    }
    for (const other of records.slice(0, index)) {
      if (other.page === record.page && other.reviewer === record.reviewer && other.date > record.date)
        problems.push(
          `${at}, field "date": ${record.date} is earlier than record ${other.number} by the same reviewer for this page (${other.date}). Records are appended in time order; add a new record instead of back-dating one.`,
        );
    }
    return problems;
  });
}

/** Throws a LedgerError naming every problem; the build and the review commands stop on it. */
export function checkLedger(records: LedgerRecord[], pages: ReviewablePage[], staff: StaffMember[], on = today()) {
  const problems = ledgerProblems(records, pages, staff, on);
  if (problems.length > 0) throw new LedgerError(problems);
}

/** The latest sign-off of a page: the last by date, and by position on the same date. */
export function latestRecord(records: LedgerRecord[], path: string): LedgerRecord | undefined {
  return records
    .filter((record) => record.page === path)
    .reduce<LedgerRecord | undefined>((latest, record) => (!latest || record.date >= latest.date ? record : latest), undefined);
}

/** A page's review state: decided by comparing digests and counting days, never by a typed claim. */
export function reviewStateOf(page: ReviewablePage, records: LedgerRecord[], on = today()): ReviewState {
  const record = latestRecord(records, page.path);
  if (!record) return { state: 'unreviewed' };
  const dueOn = reviewDueOn(record.date);
  if (record.digest !== page.digest) return { state: 'changed', record, dueOn };
  return { state: isReviewDue(record.date, on) ? 'due' : 'reviewed', record, dueOn };
}

/**
 * A page changed since its review says "updated on DATE after its last medical review", so its
 * `updated` day must not come before that review.
 */
export function updatedDateProblems(pages: ReviewablePage[], records: LedgerRecord[], on = today()): string[] {
  return pages.flatMap((page) => {
    const review = reviewStateOf(page, records, on);
    return review.state === 'changed' && page.updated < review.record.date
      ? [
          `${page.file}, field "updated": the text changed after the medical review of ${review.record.date} (record ${review.record.number}), but updated says ${page.updated}. Set updated to the day of your edit.`,
        ]
      : [];
  });
}
