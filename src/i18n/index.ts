import { z } from 'astro/zod';
import { problemList } from '../lib/problems.ts';
import type { Dictionary } from './en.ts';
import { defaultLocale, localeEntries, locales, type Locale } from './locales.ts';

/**
 * A strict schema with the shape of the default dictionary: every key is required in every language
 * and no other key is allowed, so a missing or extra string stops the build, named by its path. A
 * sentence must keep the placeholders of the default one, so no link or date goes missing.
 */
const missing = (what: string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? 'missing key' : `must be ${what}`;

function shapeOf(reference: unknown): z.ZodType {
  if (typeof reference === 'string') {
    const placeholders = placeholdersOf(reference);
    return z
      .string({ error: missing('text') })
      .min(1, { error: 'the text is empty' })
      .refine((text) => placeholdersOf(text).join() === placeholders.join(), {
        error: `needs exactly the placeholders ${placeholders.map((name) => `{${name}}`).join(', ') || '(none)'}, as in the default dictionary`,
      });
  }
  if (Array.isArray(reference))
    return z.tuple(reference.map(shapeOf) as [z.ZodType], {
      error: (issue) =>
        issue.input === undefined
          ? 'missing key'
          : `needs exactly ${reference.length} items, as in the default dictionary`,
    });
  return z.strictObject(
    Object.fromEntries(Object.entries(reference as object).map(([key, value]) => [key, shapeOf(value)])),
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? `extra key ${issue.keys.join(', ')}: the default dictionary has no such key`
          : issue.code === 'invalid_type' && issue.input === undefined
            ? 'missing key'
            : undefined,
    },
  );
}

const placeholdersOf = (text: string) =>
  [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!))].sort();

/** The problems of one language's dictionary against the default one; none when it matches. */
export function dictionaryProblems(
  dictionary: unknown,
  reference: Dictionary = localeEntries[defaultLocale].dictionary,
): string[] {
  const result = shapeOf(reference).safeParse(dictionary);
  return result.success ? [] : problemList(result.error);
}

for (const locale of locales.filter((other) => other !== defaultLocale)) {
  const problems = dictionaryProblems(localeEntries[locale].dictionary);
  if (problems.length > 0) {
    throw new Error(
      `src/i18n/${locale}.ts does not match the default dictionary (src/i18n/${defaultLocale}.ts):\n${problems.map((problem) => `  - ${problem}`).join('\n')}`,
    );
  }
}

/** The interface text of a language. */
export const uiText = (locale: Locale): Dictionary => localeEntries[locale].dictionary;

type Values = Record<string, string | number>;

/**
 * A sentence with its placeholders filled in: fill('Call {number}', { number: 988 }) → "Call 988".
 * A sentence with `one` and `other` forms is picked by `count`, by the language's plural rules.
 */
export function fill(sentence: string | { one: string; other: string }, values: Values = {}, locale?: Locale): string {
  const text =
    typeof sentence === 'string'
      ? sentence
      : new Intl.PluralRules(locale ? localeEntries[locale].htmlLang : undefined).select(Number(values.count)) === 'one'
        ? sentence.one
        : sentence.other;
  return text.replace(/\{(\w+)\}/g, (_placeholder, name: string) => {
    if (!(name in values)) throw new Error(`The sentence "${text}" needs a value for {${name}}.`);
    return String(values[name]);
  });
}

/** A sentence cut at its placeholders, for <Sentence>: text parts and the names of the slots between them. */
export function sentenceParts(sentence: string): ({ text: string } | { slot: string })[] {
  return sentence
    .split(/(\{\w+\})/)
    .filter(Boolean)
    .map((part) => (/^\{\w+\}$/.test(part) ? { slot: part.slice(1, -1) } : { text: part }));
}

export type { Locale };
