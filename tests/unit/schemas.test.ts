import { describe, expect, it } from 'vitest';
import { drugSchema } from '../../src/schemas/drug';
import { educationSchema } from '../../src/schemas/education';
import { pageSchema } from '../../src/schemas/page';
import { staffSchema } from '../../src/schemas/staff';
import { treatmentSchema } from '../../src/schemas/treatment';
import { addDays, today } from '../../src/lib/clock';
import { problemsOf } from '../support/issues';

const validEducation = {
  title: 'What are benzodiazepines?',
  description: 'Benzodiazepines calm the brain by strengthening GABA, its natural brake. Learn what they treat.',
  order: 1,
  updated: new Date('2026-01-15T00:00:00Z'),
  sources: [
    { title: 'Benzodiazepine Tapering', publisher: 'ASAM', url: 'https://www.asam.org/x' },
    { title: 'Prescription CNS Depressants', publisher: 'NIDA', url: 'https://nida.nih.gov/x' },
  ],
};

const validTreatment = { ...validEducation, title: 'Partial hospitalization program', kind: 'level-of-care' };

const validStaff = {
  name: 'Dr. Beth Dunlap',
  role: 'Medical Director',
  description: 'Our medical director is board certified in addiction medicine and family medicine.',
  order: 1,
};

describe('an education entry', () => {
  it('is accepted when every field is right, and carries no review claim of its own', () => {
    const parsed = educationSchema.parse(validEducation);
    expect(parsed.withdrawalWarning).toBe(false);
    expect(Object.keys(parsed)).not.toContain('reviewedBy');
  });

  it('accepts an updated date written as a quoted string', () => {
    const parsed = educationSchema.parse({ ...validEducation, updated: '2026-01-15' });
    expect(parsed.updated.toISOString()).toBe('2026-01-15T00:00:00.000Z');
  });

  it.each([
    [
      'without a title',
      { title: undefined },
      'title: title is required: a short plain-language page title, 10 to 70 characters.',
    ],
    ['with a title too short', { title: 'Benzos' }, 'title: title is too short: use 10 to 70 characters.'],
    [
      'with a title too long',
      { title: 'x'.repeat(71) },
      'title: title is too long: use 10 to 70 characters so search results do not cut it off.',
    ],
    [
      'with a description too short',
      { description: 'Too short.' },
      'description: description is too short: write 50 to 160 characters that say what the page answers.',
    ],
    [
      'with a description too long',
      { description: 'x'.repeat(161) },
      'description: description is too long: search results cut it off after 160 characters.',
    ],
    ['with a fractional order', { order: 1.5 }, 'order: order must be a whole number, such as 1, 2 or 3.'],
    [
      'with an updated date in the future',
      { updated: addDays(today(), 1) },
      'updated: updated is in the future: use the date you last changed the page (YYYY-MM-DD).',
    ],
    [
      'with a malformed updated date',
      { updated: 'last spring' },
      'updated: updated must be a date written as YYYY-MM-DD, for example 2026-11-02.',
    ],
    [
      'with one source only',
      { sources: validEducation.sources.slice(0, 1) },
      'sources: sources needs at least two authoritative references (title, publisher, https url).',
    ],
    [
      'with a source over plain http',
      { sources: [{ ...validEducation.sources[0], url: 'http://www.asam.org/x' }, validEducation.sources[1]] },
      'sources.0.url: sources[].url must be a full https address, such as https://www.fda.gov/...',
    ],
    [
      'with a source off the authoritative list',
      {
        sources: [
          validEducation.sources[0],
          { ...validEducation.sources[1], url: 'https://example-rehab-blog.com/benzos' },
        ],
      },
      expect.stringMatching(
        /^sources\.1\.url: sources\[\]\.url must be on an authoritative domain: fda\.gov, nih\.gov/,
      ),
    ],
    [
      'with a source missing its publisher',
      { sources: [{ title: 'Benzodiazepine Tapering', url: 'https://www.asam.org/x' }, validEducation.sources[1]] },
      'sources.0.publisher: sources[].publisher is required: the organisation or journal that published it.',
    ],
    [
      'with a review field, which only the ledger may hold',
      { lastReviewed: '2026-01-01' },
      '(root): unknown field "lastReviewed": check the spelling or remove it. Allowed fields: title, description, order, updated, reviewer, sources, withdrawalWarning, lang, translationOf, translatedFrom.',
    ],
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

  it('is rejected without an updated date', () => {
    expect(problemsOf(treatmentSchema, { ...validTreatment, updated: undefined })).toEqual([
      'updated: updated must be a date written as YYYY-MM-DD, for example 2026-11-02.',
    ]);
  });
});

const validDrug = {
  ...validEducation,
  title: 'Alprazolam (Xanax): uses and risks',
  generic: 'alprazolam',
  brands: ['Xanax'],
  uses: ['Panic disorder'],
  acting: 'short',
  actingInWords: 'It leaves the body within hours.',
  schedule: 'IV',
  label: 'https://dailymed.nlm.nih.gov/dailymed/search.cfm?query=alprazolam',
};

describe('a drug entry', () => {
  it('is accepted when every field is right, with no label figure', () => {
    expect(problemsOf(drugSchema, validDrug)).toEqual([]);
  });

  it.each([
    [
      'with an acting class the facts do not use',
      { acting: 'ultra' },
      'acting: acting must be one of: short, short-to-intermediate, long.',
    ],
    [
      'with a label that is not on DailyMed',
      { label: 'https://www.fda.gov/x' },
      'label: label must be a DailyMed address: https://dailymed.nlm.nih.gov/dailymed/search.cfm?query=<generic name>.',
    ],
    [
      'without any brand name, current or former',
      { brands: [] },
      'brands: brands is empty and formerBrands is missing: name at least one brand, current (brands) or former (formerBrands).',
    ],
    [
      'with a capitalised generic name',
      { generic: 'Alprazolam' },
      "generic: generic must be the generic name in lower case letters, in the page's language, e.g. alprazolam or clordiazepóxido.",
    ],
  ])('is rejected %s', (_case, change, expected) => {
    expect(problemsOf(drugSchema, { ...validDrug, ...change })).toEqual([expected]);
  });

  it('accepts a generic name with accents and a drug sold only as a generic under a former brand', () => {
    const parsed = drugSchema.parse({
      ...validDrug,
      generic: 'clordiazepóxido',
      brands: [],
      formerBrands: ['Librium'],
    });
    expect(parsed.formerBrands).toEqual(['Librium']);
  });
});

describe('a site page', () => {
  it('needs no sources, but a title, a description and an updated date', () => {
    expect(
      problemsOf(pageSchema, {
        title: 'Admissions: what happens',
        description: validEducation.description,
        updated: '2026-11-28',
      }),
    ).toEqual([]);
    expect(
      problemsOf(pageSchema, { title: 'Admissions: what happens', description: validEducation.description }),
    ).toEqual(['updated: updated must be a date written as YYYY-MM-DD, for example 2026-11-02.']);
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
