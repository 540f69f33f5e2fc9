import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import { describe, expect, it } from 'vitest';
import { defaultLocale } from '../../src/i18n/locales';
import { allEntries } from '../support/content';
import { plainText } from '../support/plain-text';
import { inflesz, spanishSyllables } from '../support/readability-es';

/** NIH advises patient material at or below an 8th-grade level. */
const maxGrade = 8;
/** INFLESZ below 55 is "algo difícil" or harder; 55 to 65 "bastante fácil"; we aim for 65 and up. */
const minInflesz = 55;

function grade(text: string): number {
  const words = text.match(/[A-Za-z0-9'’-]+/g) ?? [];
  const sentences = text.split(/[.!?]+(?:\s|$)/).filter((sentence) => /[A-Za-z]/.test(sentence));
  const syllables = words.reduce((total, word) => total + syllable(word), 0);
  return fleschKincaid({ sentence: sentences.length, word: words.length, syllable: syllables });
}

describe('plain text for reading-level checks', () => {
  it('keeps the words and drops the markup', () => {
    expect(plainText('## Why it matters\n\nRead [the guide](/treatment/) **now**.\n\n- one\n- two')).toBe(
      'Why it matters. Read the guide now. one. two.',
    );
  });
});

describe('reading level', () => {
  // Every section of the registry, medical or not, so a new section is measured without a change here.
  it('is grade 8 or below on every page in the default language (English)', () => {
    const pages = allEntries().filter((entry) => entry.locale === defaultLocale);
    expect(pages.length).toBeGreaterThan(0);
    const grades = pages.map((page) => ({
      page: page.file,
      words: plainText(page.body).split(' ').length,
      grade: Number(grade(plainText(page.body)).toFixed(1)),
    }));
    console.table(grades);
    expect(grades.filter((row) => row.grade > maxGrade)).toEqual([]);
  });

  it('is INFLESZ 55 or more ("bastante fácil") on every Spanish page', () => {
    const pages = allEntries().filter((entry) => entry.locale === 'es');
    expect(pages.length).toBeGreaterThan(0);
    const scores = pages.map((page) => ({
      page: page.file,
      words: plainText(page.body).split(' ').length,
      inflesz: Number(inflesz(plainText(page.body)).toFixed(1)),
    }));
    console.table(scores);
    expect(scores.filter((row) => row.inflesz < minInflesz)).toEqual([]);
  });

  it('would flag hard text in either language, so the checks can fail', () => {
    const dense =
      'Benzodiazepine pharmacodynamics involve positive allosteric modulation of gamma-aminobutyric acid type A receptors, ' +
      'potentiating inhibitory neurotransmission throughout the central nervous system.';
    expect(grade(dense)).toBeGreaterThan(maxGrade);
    const denso =
      'La farmacodinámica de las benzodiazepinas comprende la modulación alostérica positiva de los receptores ' +
      'gabaérgicos, potenciando la neurotransmisión inhibitoria del sistema nervioso central.';
    expect(inflesz(denso)).toBeLessThan(minInflesz);
    expect(inflesz('Usted no está solo. Llame hoy. La llamada es gratis.')).toBeGreaterThan(65);
  });

  it('counts Spanish syllables, diphthongs and hiatus included', () => {
    expect(['casa', 'benzodiazepinas', 'día', 'hoy', 'poeta', 'ciudad', 'que'].map(spanishSyllables)).toEqual([
      2, 6, 2, 1, 3, 2, 1,
    ]);
  });
});
