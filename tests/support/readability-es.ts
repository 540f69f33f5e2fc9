/**
 * Spanish readability: the Szigriszt-Pazos perspicuity index as INFLESZ reads it
 * (206.835 − 62.3 × syllables per word − words per sentence). 55 and up is "bastante fácil"
 * or easier; 65 and up "bastante fácil" to "fácil"; below 55 is "normal" or harder.
 */
const strongVowel = /[aeoáéíóú]/;

/** Syllables of a Spanish word: one per vowel group, plus one for each hiatus of two strong vowels. */
export function spanishSyllables(word: string): number {
  const letters = word.toLowerCase().replace(/[^a-záéíóúüñy]/g, '');
  // A final y ("hoy", "muy") closes a diphthong; elsewhere y is a consonant.
  const groups = letters.replace(/y$/, 'i').match(/[aeiouáéíóúü]+/g) ?? [];
  const syllables = groups.reduce((total, group) => {
    let count = 1;
    for (let index = 1; index < group.length; index++) {
      if (strongVowel.test(group[index]!) && strongVowel.test(group[index - 1]!)) count++;
    }
    return total + count;
  }, 0);
  return Math.max(1, syllables);
}

export function inflesz(text: string): number {
  const words = text.match(/[A-Za-zÁÉÍÓÚÜÑáéíóúüñ0-9]+/g) ?? [];
  const sentences = text.split(/[.!?:;]+(?:\s|$)/).filter((sentence) => /[A-Za-zÁÉÍÓÚáéíóúñ]/.test(sentence));
  const syllables = words.reduce((total, word) => total + spanishSyllables(word), 0);
  return 206.835 - (62.3 * syllables) / words.length - words.length / sentences.length;
}
