import { expect, test, type Page } from '@playwright/test';
import { axeViolations, headingProblems, vagueLinkProblems } from '../support/checks/page';
import { localeOfPath } from '../../src/i18n/locales';
import { callLinkNameIn, skipLinkNameIn } from '../support/site';
import { sitemapPaths } from '../support/sitemap';

const widths = { phone: { width: 375, height: 740 }, desktop: { width: 1280, height: 800 } };
const schemes = ['light', 'dark'] as const;

/** Tabs forward and describes the newly focused element, with whether its focus ring can be seen. */
async function tab(page: Page) {
  await page.keyboard.press('Tab');
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement;
    const style = getComputedStyle(element);
    const ring = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
    return { name: (element.textContent ?? '').replace(/\s+/g, ' ').trim(), tag: element.tagName, ring };
  });
}

for (const path of sitemapPaths()) {
  test.describe(path, () => {
    const callName = callLinkNameIn(localeOfPath(path));
    const skipLinkName = skipLinkNameIn(localeOfPath(path));
    test('has no axe violations in light and dark schemes, on a phone and a desktop', async ({ page }) => {
      for (const [widthName, viewport] of Object.entries(widths)) {
        for (const colorScheme of schemes) {
          await page.setViewportSize(viewport);
          await page.emulateMedia({ colorScheme });
          await page.goto(path);
          expect(await axeViolations(page), `${path}, ${colorScheme} scheme, ${widthName} width`).toEqual([]);
        }
      }
    });

    test('has one h1, no skipped heading level and no vague link text', async ({ page }) => {
      await page.goto(path);
      expect(await headingProblems(page), path).toEqual([]);
      expect(await vagueLinkProblems(page), path).toEqual([]);
    });

    test('can be used by keyboard: skip link first, call link soon after, focus always visible', async ({ page }) => {
      await page.goto(path);
      const first = await tab(page);
      expect(first.name, 'first Tab stop').toBe(skipLinkName);
      const stops = [first];
      while (stops.length < 4 && stops.at(-1)!.name !== callName) stops.push(await tab(page));
      expect(
        stops.map((stop) => stop.name),
        'the call link within the first four Tab stops',
      ).toContain(callName);
      for (let more = 0; more < 40; more++) stops.push(await tab(page));
      const hidden = stops.filter((stop) => !stop.ring && stop.tag !== 'BODY');
      expect(hidden, 'focused elements without a visible focus ring').toEqual([]);

      await page.goto(path);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.closest('main') !== null), 'focus is in main').toBe(
        true,
      );
    });

    test('makes every call control at least 24 by 24 pixels', async ({ page }) => {
      for (const viewport of Object.values(widths)) {
        await page.setViewportSize(viewport);
        await page.goto(path);
        for (const control of await page.locator('a[href^="tel:"]').filter({ visible: true }).all()) {
          const box = (await control.boundingBox())!;
          expect(
            Math.min(box.width, box.height),
            `${await control.textContent()} at ${viewport.width}px`,
          ).toBeGreaterThanOrEqual(24);
        }
      }
    });

    test('does not scroll sideways at 320 pixels wide with text at 200%', async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(path);
      // Text zoom: every size on the site is in rem, so doubling the root size doubles all text.
      await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%'));
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, 'pixels of horizontal scrolling').toBeLessThanOrEqual(0);
    });
  });
}
