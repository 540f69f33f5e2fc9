import { describe, expect, it } from 'vitest';
import { addDays, addMonths, today } from '../../src/lib/clock';
import {
  ledgerProblems,
  parseLedger,
  reviewStateOf,
  updatedDateProblems,
  type ReviewablePage,
  type StaffMember,
} from '../../src/review/ledger';

/** Every date here is counted from the pinned day of the run, so these pass on any day. */
const on = today();
const daysAgo = (count: number) => addDays(on, -count);
const digest = (letter: string) => `sha256:${letter.repeat(64)}`;
const page: ReviewablePage = { path: '/treatment/a/', file: 'content/treatments/a.mdx', digest: digest('a'), updated: daysAgo(40) };
const staff: StaffMember[] = [
  { id: 'dr-a', name: 'Dr. A', role: 'Medical Director', physician: true },
  { id: 'sam', name: 'Sam Nurse', role: 'Nurse', physician: false },
];
const record = (fields: Record<string, string> = {}) =>
  Object.entries({ page: page.path, reviewer: 'dr-a', date: daysAgo(30), digest: digest('a'), ...fields })
    .map(([key, value], index) => `${index === 0 ? '- ' : '  '}${key}: ${value}`)
    .join('\n');
const ledger = (...records: string[]) => parseLedger(`${records.join('\n')}\n`);

describe('reading the ledger', () => {
  it('has no records when empty, commented or missing', () => {
    expect(parseLedger(undefined)).toEqual([]);
    expect(parseLedger('# No sign-offs yet.\n')).toEqual([]);
  });

  it('numbers the records it reads', () => {
    expect(ledger(record(), record({ date: daysAgo(10) })).map((entry) => entry.number)).toEqual([1, 2]);
  });

  it.each([
    ['a date that is not on the calendar', { date: '2026-02-30' }, 'field "date": date is not a real calendar day: check the month and the day.'],
    ['a malformed digest', { digest: 'sha256:1234' }, 'field "digest": digest must be "sha256:" followed by 64 lower-case hex digits'],
    ['a blank note', { note: '"   "' }, 'field "note": note is empty: write a remark, or leave the note out.'],
    ['a note of more than 500 characters', { note: 'x'.repeat(501) }, 'field "note": note is longer than 500 characters'],
    ['an address without slashes', { page: 'treatment' }, 'field "page": page must be a site address with slashes'],
  ])('names the record and the field for %s', (_case, fields, message) => {
    expect(() => ledger(record(fields))).toThrow(`record 1 (page ${fields.page ?? page.path}), ${message}`);
  });

  it('refuses what is not YAML, and YAML that is not a list of records', () => {
    expect(() => parseLedger('- page: [\n')).toThrow('content/medical-reviews.yaml is not valid:\n  - the file is not valid YAML');
    expect(() => parseLedger('page: /x/\n')).toThrow('the file must be a list of records, each starting with "- page:".');
  });
});

describe('checking the records against the site', () => {
  it.each([
    ['a page that does not exist', { page: '/treatment/nope/' }, 'record 1 (page /treatment/nope/), field "page": no medical page has the address /treatment/nope/.'],
    ['an unknown reviewer', { reviewer: 'dr-nobody' }, 'record 1 (page /treatment/a/), field "reviewer": "dr-nobody" is not a staff entry.'],
    ['a reviewer who is not a physician', { reviewer: 'sam' }, 'record 1 (page /treatment/a/), field "reviewer": Sam Nurse is not a physician'],
    ['a date in the future', { date: addDays(on, 1) }, `record 1 (page /treatment/a/), field "date": ${addDays(on, 1)} is in the future.`],
  ])('names %s', (_case, fields, message) => {
    const problems = ledgerProblems(ledger(record(fields)), [page], staff, on);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(message);
  });

  it('refuses a record back-dated before the same reviewer’s earlier record for the page', () => {
    expect(ledgerProblems(ledger(record({ date: daysAgo(20) }), record({ date: daysAgo(30) })), [page], staff, on)).toEqual([
      `record 2 (page /treatment/a/), field "date": ${daysAgo(30)} is earlier than record 1 by the same reviewer for this page (${daysAgo(20)}). Records are appended in time order; add a new record instead of back-dating one.`,
    ]);
  });
});

describe('the review state of a page', () => {
  it('is "not yet reviewed" without a record', () => {
    expect(reviewStateOf(page, [], on)).toEqual({ state: 'unreviewed' });
  });

  it('is "reviewed" while the latest record covers what the page shows, until twelve months have passed', () => {
    expect(reviewStateOf(page, ledger(record()), on).state).toBe('reviewed');
    expect(reviewStateOf(page, ledger(record({ date: daysAgo(364) })), on).state).toBe('reviewed');
  });

  it('is "review due" once twelve months have passed, however old the record', () => {
    expect(reviewStateOf(page, ledger(record({ date: daysAgo(366) })), on)).toMatchObject({ state: 'due', dueOn: addMonths(daysAgo(366), 12) });
    expect(reviewStateOf(page, ledger(record({ date: '0000-01-01' })), on).state).toBe('due');
  });

  it('is "changed" when the page shows other words than were signed, and the latest record decides', () => {
    expect(reviewStateOf(page, ledger(record({ digest: digest('b') })), on).state).toBe('changed');
    expect(reviewStateOf(page, ledger(record(), record({ date: daysAgo(5), digest: digest('b') })), on).state).toBe('changed');
    expect(reviewStateOf(page, ledger(record({ digest: digest('b') }), record({ date: daysAgo(5) })), on).state).toBe('reviewed');
  });
});

describe('the updated date of a changed page', () => {
  it('may not be older than its review: the label would claim an edit before the review', () => {
    const changed = { ...page, digest: digest('b') };
    expect(updatedDateProblems([changed], ledger(record()), on)).toEqual([
      `content/treatments/a.mdx, field "updated": the text changed after the medical review of ${daysAgo(30)} (record 1), but updated says ${daysAgo(40)}. Set updated to the day of your edit.`,
    ]);
    expect(updatedDateProblems([{ ...changed, updated: on }], ledger(record()), on)).toEqual([]);
    expect(updatedDateProblems([page], ledger(record()), on)).toEqual([]);
  });
});
