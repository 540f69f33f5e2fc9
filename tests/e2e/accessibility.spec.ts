import { expect, test, type Page } from '@playwright/test';
import { localeOfPath } from '../../src/i18n/locales';
import { axeViolations, setTextSize, widerThanViewport } from '../support/checks/page';
import { crisisCall, emergencyPaths, shortCallNameIn, skipLinkNameIn } from '../support/site';
import { sitemapPaths } from '../support/sitemap';

const widths = { phone: { width: 375, height: 740 }, desktop: { width: 1280, height: 800 } };
const schemes = ['light', 'dark'] as const;
const emergency = new Set(emergencyPaths());

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
    const locale = localeOfPath(path);
    const skipLinkName = skipLinkNameIn(locale);
    test('has no axe violations, AAA contrast included, in light and dark schemes, on a phone and a desktop', async ({
      page,
    }) => {
      for (const [widthName, viewport] of Object.entries(widths)) {
        for (const colorScheme of schemes) {
          await page.setViewportSize(viewport);
          await page.emulateMedia({ colorScheme });
          await page.goto(path);
          // On a phone the call bar sticks to the bottom and covers whatever scrolls under it, which axe's
          // target-size rule would count against that link; at the end of the page the bar covers nothing.
          // (That no focused element is hidden under it is checked in design.spec.ts.)
          await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
          expect(await axeViolations(page), `${path}, ${colorScheme} scheme, ${widthName} width`).toEqual([]);
        }
      }
    });

    test('can be used by keyboard: skip link first, the right call soon after, focus always visible', async ({
      page,
    }) => {
      await page.goto(path);
      const first = await tab(page);
      expect(first.name, 'first Tab stop').toBe(skipLinkName);
      const stops = [first];
      // On the pages for emergencies the header carries no admissions button: the skip link leads to 911.
      const soon = emergency.has(path) ? crisisCall(locale, 'emergency').name : shortCallNameIn(locale);
      if (!emergency.has(path)) {
        while (stops.length < 4 && stops.at(-1)!.name !== soon) stops.push(await tab(page));
        expect(
          stops.map((stop) => stop.name),
          'the call link within the first four Tab stops',
        ).toContain(soon);
      }
      for (let more = 0; more < 40; more++) stops.push(await tab(page));
      const hidden = stops.filter((stop) => !stop.ring && stop.tag !== 'BODY');
      expect(hidden, 'focused elements without a visible focus ring').toEqual([]);

      await page.goto(path);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.closest('main') !== null), 'focus is in main').toBe(
        true,
      );
      if (emergency.has(path)) {
        // "Call 911", then when to call it, are the button's words.
        const afterSkip = [await tab(page), await tab(page)];
        expect(
          afterSkip.some((stop) => stop.name.startsWith(soon)),
          `from the skip link, 911 within two Tab stops: ${afterSkip.map((stop) => stop.name).join(' | ')}`,
        ).toBe(true);
      }
    });

    test('makes every call control at least 24 by 24 pixels', async ({ page }) => {
      for (const viewport of Object.values(widths)) {
        await page.setViewportSize(viewport);
        await page.goto(path);
        // Measured in one pass: the call bar hides itself a frame after load, so a list of visible controls
        // made first could lose a member before it is measured.
        const controls = await page.locator('a[href^="tel:"], a[href^="sms:"]').evaluateAll((links) =>
          links.flatMap((link) => {
            const { width, height } = link.getBoundingClientRect();
            const shown = width > 0 && height > 0 && getComputedStyle(link).visibility === 'visible';
            return shown
              ? [{ name: link.textContent?.replace(/\s+/g, ' ').trim(), size: Math.min(width, height) }]
              : [];
          }),
        );
        expect(controls.length, `call controls at ${viewport.width}px`).toBeGreaterThan(0);
        for (const { name, size } of controls)
          expect(size, `${name} at ${viewport.width}px`).toBeGreaterThanOrEqual(24);
      }
    });

    test('does not scroll sideways at 320 pixels wide with text at 200%', async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await setTextSize(page, 200);
      await page.goto(path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, 'pixels of horizontal scrolling').toBeLessThanOrEqual(0);
      expect(await widerThanViewport(page), 'elements wider than the screen').toEqual([]);
    });
  });
}
