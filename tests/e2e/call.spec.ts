import { expect, test } from '@playwright/test';
import { uiText } from '../../src/i18n';
import { localeOfPath } from '../../src/i18n/locales';
import { callLinkHref as callHref, callLinkNameIn } from '../support/site';
import { sitemapPaths } from '../support/sitemap';

for (const path of sitemapPaths()) {
  test(`${path} has a call link in its header, and every admissions link says what it does`, async ({ page }) => {
    const locale = localeOfPath(path);
    const callName = callLinkNameIn(locale);
    await page.goto(path);
    const headerCall = page.getByRole('banner').getByRole('link', { name: callName });
    await expect(headerCall).toBeVisible();
    await expect(headerCall).toHaveAttribute('href', callHref);

    // Every control that dials admissions says so: the visible ones to assistive technology,
    // the ones hidden at this width (the phone call bar on a desktop) in their text.
    const admissionsLinks = page.locator(`a[href="${callHref}"]`);
    for (const link of await admissionsLinks.all()) {
      await expect(link).toHaveText(callName);
    }
    for (const link of await admissionsLinks.filter({ visible: true }).all()) {
      await expect(link).toHaveAccessibleName(callName);
    }
    await expect(page.getByRole('link', { name: uiText(locale).pageLinks['get-help-now'] }).first()).toBeVisible();
  });
}
