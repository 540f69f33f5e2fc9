import { en, type Dictionary } from './en.ts';
import { es } from './es.ts';

/**
 * The site's languages, one entry each. The first is the default language, served at the root of
 * the site; every other language lives under /<code>/, its content in content/<section>/<code>/.
 * A new language is one entry here, its dictionary (a copy of en.ts, translated) and its content
 * folders: addresses, menus, the language switch, hreflang and the sitemap follow from these.
 */
export const localeEntries = {
  en: { htmlLang: 'en', ogLocale: 'en_US', dateLocale: 'en-US', dictionary: en },
  es: { htmlLang: 'es', ogLocale: 'es_US', dateLocale: 'es-US', dictionary: es },
} satisfies Record<string, LocaleEntry>;

interface LocaleEntry {
  /** The `lang` attribute, e.g. "es". */
  htmlLang: string;
  /** Open Graph locale, e.g. "es_US". */
  ogLocale: string;
  /** How dates are written, e.g. "es-US": "2 de diciembre de 2026". */
  dateLocale: string;
  dictionary: Dictionary;
}

export type Locale = keyof typeof localeEntries;
export const locales = Object.keys(localeEntries) as Locale[];
export const defaultLocale = locales[0]!;

/** The address every page of a language starts with: "/" for the default language, "/es/" for Spanish. */
export const localeRoot = (locale: Locale) => (locale === defaultLocale ? '/' : `/${locale}/`);

/** The folder of a language's entries inside a section's folder: "" for the default language, "es/" for Spanish. */
export const localeFolder = (locale: Locale) => (locale === defaultLocale ? '' : `${locale}/`);

/** The language of an entry from its id: "es/inicio" is Spanish; an id with no language folder is the default. */
export const localeOfId = (id: string): Locale =>
  locales.find((locale) => locale !== defaultLocale && id.startsWith(localeFolder(locale))) ?? defaultLocale;

/** The entry's file name without its language folder: "es/inicio" → "inicio". */
export const slugOfId = (id: string) => id.slice(localeFolder(localeOfId(id)).length);

/** The language of a page from its address. */
export const localeOfPath = (path: string): Locale =>
  locales.find((locale) => locale !== defaultLocale && path.startsWith(localeRoot(locale))) ?? defaultLocale;
