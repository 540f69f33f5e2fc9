import { expect, test } from '@playwright/test';
import { localeEntries, localeOfPath, locales } from '../../src/i18n/locales';
import { callLinkNameIn, shortCallNameIn } from '../support/site';
import { sitemapEntries } from '../support/sitemap';

const entries = sitemapEntries();

test('the language switch leads to the same page in the other language, labelled in that language', async ({
  page,
}) => {
  await page.goto('/benzodiazepine-addiction/withdrawal-and-tapering/');
  await page.getByRole('banner').getByRole('link', { name: 'Español', exact: true }).click();
  await expect(page).toHaveURL(/\/es\/adiccion-a-benzodiazepinas\/abstinencia-y-disminucion-gradual\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('banner').getByRole('link', { name: shortCallNameIn('es') })).toBeVisible();
  await page.getByRole('banner').getByRole('link', { name: 'English', exact: true }).click();
  await expect(page).toHaveURL(/\/benzodiazepine-addiction\/withdrawal-and-tapering\/$/);
});

test('every page switches to its own counterpart in every other language, never just to the other home page', async ({
  page,
}) => {
  for (const { path, alternates } of entries) {
    await page.goto(path);
    for (const other of locales.filter((locale) => locale !== localeOfPath(path))) {
      const lang = localeEntries[other].htmlLang;
      const href = await page.getByRole('banner').locator(`a[hreflang="${lang}"]`).getAttribute('href');
      expect(href, path).toBe(new URL(alternates[lang]!).pathname);
    }
  }
});

test('the Spanish call buttons are named in Spanish', async ({ page }) => {
  await page.goto('/es/');
  expect(shortCallNameIn('es')).toBe('Admisiones (855) 786-1978');
  expect(callLinkNameIn('es')).toBe('Llamar a admisiones al (855) 786-1978');
  await expect(page.getByRole('banner').getByRole('link', { name: shortCallNameIn('es') })).toBeVisible();
  await expect(
    page
      .getByRole('main')
      .getByRole('link', { name: callLinkNameIn('es') })
      .first(),
  ).toBeVisible();
});
