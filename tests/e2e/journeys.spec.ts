import { expect, test } from '@playwright/test';
import { dialHref, site } from '../../src/settings';
import { callLinkName } from '../support/site';

/** The three journeys that matter most, followed the way a visitor would: by clicking links. */

test('a visitor learns: from the home page to an education article with its honest review label and sources', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Benzodiazepines' }).click();
  await expect(page).toHaveURL(/\/benzodiazepine-addiction\/$/);
  await page.getByRole('main').getByRole('link', { name: 'What are benzodiazepines and how do they work?' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What are benzodiazepines and how do they work?');
  // No physician has signed off any page yet (content/medical-reviews.yaml is empty): the page says so.
  await expect(page.getByText('This page has not been medically reviewed yet.')).toBeVisible();
  await expect(page.getByText(/Medically reviewed by/)).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();
});

test('a visitor compares treatment: from the home page to a treatment page', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Treatment' }).click();
  await expect(page).toHaveURL(/\/treatment\/$/);
  await page
    .getByRole('main')
    .getByRole('link', { name: /Partial hospitalization/ })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Partial hospitalization/);
  await expect(page.getByText('This page has not been medically reviewed yet.')).toBeVisible();
});

test('a visitor checks who the doctor is and how review works: from the home page to the bio and the policy', async ({
  page,
}) => {
  await page.goto('/');
  await page
    .getByRole('main')
    .getByRole('link', { name: /Dr\. Beth Dunlap/ })
    .click();
  await expect(page).toHaveURL(/\/our-team\/beth-dunlap\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dr. Beth Dunlap');
  await expect(page.getByRole('heading', { name: 'Board certifications' })).toBeVisible();
  await expect(page.getByText('Addiction medicine', { exact: true })).toBeVisible();
  // She has signed off no page yet, so the bio lists none and has no such heading.
  await expect(page.getByRole('heading', { name: /has medically reviewed/ })).toHaveCount(0);
  await page.goto('/benzodiazepine-addiction/faq/');
  await page.getByRole('link', { name: 'How we review medical content' }).first().click();
  await expect(page).toHaveURL(/\/medical-review-policy\/$/);
});

test('a visitor in crisis reaches the help lines from the home page', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Get help now' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Get help now');
  const main = page.getByRole('main');
  for (const line of site.crisisLines) {
    await expect(
      main
        .getByRole('link', { name: line.display, exact: true })
        .and(main.locator(`[href="${dialHref(line.dial)}"]`))
        .first(),
    ).toBeVisible();
  }
  await expect(main.getByText(/naloxone/i).first()).toBeVisible();
});

test('a visitor who mistypes an address is offered the call and the main sections', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('We could not find that page');
  await expect(page.getByRole('main').getByRole('link', { name: callLinkName })).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: 'Treatment' })).toBeVisible();
});
