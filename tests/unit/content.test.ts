import { globSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { localeEntries, locales } from '../../src/i18n/locales';
import { dialDigits } from '../../src/lib/phone';
import { sectionIds, sections } from '../../src/sections';
import { site } from '../../src/settings';
import { allEntries, inEveryLanguage } from '../support/content';

describe('the section registry', () => {
  it('gives every section at least one entry in every language', () => {
    for (const section of sectionIds) {
      for (const locale of locales) {
        expect(
          allEntries().filter((entry) => entry.section === section && entry.locale === locale).length,
          `${section} ${locale}`,
        ).toBeGreaterThan(0);
      }
    }
  });
});

describe('phone numbers in content', () => {
  /** Ten-digit North American numbers in any common spelling, vanity spellings and tel: links. */
  const phoneLike =
    /(?:\+?1[\s.-]?)?\(?\b\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}\b|\b1-800-[A-Z0-9-]{4,}(?:\s\(\d{4}\))?|tel:/g;
  /** The national help lines may be written out in content; nothing else, the admissions line included. */
  const helpLines = new Set(
    site.crisisLines
      .flatMap((line) => [line.dial, line.tty ?? ''])
      .filter(Boolean)
      .map(dialDigits),
  );

  it('appear only as national help lines; the admissions number comes from the site settings', () => {
    const typed = globSync('content/**/*.{md,mdx,yaml}').flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(phoneLike)]
        .filter((match) => !helpLines.has(dialDigits(match[0])))
        .map((match) => `${file}: "${match[0]}"`),
    );
    expect(typed).toEqual([]);
  });

  it('the check reads the admissions number in any spelling, and a vanity help line as its digits', () => {
    const sample = 'Call us at 855.786.1978 or (855) 786-1978, or 1-800-662-HELP (4357).';
    const found = [...sample.matchAll(phoneLike)].map((match) => dialDigits(match[0]));
    expect(found).toEqual(['8557861978', '8557861978', '8006624357']);
    expect(found.map((digits) => helpLines.has(digits))).toEqual([false, false, true]);
  });
});

describe('the safety steps every reader needs', () => {
  it('the overdose box covers the opioid signs, naloxone aftercare and the Illinois law, in every language', () => {
    const en = localeEntries.en.dictionary.overdose;
    const signs = en.signs.join(' ');
    for (const sign of [/pinpoint/, /blue or gray/, /gurgling|snoring/, /limp/]) expect(signs).toMatch(sign);
    const naloxone = en.naloxone.join(' ');
    expect(naloxone).toMatch(/no harm if the person took no opioids/);
    expect(naloxone).toMatch(/2 to 3 minutes/);
    expect(naloxone).toMatch(/still need emergency care, even if they wake up/);
    expect(naloxone).toMatch(/does not reverse benzodiazepines or alcohol/);
    expect(en.steps.join(' ')).toMatch(/naloxone/i);
    expect(en.steps.join(' ')).toMatch(/on their side/i);
    expect(en.goodSamaritan).toMatch(/Illinois law protects people who call \{emergency\} for an overdose from arrest/);
    for (const locale of locales) {
      const words = localeEntries[locale].dictionary.overdose;
      expect(words.signs.length, locale).toBe(en.signs.length);
      expect(words.naloxone.length, locale).toBe(en.naloxone.length);
    }
  });

  it('the overdose box stands on the mixing, family and get-help pages and on every drug page, in every language', () => {
    const promised = [
      ...inEveryLanguage('education', 'mixing-with-opioids-and-alcohol'),
      ...inEveryLanguage('education', 'helping-someone-you-love'),
      ...inEveryLanguage('pages', 'get-help-now'),
      ...allEntries().filter((entry) => entry.section === 'drugs'),
    ];
    expect(promised.length).toBe((3 + 6) * locales.length);
    for (const entry of promised) expect(entry.body, entry.file).toContain('<OverdoseSteps />');
  });

  it('the box for readers who ran out or stopped is on the get-help pages and near the top of every drug page', () => {
    for (const entry of inEveryLanguage('pages', 'get-help-now'))
      expect(entry.body, entry.file).toContain('<RanOutOrStopped />');
    for (const entry of allEntries().filter((candidate) => candidate.section === 'drugs')) {
      expect(entry.body.indexOf('<RanOutOrStopped />'), entry.file).toBeGreaterThan(-1);
      expect(entry.body.indexOf('<RanOutOrStopped />'), `${entry.file}: before the first section`).toBeLessThan(
        entry.body.indexOf('\n## '),
      );
    }
  });

  it('the withdrawal page opens with the emergency box, in every language', () => {
    for (const entry of inEveryLanguage('education', 'withdrawal-and-tapering')) {
      expect(entry.body.indexOf('<EmergencyCheck />'), entry.file).toBeGreaterThan(-1);
      expect(entry.body.indexOf('<EmergencyCheck />'), entry.file).toBeLessThan(entry.body.indexOf('\n## '));
    }
  });

  it('counterfeit pills and fentanyl are explained on the mixing page and every drug page', () => {
    const fake = {
      en: /counterfeit|fake|from the street|outside a pharmacy/i,
      es: /falsificad|falsa|de la calle|fuera de una farmacia/i,
    };
    const pages = [
      ...inEveryLanguage('education', 'mixing-with-opioids-and-alcohol'),
      ...allEntries().filter((entry) => entry.section === 'drugs'),
    ];
    for (const entry of pages) expect(entry.body, entry.file).toMatch(fake[entry.locale]);
    for (const entry of inEveryLanguage('drugs', 'alprazolam-xanax'))
      expect(entry.body, entry.file).toMatch(/fentan[iy]l/i);
  });
});

describe('what the content must not say', () => {
  it('no page says that every benzodiazepine is Schedule IV', () => {
    const allAreScheduleIV = /\b(all|every|todas)\b[^.]{0,60}\b(Schedule|Lista) IV\b/i;
    expect(
      allEntries()
        .filter((entry) => allAreScheduleIV.test(entry.body))
        .map((entry) => entry.file),
    ).toEqual([]);
  });

  it('no page claims a service the facts do not confirm', () => {
    const unconfirmed =
      /\b(our|we offer|we provide|ofrecemos|nuestr[oa]s?)\b[^.]{0,40}\b(intensive outpatient|residential|inpatient|detox|family sessions?|internación|residencial|desintoxicación)\b/gi;
    const claims = allEntries().flatMap((entry) =>
      [...entry.body.matchAll(unconfirmed)].map((match) => `${entry.file}: "${match[0]}"`),
    );
    expect(claims).toEqual([]);
  });

  it('no page promises what happens to what a caller says', () => {
    const promise =
      /\b(we do not share what you tell us|what you tell us (?:on the phone )?is covered|no compartimos lo que)/i;
    expect(
      allEntries()
        .filter((entry) => promise.test(entry.body))
        .map((entry) => entry.file),
    ).toEqual([]);
  });

  it('no drug page repeats its acting class in the words that explain it', () => {
    const repeated = allEntries().flatMap((entry) => {
      if (entry.section !== 'drugs') return [];
      const label = localeEntries[entry.locale].dictionary.drug.actingClasses[entry.data.acting as 'short'];
      return String(entry.data.actingInWords).toLowerCase().startsWith(label.toLowerCase()) ? [entry.file] : [];
    });
    expect(repeated).toEqual([]);
  });

  it('every medical page in a language folder is that language, and every translation has its original', () => {
    const medical = allEntries().filter((entry) => sections[entry.section].medical);
    for (const entry of medical.filter((candidate) => candidate.data.translationOf)) {
      expect(inEveryLanguage(entry.section, entry.data.translationOf!).length, entry.file).toBe(locales.length);
    }
  });
});
