import { getCollection } from 'astro:content';
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import { describe, expect, it } from 'vitest';
import { plainText } from '../support/plain-text';

/** NIH advises patient material at about an 8th-grade level; above 9 fails. */
const maxGrade = 9;

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
  it('is grade 9 or below on every education and treatment page', async () => {
    const pages = [...(await getCollection('education')), ...(await getCollection('treatments'))];
    expect(pages.length).toBeGreaterThan(0);
    const grades = pages.map((page) => ({
      page: page.filePath,
      words: plainText(page.body ?? '').split(' ').length,
      grade: Number(grade(plainText(page.body ?? '')).toFixed(1)),
    }));
    console.table(grades);
    expect(grades.filter((row) => row.grade > maxGrade)).toEqual([]);
  });

  it('would flag hard text, so the check can fail', () => {
    const dense =
      'Benzodiazepine pharmacodynamics involve positive allosteric modulation of gamma-aminobutyric acid type A receptors, ' +
      'potentiating inhibitory neurotransmission throughout the central nervous system.';
    expect(grade(dense)).toBeGreaterThan(maxGrade);
  });
});
