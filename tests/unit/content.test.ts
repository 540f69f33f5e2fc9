import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { uiText } from '../../src/i18n';
import { en } from '../../src/i18n/en';
import { reviewIntervalMonths } from '../../src/review/due';
import { checkSections, sectionIds, sections } from '../../src/sections';
import { frontmatter } from '../../src/schemas/strict';
import { description, title } from '../../src/schemas/editorial';
import { site } from '../../src/settings';
import { allEntries } from '../support/content';
import { glob } from 'node:fs/promises';

const sourceOf = (entry: { filePath?: string }) => readFileSync(entry.filePath!, 'utf8');

describe('the section registry', () => {
  it('gives every section at least one entry', async () => {
    for (const id of sectionIds) {
      expect((await allEntries((section) => section === id)).length, id).toBeGreaterThan(0);
    }
  });

  it('accepts its own sections', () => {
    expect(() => checkSections(sections)).not.toThrow();
  });

  it('stops a new medical section that leaves out a medical rule, such as sources', () => {
    const careless = { ...sections, blog: { ...sections.education, schema: frontmatter({ title, description }) } };
    expect(() => checkSections(careless)).toThrow(
      'src/sections.ts: section "blog" is medical, so its schema needs the shared medical fields (src/schemas/medical.ts); it lacks: order, updated, reviewer, sources, withdrawalWarning.',
    );
  });
});

describe('phone numbers in content', () => {
  /** Ten-digit North American numbers in any common spelling, vanity spellings and tel: links. */
  const phoneLike =
    /(?:\+?1[\s.-]?)?\(?\b\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}\b|\b1-800-[A-Z0-9-]{4,}(?:\s\(\d{4}\))?|tel:/g;
  /** Letters on a phone keypad become their digits, so "1-800-662-HELP" reads as 18006624357. */
  const keypad = (text: string) =>
    text
      .toUpperCase()
      .replace(/[A-Z]/g, (letter) => String('22233344455566677778889999'.charCodeAt(letter.charCodeAt(0) - 65) - 48));
  const digitsOf = (text: string) =>
    keypad(text.replace(/\s\(\d{4}\)$/, ''))
      .replace(/\D/g, '')
      .replace(/^1(?=\d{10}$)/, '');
  /** The national help lines may be written out in content; nothing else, the admissions line included. */
  const helpLineDigits = new Set(
    site.crisisLines
      .flatMap((line) => [line.dial, line.tty ?? ''])
      .filter(Boolean)
      .map(digitsOf),
  );

  it('appear only as national help lines; the admissions number comes from the site settings', async () => {
    const typed: string[] = [];
    for await (const file of glob('content/**/*.{md,mdx,yaml}')) {
      for (const match of readFileSync(file, 'utf8').matchAll(phoneLike)) {
        if (!helpLineDigits.has(digitsOf(match[0]))) typed.push(`${file}: "${match[0]}"`);
      }
    }
    expect(typed).toEqual([]);
  });

  it('the check reads the admissions number in any spelling, and a vanity help line as its digits', () => {
    const sample = 'Call us at 855.786.1978 or (855) 786-1978, or 1-800-662-HELP (4357).';
    expect([...sample.matchAll(phoneLike)].map((match) => digitsOf(match[0]))).toEqual([
      '8557861978',
      '8557861978',
      '8006624357',
    ]);
    expect(helpLineDigits.has('8557861978')).toBe(false);
    expect(helpLineDigits.has('8006624357')).toBe(true);
  });
});

describe('promises the content makes', () => {
  const text = async (id: string) =>
    sourceOf((await allEntries()).find((entry) => `${entry.collection}/${entry.id}` === id)!);

  it('the overdose steps carry naloxone, the side position and 911, and stand where promised', async () => {
    expect(en.overdose.steps.join(' ')).toMatch(/naloxone/i);
    expect(en.overdose.steps.join(' ')).toMatch(/on their side/i);
    expect(en.overdose.naloxone).toMatch(/over the counter/);
    const promisedIn = ['mixing-with-opioids-and-alcohol', 'helping-someone-you-love', 'get-help-now'];
    const promised = (await allEntries((id) => id === 'education' || id === 'pages'))
      .filter((entry) => promisedIn.includes(entry.data.translationOf ?? entry.id))
      .map((entry) => `${entry.collection}/${entry.id}`);
    expect(promised, 'each promised page in English and Spanish').toHaveLength(promisedIn.length * 2);
    const drugs = (await allEntries((id) => id === 'drugs')).map((entry) => `drugs/${entry.id}`);
    for (const id of [...promised, ...drugs]) expect(await text(id), id).toContain('<OverdoseSteps />');
  });

  it('counterfeit pills are explained on the mixing page and every drug page, in both languages', async () => {
    const fake = { en: /counterfeit|fake/i, es: /falsificad|falsa/i };
    const drugs = (await allEntries((id) => id === 'drugs')).map((entry) => `drugs/${entry.id}`);
    const mixing = (await allEntries((id) => id === 'education'))
      .filter((entry) => (entry.data.translationOf ?? entry.id) === 'mixing-with-opioids-and-alcohol')
      .map((entry) => `education/${entry.id}`);
    expect(mixing).toHaveLength(2);
    for (const id of [...mixing, ...drugs]) {
      expect(await text(id), id).toMatch(fake[id.includes('/es/') ? 'es' : 'en']);
    }
    expect(await text('drugs/alprazolam-xanax')).toMatch(/fentanyl/);
    expect(await text('drugs/es/alprazolam-xanax')).toMatch(/fentanilo/);
  });

  it('the withdrawal page opens with the emergency box, in both languages', async () => {
    for (const id of ['education/withdrawal-and-tapering', 'education/es/abstinencia-y-disminucion-gradual']) {
      const withdrawal = await text(id);
      expect(withdrawal, id).toContain('<EmergencyCheck />');
      expect(withdrawal.indexOf('<EmergencyCheck />'), id).toBeLessThan(withdrawal.indexOf('\n## '));
    }
  });

  it('no page says that every benzodiazepine is Schedule IV', async () => {
    const allAreScheduleIV = /\b(all|every|todas)\b[^.]{0,60}\b(Schedule|Lista) IV\b/i;
    const claims = (await allEntries()).filter((entry) => allAreScheduleIV.test(sourceOf(entry)));
    expect(claims.map((entry) => entry.filePath)).toEqual([]);
  });

  it('no page claims a service the facts do not confirm', async () => {
    const unconfirmed =
      /\b(our|we offer|we provide)\b[^.]{0,40}\b(intensive outpatient|residential|inpatient|detox|family sessions?)\b/i;
    const claims = (await allEntries()).flatMap((entry) =>
      [...sourceOf(entry).matchAll(new RegExp(unconfirmed, 'gi'))].map((match) => `${entry.filePath}: "${match[0]}"`),
    );
    expect(claims).toEqual([]);
  });
});

describe('the review policy', () => {
  it('quotes each review label as the pages show it, and the review interval from the code, in both languages', async () => {
    for (const [id, locale] of [
      ['medical-review-policy', 'en'],
      ['es/revision-medica', 'es'],
    ] as const) {
      const policy = sourceOf((await allEntries((section) => section === 'pages')).find((entry) => entry.id === id)!);
      const t = uiText(locale).review;
      expect(policy, id).toContain(t.notReviewed);
      expect(policy, id).toContain(t.afterReview);
      expect(policy, id).toContain(`${reviewIntervalMonths} ${locale === 'en' ? 'months' : 'meses'}`);
    }
  });
});
