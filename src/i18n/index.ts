import { en, type Dictionary } from './en.ts';

export type Locale = 'en';

const dictionaries: Record<Locale, Dictionary> = { en };

/** The interface text of a language. */
export const uiText = (locale: Locale = 'en'): Dictionary => dictionaries[locale];
