import { localeEntries, type Locale } from '../i18n/locales.ts';

const formats = new Map<Locale, Intl.DateTimeFormat>();

/** 2026-11-02 → "November 2, 2026" or "2 de noviembre de 2026". Content dates are calendar days, so UTC. */
export function formatDate(date: Date, locale: Locale): string {
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(localeEntries[locale].dateLocale, { dateStyle: 'long', timeZone: 'UTC' });
    formats.set(locale, format);
  }
  return format.format(date);
}

/** 2026-11-02 → "2026-11-02", for <time datetime>. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
