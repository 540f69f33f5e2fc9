import { checkDictionary } from '../../src/i18n';
import { es } from '../../src/i18n/es';
import { describe, expect, it } from 'vitest';
import { parseSettings, settingsSchema } from '../../src/schemas/settings';
import { site } from '../../src/settings';
import { problemsOf } from '../support/issues';

const { admissions: _derived, ...storedSettings } = site;

describe('site settings', () => {
  it('accept the settings the site is built with', () => {
    expect(problemsOf(settingsSchema, storedSettings)).toEqual([]);
  });

  it('stop the build when the admissions number is not a valid US number', () => {
    expect(() => parseSettings({ ...storedSettings, admissionsPhone: '855.786.1978' })).toThrow(
      'src/settings.ts: the site settings are invalid.\n' +
        '  - admissionsPhone: admissionsPhone must be a US number in E.164 form: +1 then ten digits, no spaces, e.g. +18557861978.',
    );
  });

  it('reject a help line whose number cannot be dialled', () => {
    const crisisLines = [{ ...storedSettings.crisisLines[0]!, dial: '91' }];
    expect(problemsOf(settingsSchema, { ...storedSettings, crisisLines })).toEqual([
      'crisisLines.0.dial: crisisLines[].dial must be a short code such as 988 or an E.164 number such as +18006624357.',
    ]);
  });

  it('reject help lines without exactly one emergency line, which the safety boxes point to', () => {
    const crisisLines = storedSettings.crisisLines.filter((line) => line.id !== 'emergency');
    expect(problemsOf(settingsSchema, { ...storedSettings, crisisLines })).toEqual([
      'crisisLines: crisisLines needs exactly one line of each id: emergency, lifeline, samhsa.',
    ]);
  });

  it('reject a site address that is not https', () => {
    expect(problemsOf(settingsSchema, { ...storedSettings, siteUrl: 'http://example.org' })).toEqual([
      'siteUrl: siteUrl must be an https address, e.g. https://www.example.org.',
    ]);
  });

  it('list the emergency number, the 988 Lifeline and the SAMHSA Helpline', () => {
    expect(site.crisisLines.map((line) => line.display)).toEqual(['911', '988', '1-800-662-HELP (4357)']);
  });
});

describe('the interface dictionaries', () => {
  it('accept the Spanish dictionary, whose keys match the English one', () => {
    expect(() => checkDictionary('es', es)).not.toThrow();
  });

  it('name a missing key and an extra key', () => {
    const { skipLink: _missing, ...withoutSkipLink } = es;
    expect(() => checkDictionary('es', { ...withoutSkipLink, skipLinks: 'Saltar' })).toThrow(
      /src\/i18n\/es\.ts does not match the keys of src\/i18n\/en\.ts:\n {2}- skipLink: missing key\n {2}- \(root\): extra key skipLinks: en\.ts has no such key/,
    );
  });

  it('name a list of the wrong length, such as overdose steps left out', () => {
    expect(() =>
      checkDictionary('es', { ...es, overdose: { ...es.overdose, steps: es.overdose.steps.slice(1) } }),
    ).toThrow('overdose.steps: needs exactly 4 items, as in en.ts');
  });
});
