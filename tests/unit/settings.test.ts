import { describe, expect, it } from 'vitest';
import { dialDigits } from '../../src/lib/phone';
import { publishMode, settingsProblems, site } from '../../src/settings';

const { admissions: _derived, ...stored } = site;

describe('site settings', () => {
  it('accept the settings the site is built with', () => {
    expect(settingsProblems(stored)).toEqual([]);
  });

  it.each([
    [
      'an admissions number that is not a US number in E.164 form',
      { admissionsPhone: '855.786.1978' },
      'admissionsPhone: admissionsPhone must be a US number in E.164 form: +1 then ten digits, no spaces, e.g. +18557861978.',
    ],
    [
      'a site address that is not https',
      { siteUrl: 'http://example.org' },
      'siteUrl: siteUrl must be an https address, e.g. https://www.example.org.',
    ],
    ['a publish mode that does not exist', { publish: 'some' }, 'publish: publish must be all or reviewed.'],
    [
      'help lines without the emergency line, which the safety boxes point to',
      { crisisLines: stored.crisisLines.filter((line) => line.id !== 'emergency') },
      'crisisLines: crisisLines needs exactly one line of each id: emergency, lifeline, samhsa.',
    ],
    [
      'a help line number that cannot be dialled',
      { crisisLines: stored.crisisLines.map((line) => (line.id === 'emergency' ? { ...line, dial: '91' } : line)) },
      'crisisLines.0.dial: crisisLines[].dial must be a short code such as 988 or an E.164 number such as +18006624357.',
    ],
  ])('name the field and the fix for %s', (_case, change, problem) => {
    expect(settingsProblems({ ...stored, ...change })).toEqual([problem]);
  });

  it('stop when a dictionary writes a help line with other digits than the settings dial', () => {
    const crisisLines = stored.crisisLines.map((line) => (line.id === 'lifeline' ? { ...line, dial: '987' } : line));
    expect(settingsProblems({ ...stored, crisisLines })).toEqual([
      'src/i18n/en.ts, crisisLines.lines.lifeline.display: "988" does not dial 987; write the number in settings.',
      'src/i18n/es.ts, crisisLines.lines.lifeline.display: "988" does not dial 987; write the number in settings.',
    ]);
  });

  it('derive the admissions number people read and tap from the one stored number', () => {
    expect(site.admissions).toEqual({ display: '(855) 786-1978', href: 'tel:+18557861978' });
  });
});

describe('the digits a written number dials', () => {
  it('read letters as a phone keypad does and drop the country code', () => {
    expect(dialDigits('1-800-662-HELP (4357)')).toBe('8006624357');
    expect(dialDigits('+18006624357')).toBe('8006624357');
    expect(dialDigits('1-800-487-4889')).toBe('8004874889');
    expect(dialDigits('911')).toBe('911');
  });
});

describe('the publish mode of a build', () => {
  it('is the setting, unless SITE_PUBLISH says otherwise for one build', () => {
    expect(publishMode({})).toBe(stored.publish);
    expect(publishMode({ SITE_PUBLISH: 'reviewed' })).toBe('reviewed');
    expect(publishMode({ SITE_PUBLISH: 'all' })).toBe('all');
  });

  it('stops on a SITE_PUBLISH it does not know, naming it', () => {
    expect(() => publishMode({ SITE_PUBLISH: 'some' })).toThrow('SITE_PUBLISH is "some": use all or reviewed');
  });
});
