import { describe, expect, it } from 'vitest';
import { dictionaryProblems, fill, sentenceParts } from '../../src/i18n';
import { localeEntries } from '../../src/i18n/locales';

const { es } = { es: localeEntries.es.dictionary };

describe('the interface dictionaries', () => {
  it('accept every language, whose keys and placeholders match the default dictionary', () => {
    for (const [locale, entry] of Object.entries(localeEntries))
      expect(dictionaryProblems(entry.dictionary), locale).toEqual([]);
  });

  it('name a missing key and an extra key', () => {
    const { skipLink: _missing, ...withoutSkipLink } = es;
    expect(dictionaryProblems({ ...withoutSkipLink, skipLinks: 'Saltar' })).toEqual([
      'skipLink: missing key',
      '(root): extra key skipLinks: the default dictionary has no such key',
    ]);
  });

  it('name a list of the wrong length, such as overdose steps left out', () => {
    expect(dictionaryProblems({ ...es, overdose: { ...es.overdose, steps: es.overdose.steps.slice(1) } })).toEqual([
      'overdose.steps: needs exactly 4 items, as in the default dictionary',
    ]);
  });

  it('name a sentence that lost a placeholder, so no link or date goes missing in translation', () => {
    expect(dictionaryProblems({ ...es, review: { ...es.review, reviewed: 'Revisión médica: el {date}.' } })).toEqual([
      'review.reviewed: needs exactly the placeholders {date}, {name}, {role}, as in the default dictionary',
    ]);
  });
});

describe('sentences with placeholders', () => {
  it('are filled by name, wherever the translator put the placeholder', () => {
    expect(fill('Call {number}', { number: 988 })).toBe('Call 988');
    expect(fill('{b} before {a}', { a: 1, b: 2 })).toBe('2 before 1');
  });

  it('pick the plural form by the language’s rules', () => {
    const pages = { one: '{count} page', other: '{count} pages' };
    expect(fill(pages, { count: 1 }, 'en')).toBe('1 page');
    expect(fill(pages, { count: 3 }, 'es')).toBe('3 pages');
  });

  it('stop when a value is missing, naming the placeholder', () => {
    expect(() => fill('Call {number}')).toThrow('The sentence "Call {number}" needs a value for {number}.');
  });

  it('are cut at their placeholders for <Sentence>', () => {
    expect(sentenceParts('Reviewed by {name} on {date}.')).toEqual([
      { text: 'Reviewed by ' },
      { slot: 'name' },
      { text: ' on ' },
      { slot: 'date' },
      { text: '.' },
    ]);
  });
});
