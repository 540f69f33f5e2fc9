import { expect, test } from '@playwright/test';
import { callLinkHref, shortCallNameIn } from '../support/site';

const callBar = 'a[data-call="bar"]';

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true });

  test('the call bar stays on screen while reading a long page', async ({ page }) => {
    await page.goto('/benzodiazepine-addiction/what-are-benzodiazepines/');
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
    const bar = page.locator(callBar);
    await expect(bar).toBeInViewport({ ratio: 1 });
    await expect(bar).toHaveAccessibleName(shortCallNameIn('en'));
    await expect(bar).toHaveAttribute('href', callLinkHref);
  });

  test('the call bar never hides the end of the page', async ({ page }) => {
    await page.goto('/');
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const lastFooterLine = await page.getByRole('contentinfo').locator('p').last().boundingBox();
    const bar = await page.locator(callBar).boundingBox();
    expect(lastFooterLine, 'the footer is laid out').not.toBeNull();
    expect(bar, 'the call bar is laid out').not.toBeNull();
    expect(lastFooterLine!.y + lastFooterLine!.height).toBeLessThanOrEqual(bar!.y);
  });
});

test.describe('on a desktop', () => {
  test.use({ viewport: { width: 1280, height: 800 }, isMobile: false });

  test('the call bar gives way to the call link in the header', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator(callBar)).toBeHidden();
    await expect(page.getByRole('banner').getByRole('link', { name: shortCallNameIn('en') })).toBeInViewport();
  });
});
