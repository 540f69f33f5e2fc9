import { describe, expect, it } from 'vitest';
import { educationSchema } from '../../src/schemas/education';
import { staffSchema } from '../../src/schemas/staff';
import { treatmentSchema } from '../../src/schemas/treatment';
import { problemsOf } from '../support/issues';

const validEducation = {
  title: 'What are benzodiazepines?',
  description: 'Benzodiazepines calm the brain by strengthening GABA, its natural brake. Learn what they treat.',
  order: 1,
  reviewedBy: 'beth-dunlap',
  lastReviewed: new Date('2026-01-15T00:00:00Z'),
  sources: [{ title: 'Benzodiazepine Tapering', publisher: 'ASAM', url: 'https://www.asam.org/x' }],
};

const validTreatment = { ...validEducation, title: 'Partial hospitalization program', kind: 'level-of-care' };

const validStaff = {
  name: 'Dr. Beth Dunlap',
  role: 'Medical Director',
  description: 'Our medical director is board certified in addiction medicine and family medicine.',
  order: 1,
};

describe('an education entry', () => {
  it('is accepted when every field is right, and its reviewer becomes a staff reference', () => {
    const parsed = educationSchema.parse(validEducation);
    expect(parsed.reviewedBy).toEqual({ id: 'beth-dunlap', collection: 'staff' });
    expect(parsed.withdrawalWarning).toBe(false);
  });

  it('accepts a review date written as a quoted string', () => {
    const parsed = educationSchema.parse({ ...validEducation, lastReviewed: '2026-01-15' });
    expect(parsed.lastReviewed.toISOString()).toBe('2026-01-15T00:00:00.000Z');
  });

  it.each([
    ['without a title', { title: undefined }, 'title: title is required: a short plain-language page title, 10 to 70 characters.'],
    ['with a title too short', { title: 'Benzos' }, 'title: title is too short: use 10 to 70 characters.'],
    ['with a title too long', { title: 'x'.repeat(71) }, 'title: title is too long: use 10 to 70 characters so search results do not cut it off.'],
    ['with a description too short', { description: 'Too short.' }, 'description: description is too short: write 50 to 160 characters that say what the page answers.'],
    ['with a description too long', { description: 'x'.repeat(161) }, 'description: description is too long: search results cut it off after 160 characters.'],
    ['with a fractional order', { order: 1.5 }, 'order: order must be a whole number, such as 1, 2 or 3.'],
    ['without a reviewer', { reviewedBy: undefined }, 'reviewedBy: reviewedBy is required: the file name of a staff entry without its extension, e.g. beth-dunlap.'],
    ['with a review date in the future', { lastReviewed: new Date('2999-01-01T00:00:00Z') }, 'lastReviewed: lastReviewed is in the future: use the date the review actually took place (YYYY-MM-DD).'],
    ['with a malformed review date', { lastReviewed: 'last spring' }, 'lastReviewed: lastReviewed must be a date written as YYYY-MM-DD, for example 2026-11-02.'],
    ['without sources', { sources: [] }, 'sources: sources needs at least one reference (title, publisher, https url).'],
    ['with a source over plain http', { sources: [{ ...validEducation.sources[0], url: 'http://www.asam.org/x' }] }, 'sources.0.url: sources[].url must be a full https address, such as https://www.fda.gov/...'],
    ['with a source missing its publisher', { sources: [{ title: 'Benzodiazepine Tapering', url: 'https://www.asam.org/x' }] }, 'sources.0.publisher: sources[].publisher is required: the organisation or journal that published it.'],
    ['with a misspelt field', { lastReveiwed: '2026-01-01' }, '(root): unknown field "lastReveiwed": check the spelling or remove it. Allowed fields: title, description, order, reviewedBy, lastReviewed, sources, withdrawalWarning.'],
  ])('is rejected %s, with a message that says what to write', (_case, change, expected) => {
    expect(problemsOf(educationSchema, { ...validEducation, ...change })).toEqual([expected]);
  });
});

describe('a treatment entry', () => {
  it('is accepted when every field is right', () => {
    expect(problemsOf(treatmentSchema, validTreatment)).toEqual([]);
  });

  it('is rejected with a kind that is neither a level of care nor a therapy', () => {
    expect(problemsOf(treatmentSchema, { ...validTreatment, kind: 'detox' })).toEqual([
      'kind: kind must be one of: level-of-care, therapy.',
    ]);
  });

  it('is rejected without a review date', () => {
    expect(problemsOf(treatmentSchema, { ...validTreatment, lastReviewed: undefined })).toEqual([
      'lastReviewed: lastReviewed must be a date written as YYYY-MM-DD, for example 2026-11-02.',
    ]);
  });
});

describe('a staff entry', () => {
  it('is accepted with only the confirmed facts, leaving the lists empty', () => {
    const parsed = staffSchema.parse(validStaff);
    expect(parsed.boardCertifications).toEqual([]);
    expect(parsed.physician).toBe(false);
  });

  it('is rejected without a role', () => {
    expect(problemsOf(staffSchema, { ...validStaff, role: undefined })).toEqual([
      'role: role is required, e.g. "Medical Director".',
    ]);
  });

  it('is rejected when training is not a list of stage and institution', () => {
    expect(problemsOf(staffSchema, { ...validStaff, training: 'Northwestern' })).toEqual([
      'training: training must be a list of { stage, institution } pairs.',
    ]);
  });

  it('is rejected with a field the bio does not know, such as a photo', () => {
    expect(problemsOf(staffSchema, { ...validStaff, photo: 'me.jpg' })).toEqual([
      expect.stringMatching(/^\(root\): unknown field "photo": check the spelling or remove it\./),
    ]);
  });
});
