import { expect, test } from '@playwright/test';
import { uiText } from '../../src/i18n';
import { localeOfPath } from '../../src/i18n/locales';
import {
  admissionsNamesIn,
  callLinkHref,
  crisisCall,
  emergencyPaths,
  mainNavigationIn,
  shortCallNameIn,
} from '../support/site';
import { sitemapPaths } from '../support/sitemap';

const emergency = new Set(emergencyPaths());

for (const path of sitemapPaths()) {
  test(`${path} offers the right call in its header and bar, and every admissions link says what it does`, async ({
    page,
  }) => {
    const locale = localeOfPath(path);
    await page.goto(path);
    const banner = page.getByRole('banner');
    const nineOneOne = crisisCall(locale, 'emergency');
    await expect(banner.getByRole('link', { name: nineOneOne.name, exact: true })).toHaveAttribute(
      'href',
      nineOneOne.href,
    );
    if (emergency.has(path)) {
      // A page for emergencies: no admissions control before its crisis controls; 911 and 988 in the call bar.
      await expect(banner.locator(`a[href="${callLinkHref}"]`)).toHaveCount(0);
      // Hidden on a desktop, where the header and the page are in reach.
      const bar = page.getByRole('complementary', { name: uiText(locale).call.emergencyBarLabel, includeHidden: true });
      await expect(bar.locator(`a[href="${callLinkHref}"]`)).toHaveCount(0);
      for (const line of ['emergency', 'lifeline'] as const) {
        const { name, href } = crisisCall(locale, line);
        await expect(bar.getByRole('link', { name, exact: true, includeHidden: true })).toHaveAttribute('href', href);
      }
    } else {
      const headerCall = banner.getByRole('link', { name: shortCallNameIn(locale) });
      await expect(headerCall).toBeVisible();
      await expect(headerCall).toHaveAttribute('href', callLinkHref);
      // The get-help page, one tap away at every width: "Crisis lines" after "In danger? Call 911".
      const getHelp = mainNavigationIn(locale).find((item) => item.label === uiText(locale).pageLinks['get-help-now'])!;
      await expect(banner.locator(`a[href="${getHelp.href}"]`).filter({ visible: true }).first()).toBeVisible();
    }

    // Every control that dials admissions says so: the visible ones to assistive technology,
    // the ones hidden at this width (the phone call bar on a desktop) in their text.
    const names = admissionsNamesIn(locale);
    for (const link of await page.locator(`a[href="${callLinkHref}"]`).all()) {
      const text = await link.evaluate((element) => element.textContent!.replace(/\s+/g, ' ').trim());
      expect(names, `an admissions link reads "${text}"`).toContain(text);
      if (await link.isVisible()) await expect(link).toHaveAccessibleName(text);
    }
  });
}
