import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { en } from '../../src/i18n/en';
import { es } from '../../src/i18n/es';
import { translatedPath } from '../../src/i18n/translations';
import { localeOfPath } from '../../src/sections';
import { builtFile } from '../support/checks/dist';
import { callLinkNameIn } from '../support/site';
import { sitemapPaths } from '../support/sitemap';

const paths = sitemapPaths();
const spanishPaths = paths.filter((path) => localeOfPath(path) === 'es');

/** Every English interface string that differs from its Spanish counterpart, functions called with a sample. */
function englishOnly(english: unknown, spanish: unknown): string[] {
  if (typeof english === 'function')
    return englishOnly(english('Sample', 2), (spanish as (...args: unknown[]) => string)('Sample', 2));
  if (typeof english === 'string') return english !== spanish && english.split(' ').length >= 2 ? [english] : [];
  return Object.entries(english as object).flatMap(([key, value]) =>
    englishOnly(value, (spanish as Record<string, unknown>)[key]),
  );
}
const englishInterface = englishOnly(en, es)
  .map((text) => text.replace(/Sample|2/g, '').trim())
  .filter((text) => text.split(' ').length >= 2);
/** Whole words only: "or text" must not match inside "por texto". */
const contains = (text: string, phrase: string) =>
  new RegExp(`(?<![\\p{L}])${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').test(text);

const visibleText = (html: string) =>
  html
    .replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>|<head[\s\S]*?<\/head>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

test('the site has Spanish pages, and every English page has one', () => {
  expect(spanishPaths.length).toBeGreaterThan(20);
  const untranslated = paths.filter((path) => localeOfPath(path) === 'en' && !translatedPath(path, 'es'));
  expect(untranslated).toEqual([]);
});

test('no English interface text appears on a Spanish page', () => {
  expect(englishInterface.length).toBeGreaterThan(50);
  const found = [...spanishPaths, '/es/404/'].flatMap((path) => {
    const text = visibleText(readFileSync(builtFile(path), 'utf8'));
    return englishInterface.filter((phrase) => contains(text, phrase)).map((phrase) => `${path}: "${phrase}"`);
  });
  expect(found).toEqual([]);
});

test('the check would notice English interface text on a Spanish page', () => {
  const text = visibleText(`<p>${en.review.notReviewed}</p>`);
  expect(englishInterface.filter((phrase) => contains(text, phrase))).toEqual([en.review.notReviewed]);
  expect(contains('envíe la palabra AYUDA por texto', 'or text')).toBe(false);
});

test('the language switch leads to the same page in the other language, labelled in that language', async ({
  page,
}) => {
  await page.goto('/benzodiazepine-addiction/withdrawal-and-tapering/');
  await page.getByRole('banner').getByRole('link', { name: 'Español', exact: true }).click();
  await expect(page).toHaveURL(/\/es\/adiccion-a-benzodiazepinas\/abstinencia-y-disminucion-gradual\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('banner').getByRole('link', { name: callLinkNameIn('es') })).toBeVisible();
  await page.getByRole('banner').getByRole('link', { name: 'English', exact: true }).click();
  await expect(page).toHaveURL(/\/benzodiazepine-addiction\/withdrawal-and-tapering\/$/);
});

test('every page switches to its own counterpart, never just to the other home page', async ({ page }) => {
  for (const path of paths) {
    await page.goto(path);
    const other = localeOfPath(path) === 'en' ? 'es' : 'en';
    const href = await page.getByRole('banner').locator(`a[hreflang="${other}"]`).getAttribute('href');
    expect(href, path).toBe(translatedPath(path, other));
  }
});

test('the Spanish call button is named in Spanish', async ({ page }) => {
  await page.goto('/es/');
  await expect(page.getByRole('link', { name: 'Llamar a admisiones al (855) 786-1978' }).first()).toBeVisible();
  expect(callLinkNameIn('es')).toBe('Llamar a admisiones al (855) 786-1978');
});
