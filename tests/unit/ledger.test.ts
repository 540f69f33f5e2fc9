import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, today } from '../../src/lib/clock';
import {
  ledgerProblems,
  parseLedger,
  recordStatement,
  reviewStates,
  updatedDateProblems,
  type ReviewablePage,
  type Signer,
  type UnsignedRecord,
} from '../../src/review/ledger';
import { signatureProblem } from '../../src/review/signature';
import { throwawayKey } from '../support/ssh-signer';

/** Every date here is counted from the pinned day of the run, so these pass on any day. */
const on = today();
const daysAgo = (count: number) => addDays(on, -count);
const digest = (letter: string) => `sha256:${letter.repeat(64)}`;

const english: ReviewablePage = {
  path: '/treatment/a/',
  file: 'content/treatments/a.mdx',
  locale: 'en',
  digest: digest('a'),
  updated: daysAgo(40),
};
const spanish: ReviewablePage = {
  path: '/es/tratamiento/a/',
  file: 'content/treatments/es/a.mdx',
  locale: 'es',
  digest: digest('e'),
  updated: daysAgo(40),
  original: english.path,
};
const pages = [english, spanish];

const doctorKey = throwawayKey('dr-a');
const translatorKey = throwawayKey('tr');
const strangerKey = throwawayKey('stranger');
const people: Signer[] = [
  {
    id: 'dr-a',
    name: 'Dr. A',
    role: 'Medical Director',
    physician: true,
    translates: [],
    signingKeys: [doctorKey.publicLine],
  },
  { id: 'sam', name: 'Sam Nurse', role: 'Nurse', physician: false, translates: [], signingKeys: [] },
  {
    id: 'tr',
    name: 'T. Translator',
    role: 'Certified medical interpreter',
    physician: false,
    translates: ['es'],
    signingKeys: [translatorKey.publicLine],
  },
];

type Fields = Partial<UnsignedRecord> & { signature?: string };
const signOff = (fields: Fields = {}, key = doctorKey) => {
  const record: UnsignedRecord = {
    kind: 'sign-off',
    page: english.path,
    digest: english.digest,
    reviewer: 'dr-a',
    date: daysAgo(30),
    ...fields,
  };
  return { ...record, signature: fields.signature ?? key.sign(recordStatement(record)) };
};
const translation = (fields: Fields = {}, key = translatorKey) => {
  const record: UnsignedRecord = {
    kind: 'translation',
    page: spanish.path,
    digest: spanish.digest,
    original: english.path,
    originalDigest: english.digest,
    reviewer: 'tr',
    date: daysAgo(20),
    ...fields,
  };
  return { ...record, signature: fields.signature ?? key.sign(recordStatement(record)) };
};
const ledger = (...records: object[]) => parseLedger(stringify(records));
const problems = (...records: object[]) => ledgerProblems(ledger(...records), pages, people, on);

describe('reading the ledger', () => {
  it('has no records when empty, commented or missing', () => {
    expect(parseLedger(undefined)).toEqual([]);
    expect(parseLedger('# No sign-offs yet.\n')).toEqual([]);
  });

  it('reads both kinds of record and numbers them', () => {
    expect(ledger(signOff(), translation()).map((record) => [record.number, record.kind])).toEqual([
      [1, 'sign-off'],
      [2, 'translation'],
    ]);
  });

  it.each([
    [
      'a date that is not on the calendar',
      { date: '2026-02-30' },
      'field "date": date is not a real calendar day: check the month and the day.',
    ],
    [
      'a malformed digest',
      { digest: 'sha256:1234' },
      'field "digest": digest must be "sha256:" followed by 64 lower-case hex digits',
    ],
    ['a blank note', { note: '   ' }, 'field "note": note is empty: write a remark, or leave the note out.'],
    [
      'a note of more than 500 characters',
      { note: 'x'.repeat(501) },
      'field "note": note is longer than 500 characters',
    ],
    ['no signature', { signature: undefined }, 'field "signature": signature is required'],
  ])('names the record and the field for %s', (_case, fields, message) => {
    const record = { ...signOff(), ...fields };
    expect(() => ledger(record)).toThrow(`record 1 (page ${english.path}), ${message}`);
  });

  it('names a record of no known kind', () => {
    expect(() => ledger({ ...signOff(), kind: 'approval' })).toThrow(
      'record 1 (page /treatment/a/), field "kind": kind is required: sign-off',
    );
  });
});

describe('checking the records against the site', () => {
  it('accepts a physician’s signed sign-off and a translator’s signed check', () => {
    expect(problems(signOff(), translation())).toEqual([]);
  });

  it.each([
    [
      'a page that does not exist',
      signOff({ page: '/treatment/nope/' }),
      'record 1 (page /treatment/nope/), field "page": no medical page has the address /treatment/nope/.',
    ],
    [
      'an unknown person',
      signOff({ reviewer: 'dr-nobody' }),
      'field "reviewer": "dr-nobody" is not a physician in content/staff nor a translator in content/translators.yaml.',
    ],
    [
      'a sign-off by someone who is not a physician',
      signOff({ reviewer: 'tr' }, translatorKey),
      'field "reviewer": T. Translator is not a physician',
    ],
    [
      'a translation check by someone who does not check that language',
      translation({ reviewer: 'dr-a' }, doctorKey),
      'field "reviewer": Dr. A is not listed as able to check translations into es',
    ],
    [
      'a translation check against the wrong original',
      translation({ original: '/treatment/b/' }),
      'field "original": /es/tratamiento/a/ is a translation of /treatment/a/, not of /treatment/b/.',
    ],
    ['a date in the future', signOff({ date: addDays(on, 1) }), `field "date": ${addDays(on, 1)} is in the future.`],
  ])('names %s', (_case, record, message) => {
    const found = problems(record);
    expect(found.join('\n')).toContain(message);
  });

  it('refuses a record back-dated before the same person’s earlier record for the page', () => {
    expect(problems(signOff({ date: daysAgo(20) }), signOff({ date: daysAgo(30) }))).toEqual([
      `record 2 (page /treatment/a/), field "date": ${daysAgo(30)} is earlier than record 1 by the same person for this page (${daysAgo(20)}). Records are appended in time order; add a new record instead of back-dating one.`,
    ]);
  });

  it('refuses a record signed with a key not listed for its signer, or changed after signing', () => {
    expect(problems(signOff({}, strangerKey))).toEqual([
      'record 1 (page /treatment/a/), field "signature": the signature was made with a key that is not listed for this person (signingKeys).',
    ]);
    const signed = signOff();
    expect(problems({ ...signed, date: daysAgo(29) })).toEqual([
      'record 1 (page /treatment/a/), field "signature": the signature does not match the record: a field was changed after signing, or it was signed for another record.',
    ]);
    expect(problems({ ...signed, note: 'added later' })).toHaveLength(1);
  });
});

describe('signatures', () => {
  it('are what ssh-keygen makes: "SSHSIG" in the namespace of the site, over the record’s statement', () => {
    const statement = recordStatement(signOff());
    expect(statement).toBe(
      `nirc-medical-review record\nkind: sign-off\npage: /treatment/a/\ndigest: ${digest('a')}\nreviewer: dr-a\ndate: ${daysAgo(30)}\n`,
    );
    expect(signatureProblem(doctorKey.sign(statement), statement, [doctorKey.publicLine])).toBeUndefined();
    expect(signatureProblem('not a signature', statement, [doctorKey.publicLine])).toContain(
      'the signature cannot be read',
    );
  });
});

describe('review states', () => {
  const statesOf = (...records: object[]) => reviewStates(pages, ledger(...records), on);

  it('is "not yet reviewed" without a record', () => {
    expect(statesOf().get(english.path)).toEqual({ state: 'unreviewed' });
  });

  it('is "reviewed" while a sign-off covers what the page shows, until twelve months have passed; then "review due"', () => {
    expect(statesOf(signOff()).get(english.path)?.state).toBe('reviewed');
    expect(statesOf(signOff({ date: daysAgo(364) })).get(english.path)?.state).toBe('reviewed');
    expect(statesOf(signOff({ date: daysAgo(366) })).get(english.path)).toMatchObject({
      state: 'due',
      dueOn: addMonths(daysAgo(366), 12),
    });
    expect(statesOf(signOff({ date: '0000-01-01' })).get(english.path)?.state).toBe('due');
  });

  it('is "changed" when the page shows other words than were signed; the latest sign-off decides', () => {
    expect(statesOf(signOff({ digest: digest('b') })).get(english.path)?.state).toBe('changed');
    expect(statesOf(signOff(), signOff({ date: daysAgo(5), digest: digest('b') })).get(english.path)?.state).toBe(
      'changed',
    );
    expect(statesOf(signOff({ digest: digest('b') }), signOff({ date: daysAgo(5) })).get(english.path)?.state).toBe(
      'reviewed',
    );
  });

  it('makes a translation reviewed when its original is, and a translator checked its text against that text', () => {
    expect(statesOf(signOff(), translation()).get(spanish.path)).toMatchObject({
      state: 'reviewed',
      record: { page: english.path },
      translation: { reviewer: 'tr' },
    });
    expect(statesOf(translation()).get(spanish.path)?.state, 'original not reviewed').toBe('unreviewed');
  });

  it('makes a translation unreviewed again when its original or its own text changes after the check', () => {
    expect(
      statesOf(signOff({ digest: digest('b') }), translation({ originalDigest: digest('b') })).get(spanish.path)?.state,
      'original changed',
    ).toBe('unreviewed');
    expect(
      statesOf(signOff(), translation({ digest: digest('f') })).get(spanish.path)?.state,
      'translation changed',
    ).toBe('unreviewed');
    expect(statesOf(signOff({ date: daysAgo(400) }), translation()).get(spanish.path)?.state, 'original due').toBe(
      'unreviewed',
    );
  });

  it('lets a physician sign a translation directly, too', () => {
    expect(statesOf(signOff({ page: spanish.path, digest: spanish.digest })).get(spanish.path)).toMatchObject({
      state: 'reviewed',
      record: { page: spanish.path },
    });
  });
});

describe('the updated date of a changed page', () => {
  it('may not be older than its review: the label would claim an edit before the review', () => {
    const changed = { ...english, digest: digest('b') };
    expect(updatedDateProblems([changed], ledger(signOff()), on)).toEqual([
      `content/treatments/a.mdx, field "updated": the text changed after the medical review of ${daysAgo(30)} (record 1), but updated says ${daysAgo(40)}. Set updated to the day of your edit.`,
    ]);
    expect(updatedDateProblems([{ ...changed, updated: on }], ledger(signOff()), on)).toEqual([]);
    expect(updatedDateProblems([english], ledger(signOff()), on)).toEqual([]);
  });
});
