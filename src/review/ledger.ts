import { z } from 'astro/zod';
import { parse } from 'yaml';
import { isCalendarDay, today } from '../lib/clock.ts';
import { problemReport } from '../lib/problems.ts';
import { digestPattern } from './digest.ts';
import { isReviewDue, reviewDueOn } from './due.ts';
import { signatureProblem, statementOf } from './signature.ts';

/**
 * The review ledger: signed records, appended by `npm run review` and never edited. Two kinds:
 * - a sign-off: a physician states that a page's text (its digest) is medically sound;
 * - a translation check: a qualified medical translator states that a translation's text (its digest)
 *   faithfully renders its original's text (that page's digest).
 * A page counts as reviewed only while a record covers what it shows now and the sign-off is not due
 * for renewal, so a claim of review never outlives the words that were read. Each record carries its
 * signer's SSH signature over all of its fields: no one else can make it, and no field can change after.
 * Everything here is pure: the build and the review commands feed it.
 */
export const ledgerFile = 'content/medical-reviews.yaml';

/** A note is a short remark, not a document. */
const noteLimit = 500;

const address = (field: string) =>
  z
    .string({ error: `${field} is required: the address of the page, e.g. /treatment/outpatient-treatment/.` })
    .regex(/^\/([a-z0-9-]+\/)+$/, {
      error: `${field} must be a site address with slashes, e.g. /treatment/outpatient-treatment/.`,
    });
const digest = (field: string) =>
  z.string({ error: `${field} is required: let \`npm run review\` write it.` }).regex(digestPattern, {
    error: `${field} must be "sha256:" followed by 64 lower-case hex digits; let \`npm run review\` write it.`,
  });
const common = {
  /** The page the record is about, by its address. */
  page: address('page'),
  /** The digest of what the page showed when it was checked, as the review commands write it. */
  digest: digest('digest'),
  /** Who checked it: the file name of their bio in content/staff, or their id in content/translators.yaml. */
  reviewer: z.string({ error: 'reviewer is required: the id of the person who checked the page, e.g. beth-dunlap.' }),
  /** The day of the check, YYYY-MM-DD. */
  date: z
    .string({ error: 'date is required: the day of the check, YYYY-MM-DD.' })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'date must be written as YYYY-MM-DD, e.g. 2026-12-01.' })
    .refine(isCalendarDay, { error: 'date is not a real calendar day: check the month and the day.' }),
  /** Optional remark, e.g. "Checked the symptom list against the 2025 guideline." */
  note: z
    .string({ error: 'note must be text.' })
    .trim()
    .min(1, { error: 'note is empty: write a remark, or leave the note out.' })
    .max(noteLimit, { error: `note is longer than ${noteLimit} characters: keep it to a short remark.` })
    .optional(),
  /** The signer's SSH signature over every other field, as `npm run review` writes it. */
  signature: z.string({
    error: "signature is required: records are written and signed by `npm run review` with the reviewer's own key.",
  }),
};

const recordSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('sign-off'), ...common }),
    z.strictObject({
      kind: z.literal('translation'),
      ...common,
      /** The page the translation renders, by its address. */
      original: address('original'),
      /** The digest of the original's text the translation was checked against. */
      originalDigest: digest('originalDigest'),
    }),
  ],
  {
    error: 'kind is required: sign-off (a physician signs a page) or translation (a translator checks a translation).',
  },
);

type Numbered<T> = T & {
  /** The record's position in the ledger, 1 first. */
  number: number;
};
export type LedgerRecord = Numbered<z.infer<typeof recordSchema>>;
type SignOff = Extract<LedgerRecord, { kind: 'sign-off' }>;
type TranslationCheck = Extract<LedgerRecord, { kind: 'translation' }>;

/** A medical page as the ledger sees it. */
export interface ReviewablePage {
  path: string;
  file: string;
  locale: string;
  digest: string;
  /** The page's own "last updated" day, YYYY-MM-DD. */
  updated: string;
  /** For a translation: the address of its original. */
  original?: string;
}

/** Someone who may sign records: a physician on staff, or a medical translator. */
export interface Signer {
  id: string;
  name: string;
  role: string;
  physician: boolean;
  /** The languages whose translations this person may check. */
  translates: string[];
  /** OpenSSH public keys allowed to sign for this person. */
  signingKeys: string[];
}

/**
 * reviewed: a physician's sign-off covers what the page shows (or, for a translation, its original is
 * reviewed and a translator checked this text against it), and the sign-off is not due for renewal;
 * due: the sign-off covers the page, but twelve months have passed; changed: the page changed after its
 * latest sign-off; unreviewed: none of this.
 */
export type ReviewState =
  | { state: 'reviewed'; record: SignOff; dueOn: string; translation?: TranslationCheck }
  | { state: 'due' | 'changed'; record: SignOff; dueOn: string }
  | { state: 'unreviewed' };

export class LedgerError extends Error {
  constructor(problems: string[]) {
    super(problemReport(`${ledgerFile} is not valid:`, problems));
    this.name = 'LedgerError';
  }
}

const where = (record: { number: number; page?: unknown }) =>
  `record ${record.number}${typeof record.page === 'string' ? ` (page ${record.page})` : ''}`;

/** The fields of a record a signature covers: all but the signature. */
export interface UnsignedRecord {
  kind: LedgerRecord['kind'];
  page: string;
  digest: string;
  original?: string;
  originalDigest?: string;
  reviewer: string;
  date: string;
  note?: string;
}

/** What a record's signature covers: every field but the signature, in a fixed order. */
export function recordStatement(record: UnsignedRecord): string {
  const { kind, page, digest, original, originalDigest, reviewer, date, note } = record;
  return statementOf({ kind, page, digest, original, originalDigest, reviewer, date, note });
}

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
  if (!Array.isArray(raw)) throw new LedgerError(['the file must be a list of records, each starting with "- kind:".']);
  const problems: string[] = [];
  const records = raw.flatMap((item: unknown, index) => {
    const number = index + 1;
    const result = recordSchema.safeParse(item);
    if (result.success) return [{ ...result.data, number }];
    const page = (item as { page?: unknown } | null)?.page;
    for (const issue of result.error.issues) {
      problems.push(`${where({ number, page })}, field "${issue.path.join('.') || 'kind'}": ${issue.message}`);
    }
    return [];
  });
  if (problems.length > 0) throw new LedgerError(problems);
  return records;
}

/** What is wrong with the records against the site: pages, people, their right to sign, the dates and the signatures. */
export function ledgerProblems(
  records: LedgerRecord[],
  pages: ReviewablePage[],
  people: Signer[],
  on = today(),
): string[] {
  const byPath = new Map(pages.map((page) => [page.path, page]));
  const physicians = people.filter((person) => person.physician).map((person) => person.id);
  return records.flatMap((record, index) => {
    const at = where(record);
    const problems: string[] = [];
    const page = byPath.get(record.page);
    if (!page) {
      problems.push(
        `${at}, field "page": no medical page has the address ${record.page}. Use the address of a page as \`npm run review -- status\` lists it.`,
      );
    }
    const person = people.find((candidate) => candidate.id === record.reviewer);
    if (!person) {
      problems.push(
        `${at}, field "reviewer": "${record.reviewer}" is not a physician in content/staff nor a translator in content/translators.yaml. Physicians: ${physicians.join(', ') || '(none yet)'}.`,
      );
    } else if (record.kind === 'sign-off' && !person.physician) {
      problems.push(
        `${at}, field "reviewer": ${person.name} is not a physician (physician: true in content/staff/${person.id}.mdx); only a physician can sign off a medical page.`,
      );
    } else if (record.kind === 'translation' && page && !person.translates.includes(page.locale)) {
      problems.push(
        `${at}, field "reviewer": ${person.name} is not listed as able to check translations into ${page.locale} (translates in content/translators.yaml, or in their bio).`,
      );
    }
    if (record.kind === 'translation' && page && page.original !== record.original) {
      problems.push(
        `${at}, field "original": ${record.page} is a translation of ${page.original ?? 'no page'}, not of ${record.original}.`,
      );
    }
    if (record.date > on)
      problems.push(`${at}, field "date": ${record.date} is in the future. Use the day the check took place.`);
    for (const other of records.slice(0, index)) {
      if (
        other.kind === record.kind &&
        other.page === record.page &&
        other.reviewer === record.reviewer &&
        other.date > record.date
      )
        problems.push(
          `${at}, field "date": ${record.date} is earlier than record ${other.number} by the same person for this page (${other.date}). Records are appended in time order; add a new record instead of back-dating one.`,
        );
    }
    if (person) {
      const { signature, number: _number, ...fields } = record;
      const problem = signatureProblem(signature, recordStatement(fields), person.signingKeys);
      if (problem) problems.push(`${at}, field "signature": ${problem}.`);
    }
    return problems;
  });
}

/** Throws a LedgerError naming every problem; the build and the review commands stop on it. */
export function checkLedger(records: LedgerRecord[], pages: ReviewablePage[], people: Signer[], on = today()) {
  const problems = ledgerProblems(records, pages, people, on);
  if (problems.length > 0) throw new LedgerError(problems);
}

/** A page's latest record of a kind: the last by date, and by position on the same date. */
export function latestRecord<Kind extends LedgerRecord['kind']>(records: LedgerRecord[], path: string, kind: Kind) {
  return records
    .filter((record): record is Extract<LedgerRecord, { kind: Kind }> => record.kind === kind && record.page === path)
    .reduce<Extract<LedgerRecord, { kind: Kind }> | undefined>(
      (latest, record) => (!latest || record.date >= latest.date ? record : latest),
      undefined,
    );
}

/** A page's review state from its own sign-offs: decided by comparing digests and counting days, never by a typed claim. */
function signedState(page: ReviewablePage, records: LedgerRecord[], on: string): ReviewState {
  const record = latestRecord(records, page.path, 'sign-off');
  if (!record) return { state: 'unreviewed' };
  const dueOn = reviewDueOn(record.date);
  if (record.digest !== page.digest) return { state: 'changed', record, dueOn };
  return { state: isReviewDue(record.date, on) ? 'due' : 'reviewed', record, dueOn };
}

/**
 * Every page's review state. A translation is also reviewed when its original is reviewed and a
 * translator checked its current text against the original's current, reviewed text; when either text
 * changes, that check no longer counts.
 */
export function reviewStates(pages: ReviewablePage[], records: LedgerRecord[], on = today()): Map<string, ReviewState> {
  const own = new Map(pages.map((page) => [page.path, signedState(page, records, on)]));
  const digests = new Map(pages.map((page) => [page.path, page.digest]));
  return new Map(
    pages.map((page) => {
      const state = own.get(page.path)!;
      if (state.state === 'reviewed' || !page.original) return [page.path, state];
      const original = own.get(page.original);
      const check = latestRecord(records, page.path, 'translation');
      const holds =
        original?.state === 'reviewed' &&
        check?.digest === page.digest &&
        check.originalDigest === digests.get(page.original);
      return [page.path, holds ? { ...original, translation: check } : state];
    }),
  );
}

/**
 * A page changed since its review says "updated on DATE after its last medical review", so its
 * `updated` day must not come before that review.
 */
export function updatedDateProblems(pages: ReviewablePage[], records: LedgerRecord[], on = today()): string[] {
  const states = reviewStates(pages, records, on);
  return pages.flatMap((page) => {
    const review = states.get(page.path)!;
    return review.state === 'changed' && page.updated < review.record.date
      ? [
          `${page.file}, field "updated": the text changed after the medical review of ${review.record.date} (record ${review.record.number}), but updated says ${page.updated}. Set updated to the day of your edit.`,
        ]
      : [];
  });
}
