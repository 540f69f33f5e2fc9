/** The site's languages. English is the default and lives at the root; Spanish lives under /es/. */
export const locales = ['en', 'es'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'en';

export const localeInfo = {
  en: { htmlLang: 'en', ogLocale: 'en_US', dateLocale: 'en-US', folder: '' },
  es: { htmlLang: 'es', ogLocale: 'es_US', dateLocale: 'es-US', folder: 'es/' },
} as const satisfies Record<Locale, { htmlLang: string; ogLocale: string; dateLocale: string; folder: string }>;

/** Spanish entries sit in an es/ folder of their section, so their ids start with "es/". */
export const localeOfId = (id: string): Locale => (id.startsWith(localeInfo.es.folder) ? 'es' : 'en');

/** The entry's file name without its language folder: "es/inicio" → "inicio". */
export const slugOfId = (id: string) => id.slice(localeInfo[localeOfId(id)].folder.length);

/** Astro.currentLocale as one of ours (undefined outside i18n routing means the default). */
export const asLocale = (value: string | undefined): Locale => (value === 'es' ? 'es' : 'en');
