import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultLocale, localeEntries, localeOfPath, locales } from '../../src/i18n/locales';
import { builtFile } from '../support/checks/dist';
import { first, parseHtml, textOf } from '../support/checks/html-tree';
import { sitemapEntries } from '../support/sitemap';

const entries = sitemapEntries();

/** Every sentence of the default dictionary that differs in another language's, placeholders cut out. */
function defaultOnly(reference: unknown, other: unknown): string[] {
  if (typeof reference === 'string') {
    return reference === other
      ? []
      : reference
          .split(/\{\w+\}/)
          .map((part) => part.trim())
          .filter((part) => part.split(' ').length >= 2);
  }
  return Object.entries(reference as object).flatMap(([key, value]) =>
    defaultOnly(value, (other as Record<string, unknown>)[key]),
  );
}
/** Whole words only: "or text" must not match inside "por texto". */
const contains = (text: string, phrase: string) =>
  new RegExp(`(?<![\\p{L}])${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').test(text);
/** The words of a page but its list of sources, whose titles stay as their publishers wrote them. */
function visibleText(html: string): string {
  const body = first(parseHtml(html), 'body')!;
  const sources = first(body, '.sources');
  if (sources) sources.children = [];
  return textOf(body);
}

describe('the languages of the site', () => {
  it('have every page in every language', () => {
    const missing = entries
      .filter((entry) => Object.keys(entry.alternates).length !== locales.length + 1)
      .map((entry) => entry.path);
    expect(missing).toEqual([]);
  });

  it.each(locales.filter((locale) => locale !== defaultLocale))(
    'show no interface text of the default language on a %s page',
    (locale) => {
      const phrases = defaultOnly(localeEntries[defaultLocale].dictionary, localeEntries[locale].dictionary);
      expect(phrases.length).toBeGreaterThan(50);
      const paths = [
        ...entries.map((entry) => entry.path).filter((path) => localeOfPath(path) === locale),
        `/${locale}/404/`,
      ];
      const found = paths.flatMap((path) => {
        const text = visibleText(readFileSync(builtFile(path), 'utf8'));
        return phrases.filter((phrase) => contains(text, phrase)).map((phrase) => `${path}: "${phrase}"`);
      });
      expect(found).toEqual([]);
    },
  );

  it('would notice interface text of the default language on another language’s page', () => {
    const phrases = defaultOnly(localeEntries.en.dictionary, localeEntries.es.dictionary);
    const sentence = localeEntries.en.dictionary.review.changed.split('{')[0]!.trim();
    expect(phrases.filter((phrase) => contains(`<p>${sentence}</p>`, phrase)).length).toBeGreaterThan(0);
    expect(contains('envíe la palabra AYUDA por texto', 'or text')).toBe(false);
  });
});
