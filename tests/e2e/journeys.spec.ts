import { expect, test, type Page } from '@playwright/test';
import { uiText } from '../../src/i18n';
import { site } from '../../src/settings';
import { callLinkName, crisisCall } from '../support/site';

/** The journeys that matter most, followed the way a visitor would: by clicking links, with JavaScript on and off. */

const t = uiText('en');

/** The main menu: on a phone it is behind the Menu button (a <details>, which opens without JavaScript). */
async function mainMenu(page: Page) {
  const button = page.getByRole('banner').getByText(t.header.menu, { exact: true });
  if (await button.isVisible()) await button.click();
  return page.getByRole('navigation', { name: t.landmarks.main });
}

test('a visitor learns: from the home page to an education article with its honest review label and sources', async ({
  page,
}) => {
  await page.goto('/');
  await (await mainMenu(page)).getByRole('link', { name: 'Benzodiazepines' }).click();
  await expect(page).toHaveURL(/\/benzodiazepine-addiction\/$/);
  await page.getByRole('main').getByRole('link', { name: 'What are benzodiazepines and how do they work?' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What are benzodiazepines and how do they work?');
  // No physician has signed off any page yet (content/medical-reviews.yaml is empty): the page says so.
  await expect(page.getByText(t.review.unreviewed, { exact: true })).toBeVisible();
  await expect(page.getByText(/Medically reviewed by/)).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Sources' })).toBeAttached();
  // The count of sources leads to them.
  await page.getByRole('link', { name: /^\d+ sources$/ }).click();
  await expect(page.getByRole('heading', { name: 'Sources' })).toBeInViewport();
});

test('a visitor compares treatment: from the home page to a treatment page', async ({ page }) => {
  await page.goto('/');
  await (await mainMenu(page)).getByRole('link', { name: 'Treatment' }).click();
  await expect(page).toHaveURL(/\/treatment\/$/);
  await page
    .getByRole('main')
    .getByRole('link', { name: /Partial hospitalization/ })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Partial hospitalization/);
  await expect(page.getByText(t.review.unreviewed, { exact: true })).toBeVisible();
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
  await page.getByRole('link', { name: t.review.policyLink }).first().click();
  await expect(page).toHaveURL(/\/medical-review-policy\/$/);
});

test('a visitor starts from their situation: the three cards on the home page', async ({ page }) => {
  const cards = [
    [t.home.tasks.emergency.title, /\/get-help-now\/$/],
    [t.home.tasks.prescribed.title, /\/benzodiazepine-addiction\/taking-benzos-as-prescribed\/$/],
    [t.home.tasks.someone.title, /\/benzodiazepine-addiction\/helping-someone-you-love\/$/],
  ] as const;
  for (const [title, address] of cards) {
    await page.goto('/');
    await page.getByRole('list', { name: t.home.tasks.label }).getByRole('link', { name: title }).click();
    await expect(page).toHaveURL(address);
  }
});

test('a visitor in crisis reaches the help lines from any page, and they call and text', async ({ page }) => {
  await page.goto('/treatment/');
  await page.getByRole('banner').getByRole('link', { name: t.header.crisisLines }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Get help now');
  const main = page.getByRole('main');
  // The first three controls: the button says which line, then when to use it.
  for (const [line, action] of [
    ['emergency', 'call'],
    ['lifeline', 'call'],
    ['lifeline', 'text'],
  ] as const) {
    const { name, href } = crisisCall('en', line, action);
    const control = main.getByRole('link', { name: new RegExp(`^${name} \\S`) });
    await expect(control).toHaveAttribute('href', href);
    await expect(control).toBeInViewport();
  }
  for (const line of site.crisisLines) {
    await expect(main.getByRole('link', { name: crisisCall('en', line.id).name, exact: true }).first()).toBeAttached();
  }
  await expect(main.getByText(/naloxone/i).first()).toBeVisible();
});

test('a visitor who mistypes an address is offered 911, 988, the call and the main sections', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('We could not find that page');
  const main = page.getByRole('main');
  for (const line of ['emergency', 'lifeline'] as const) {
    await expect(main.getByRole('link', { name: crisisCall('en', line).name, exact: true })).toHaveAttribute(
      'href',
      crisisCall('en', line).href,
    );
  }
  await expect(main.getByRole('link', { name: callLinkName })).toBeVisible();
  await expect(main.getByRole('link', { name: 'Treatment' })).toBeVisible();
});
