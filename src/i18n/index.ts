import { z } from 'astro/zod';
import { en, type Dictionary } from './en.ts';
import { es } from './es.ts';
import { asLocale, type Locale } from './locales.ts';

/**
 * A strict schema with the shape of the English dictionary: every key is required in every language
 * and no other key is allowed, so a missing or extra string stops the build, named by its path.
 */
function shapeOf(reference: unknown): z.ZodType {
  if (typeof reference === 'string') return z.string().min(1, { error: 'the text is empty' });
  if (typeof reference === 'function') return z.function();
  if (Array.isArray(reference))
    return z
      .array(shapeOf(reference[0]))
      .length(reference.length, { error: `needs exactly ${reference.length} items, as in en.ts` });
  return z.strictObject(
    Object.fromEntries(
      Object.entries(reference as Record<string, unknown>).map(([key, value]) => [key, shapeOf(value)]),
    ),
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys' ? `extra key ${issue.keys.join(', ')}: en.ts has no such key` : undefined,
    },
  );
}

export function checkDictionary(locale: string, dictionary: unknown): void {
  const result = shapeOf(en).safeParse(dictionary);
  if (!result.success) {
    const problems = result.error.issues.map(
      (issue) =>
        `  - ${issue.path.join('.') || '(root)'}: ${issue.code === 'invalid_type' && issue.input === undefined ? 'missing key' : issue.message}`,
    );
    throw new Error(`src/i18n/${locale}.ts does not match the keys of src/i18n/en.ts:\n${problems.join('\n')}`);
  }
}

checkDictionary('es', es);

const dictionaries: Record<Locale, Dictionary> = { en, es };

/** The interface text of a language; pass Astro.currentLocale. */
export const uiText = (locale?: Locale | string): Dictionary => dictionaries[asLocale(locale)];

export type { Locale };
