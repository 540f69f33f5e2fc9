import { localeEntries, type Locale } from '../i18n/locales.ts';

const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * 2026-11-02 → "November 2, 2026" or "2 de noviembre de 2026"; `medium`, for tight places such as the
 * review notice: "Nov 2, 2026" or "2 nov 2026". Content dates are calendar days, so UTC.
 */
export function formatDate(date: Date, locale: Locale, style: 'long' | 'medium' = 'long'): string {
  const key = `${locale} ${style}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(localeEntries[locale].dateLocale, { dateStyle: style, timeZone: 'UTC' });
    formats.set(key, format);
  }
  return format.format(date);
}

/** 2026-11-02 → "2026-11-02", for <time datetime>. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
