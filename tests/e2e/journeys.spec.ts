import { expect, test } from '@playwright/test';
import { callLinkName } from '../support/site';

/** The three journeys that matter most, followed the way a visitor would: by clicking links. */

test('a visitor learns: from the home page to an education article with its review and sources', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Benzodiazepines' }).click();
  await expect(page).toHaveURL(/\/benzodiazepine-addiction\/$/);
  await page.getByRole('main').getByRole('link', { name: 'What are benzodiazepines and how do they work?' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What are benzodiazepines and how do they work?');
  await expect(page.getByText(/Medically reviewed by Dr\. Beth Dunlap, Medical Director, on \w+ \d{1,2}, \d{4}\./)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();
});

test('a visitor compares treatment: from the home page to a treatment page', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Treatment' }).click();
  await expect(page).toHaveURL(/\/treatment\/$/);
  await page.getByRole('main').getByRole('link', { name: /Partial hospitalization/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Partial hospitalization/);
  await expect(page.getByText(/Medically reviewed by Dr\. Beth Dunlap/)).toBeVisible();
});

test('a visitor checks who reviews the pages: from an article to the physician bio', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('main').getByRole('link', { name: 'What are benzodiazepines and how do they work?' }).click();
  await page.getByRole('link', { name: 'Dr. Beth Dunlap' }).click();
  await expect(page).toHaveURL(/\/our-team\/beth-dunlap\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dr. Beth Dunlap');
  await expect(page.getByRole('heading', { name: 'Board certifications' })).toBeVisible();
  await expect(page.getByText('Addiction medicine', { exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: /Pages Dr\. Beth Dunlap has medically reviewed/ })).toBeVisible();
});

test('a visitor in crisis reaches the help lines from the home page', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Get help now' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Get help now');
  await expect(page.getByRole('link', { name: '911' }).first()).toHaveAttribute('href', 'tel:911');
  await expect(page.getByRole('link', { name: '988' }).first()).toHaveAttribute('href', 'tel:988');
  await expect(page.getByRole('link', { name: '1-800-662-HELP (4357)' }).first()).toHaveAttribute('href', 'tel:+18006624357');
});

test('a visitor who mistypes an address is offered the call and the main sections', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('We could not find that page');
  await expect(page.getByRole('main').getByRole('link', { name: callLinkName })).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: 'Treatment' })).toBeVisible();
});
