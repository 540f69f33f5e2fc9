import { expect, test, type Page } from '@playwright/test';
import { uiText } from '../../src/i18n';
import { localeEntries, localeOfPath, localeRoot, locales, type Locale } from '../../src/i18n/locales';
import { templates } from '../../scripts/lib/templates';
import {
  boxOf,
  type Box,
  focusUnder,
  linesOf,
  setTextSize,
  widerThanViewport,
  wordsBrokenInTables,
} from '../support/checks/page';
import { callLinkHref, crisisCall, emergencyPaths } from '../support/site';
import { sitemapEntries, sitemapPaths } from '../support/sitemap';

/**
 * The phone-first design (issue 18) and the get-help controls (issue 16, item 4), measured as geometry in a
 * browser: at 360×640 (a small phone), 390×844 (a common one) and with the browser's text at 200%, in both
 * languages and both colour schemes. Geometry is measured on one page of each template; what holds on every
 * page is checked where the issue asks for it (every box that says "call 911"), or over the built files
 * (tests/dist/design.test.ts).
 */
const small = { width: 360, height: 640 };
const common = { width: 390, height: 844 };
const desktop = { width: 1280, height: 800 };
const schemes = ['light', 'dark'] as const;
const bar = 'aside.call-bar';
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The same page in another language, as the sitemap pairs them. */
const inLanguage = (englishPath: string, locale: Locale) =>
  new URL(sitemapEntries().find((entry) => entry.path === englishPath)!.alternates[localeEntries[locale].htmlLang]!)
    .pathname;

async function open(
  page: Page,
  path: string,
  viewport: { width: number; height: number },
  colorScheme: 'light' | 'dark' = 'light',
) {
  await page.setViewportSize(viewport);
  await page.emulateMedia({ colorScheme });
  await page.goto(path);
  // The call bar's scroll-driven animation starts a frame after the page does; until then it sits unmoved.
  await page.evaluate(() => Promise.all(document.getAnimations().map((animation) => animation.ready)));
}

/**
 * Where the top of the call bar is once it is in view. It rises into view as the page scrolls (so on arrival
 * it hides nothing); what must stay clear of it is measured against where it then rests.
 */
async function barRestsAt(page: Page) {
  const height = (await boxOf(page.locator(bar)))!.height;
  return page.viewportSize()!.height - height;
}

/** The call bar's height, whether it sticks, and the lines of each of its buttons' words and numbers. */
async function callBar(page: Page) {
  const box = (await boxOf(page.locator(bar)))!;
  const links = page.locator(`${bar} a`);
  const lines = [];
  for (const link of await links.all()) {
    const words = link.locator('span').first();
    // The admissions number is wrapped whole in .call-number; a help line's number is one group.
    lines.push({
      words: await linesOf(words),
      number: await linesOf(link.locator('.call-number, .phone-group').first()),
    });
  }
  const position = await page.locator(bar).evaluate((element) => getComputedStyle(element).position);
  return { box, lines, position };
}

for (const template of templates) {
  test.describe(`${template.name} (${template.path})`, () => {
    test('at 360×640 in both schemes: a compact header, the title within 200px, the 911 line on the first screen', async ({
      page,
    }) => {
      for (const colorScheme of schemes) {
        await open(page, template.path, small, colorScheme);
        const where = `${template.path}, ${colorScheme}`;
        const header = (await boxOf(page.locator('.header-row')))!;
        expect(header.height, `${where}: header height without the 911 line`).toBeLessThanOrEqual(128);
        // One row: the name, the language link and the Menu side by side.
        const name = (await boxOf(page.locator('.wordmark')))!;
        for (const selector of ['.language-switch a', '.menu-button']) {
          const other = (await boxOf(page.locator(selector)))!;
          expect(other.top < name.bottom && other.bottom > name.top, `${where}: ${selector} on the name's row`).toBe(
            true,
          );
        }
        expect(await linesOf(page.locator('.wordmark')), `${where}: the name's lines`).toBeLessThanOrEqual(2);
        const line = (await boxOf(page.locator('.danger-line')))!;
        expect(line.bottom, `${where}: the 911 line on the first screen`).toBeLessThanOrEqual(small.height);
        await expect(page.locator('.danger-line a[href="tel:911"]')).toBeVisible();
        expect(await linesOf(page.locator('.danger-line')), `${where}: the 911 line is one line`).toBe(1);
        const title = (await boxOf(page.locator('h1')))!;
        expect(title.top, `${where}: the title's top`).toBeLessThanOrEqual(200);
      }
    });

    test('at 360×640 and 390×844: a call bar at most 64px tall on one line, nothing wider than the screen, no focus hidden under the bar', async ({
      page,
    }) => {
      for (const viewport of [small, common]) {
        for (const colorScheme of schemes) {
          await open(page, template.path, viewport, colorScheme);
          const where = `${template.path} at ${viewport.width}×${viewport.height}, ${colorScheme}`;
          const { box, lines, position } = await callBar(page);
          expect(box.height, `${where}: call bar height`).toBeLessThanOrEqual(64);
          expect(position, `${where}: the bar sticks to the bottom`).toBe('sticky');
          // On arrival it waits below the screen, hiding nothing; a little scrolling brings it in.
          expect(box.top, `${where}: the bar below the first screen on arrival`).toBeGreaterThanOrEqual(
            viewport.height - 1,
          );
          await page.evaluate(() => window.scrollTo(0, 200));
          await expect(page.locator(bar)).toBeInViewport({ ratio: 1 });
          for (const line of lines)
            expect(line, `${where}: each button's words and number on one line`).toEqual({ words: 1, number: 1 });
          expect(await widerThanViewport(page), where).toEqual([]);
        }
        expect(
          await focusUnder(page, bar),
          `${template.path} at ${viewport.width}px: focused elements under the call bar`,
        ).toEqual([]);
      }
    });

    test('at 200% text on 360×640: the title starts on the first screen, the bar waits at the end, nothing wider than the screen', async ({
      page,
    }) => {
      await setTextSize(page, 200);
      for (const colorScheme of schemes) {
        await open(page, template.path, small, colorScheme);
        const where = `${template.path}, 200% text, ${colorScheme}`;
        expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize), 'text size').toBe(
          '32px',
        );
        const title = (await boxOf(page.locator('h1')))!;
        expect(title.top, `${where}: the title's top`).toBeLessThan(small.height);
        const { position } = await callBar(page);
        expect(position, `${where}: the bar is not sticky`).toBe('static');
        expect(await widerThanViewport(page), where).toEqual([]);
      }
    });
  });
}

for (const locale of locales) {
  const t = uiText(locale);
  const root = localeRoot(locale);

  test.describe(`${locale}: the home page`, () => {
    test('starts from the reader’s situation: three cards under the title, within the first two screens', async ({
      page,
    }) => {
      for (const viewport of [common, small]) {
        await open(page, root, viewport);
        const title = (await boxOf(page.locator('h1')))!;
        const cards = page.getByRole('list', { name: t.home.tasks.label }).getByRole('listitem');
        await expect(cards).toHaveCount(3);
        const boxes = await Promise.all((await cards.all()).map(async (card) => (await boxOf(card))!));
        expect(boxes[0]!.top, 'the first card right under the title').toBeGreaterThan(title.bottom);
        expect(boxes[0]!.top - title.bottom, 'nothing between the title and the cards').toBeLessThanOrEqual(48);
        boxes.forEach((box, index) => {
          if (index > 0) expect(box.top, 'one under the other').toBeGreaterThanOrEqual(boxes[index - 1]!.bottom);
          expect(
            box.bottom,
            `card ${index + 1} within the first two screens at ${viewport.width}×${viewport.height}`,
          ).toBeLessThanOrEqual(2 * viewport.height);
          expect(box.width, 'across the column').toBeGreaterThan(viewport.width - 40);
        });
        expect(
          (await boxOf(page.locator('main .prose').first()))!.top,
          'the page’s own words after them',
        ).toBeGreaterThan(boxes[2]!.bottom);
        const names = await cards.getByRole('link').allTextContents();
        expect(names.map((name) => name.trim())).toEqual([
          t.home.tasks.emergency.title,
          t.home.tasks.prescribed.title,
          t.home.tasks.someone.title,
        ]);
      }
      await open(page, root, desktop);
      const boxes = await Promise.all(
        (await page.getByRole('list', { name: t.home.tasks.label }).getByRole('listitem').all()).map(
          async (card) => (await boxOf(card))!,
        ),
      );
      expect(new Set(boxes.map((box) => Math.round(box.top))).size, 'side by side on a wide screen').toBe(1);
    });
  });

  test.describe(`${locale}: reading pages`, () => {
    const drugPage = templates.find(
      (template) => template.locale === locale && template.name.endsWith('drugs page'),
    )!.path;
    const tablePage = inLanguage('/benzodiazepine-addiction/what-are-benzodiazepines/', locale);

    test('the drug table: a card per drug on a phone, at most 900px tall at 360px, no word cut in a cell', async ({
      page,
    }) => {
      for (const viewport of [small, common, desktop]) {
        await open(page, tablePage, viewport);
        const where = `${tablePage} at ${viewport.width}px`;
        expect(await wordsBrokenInTables(page), where).toEqual([]);
        const display = await page
          .locator('.drug-table tbody tr')
          .first()
          .evaluate((row) => getComputedStyle(row).display);
        expect(display, where).toBe(viewport === desktop ? 'table-row' : 'block');
        if (viewport === small)
          expect((await boxOf(page.locator('.drug-table')))!.height, `${where}: table height`).toBeLessThanOrEqual(900);
        expect(await widerThanViewport(page), where).toEqual([]);
      }
    });

    test('a drug page: the caution box within one screen of the title, the review strip on the first screen in three lines', async ({
      page,
    }) => {
      for (const colorScheme of schemes) {
        await open(page, drugPage, small, colorScheme);
        const title = (await boxOf(page.locator('h1')))!;
        const caution = (await boxOf(page.locator('aside.safety-box-caution').first()))!;
        expect(caution.top - title.top, `${drugPage}: the caution box's distance from the title`).toBeLessThan(
          small.height,
        );
        await expect(page.locator('aside.safety-box-caution .safety-box-level').first()).toHaveText(t.boxes.caution);

        const strip = page.locator('.review-strip');
        const box = (await boxOf(strip))!;
        const barTop = await barRestsAt(page);
        expect(box.bottom, `${drugPage}: the review strip above the call bar on the first screen`).toBeLessThanOrEqual(
          barTop,
        );
        const rows = await strip
          .locator('> *')
          .evaluateAll((items) => new Set(items.map((item) => Math.round(item.getBoundingClientRect().top))).size);
        expect(rows, `${drugPage}: the strip's lines`).toBeLessThanOrEqual(3);
        for (const item of await strip.locator('> *').all())
          expect(await linesOf(item), 'each part on one line').toBe(1);
        const size = await strip.evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
        expect(size, 'the strip’s text size').toBeGreaterThanOrEqual(16);
        await expect(strip.locator('[data-review-state]')).toBeVisible();
        await expect(strip.getByRole('link', { name: t.review.policyLink })).toBeVisible();
        await expect(strip.locator('time')).toBeVisible();
        await expect(strip.getByRole('link', { name: /\d/ })).toHaveAttribute('href', '#sources-heading');
      }
    });

    test('a long page: "On this page" closed on a phone, open on a desktop; the breadcrumb one line back on a phone', async ({
      page,
    }) => {
      await open(page, drugPage, small);
      const toc = page.getByRole('navigation', { name: t.onThisPage });
      await expect(toc.getByRole('link').first()).toBeHidden();
      await toc.locator('summary').click();
      await expect(toc.getByRole('link').first()).toBeVisible();
      const breadcrumb = page.getByRole('navigation', { name: t.landmarks.breadcrumb });
      expect(await breadcrumb.getByRole('link').filter({ visible: true }).count(), 'one way back').toBe(1);
      expect(await linesOf(breadcrumb), 'the breadcrumb on one line').toBe(1);

      await open(page, drugPage, desktop);
      await expect(toc.getByRole('link').first()).toBeVisible();
      await expect(toc.locator('summary')).toBeHidden();
      await expect(breadcrumb.getByRole('link')).toHaveCount(2);
      await expect(breadcrumb.getByRole('link')).toHaveText([t.homeCrumb, /.+/]);
    });

    test('wide screens: boxes at the text’s width, and 18px text; phones: 16px text', async ({ page }) => {
      await open(page, drugPage, desktop);
      const text = (await boxOf(page.locator('main .prose').first()))!;
      for (const box of await page.locator('main aside.safety-box').all()) {
        expect((await boxOf(box))!.width, 'a box no wider than the text').toBeLessThanOrEqual(text.width + 1);
      }
      const size = () => page.evaluate(() => getComputedStyle(document.body).fontSize);
      expect(await size()).toBe('18px');
      await open(page, drugPage, small);
      expect(await size()).toBe('16px');
    });
  });

  test.describe(`${locale}: the get-help page`, () => {
    const path = emergencyPaths().find((candidate) => localeOfPath(candidate) === locale)!;
    const controls = [
      crisisCall(locale, 'emergency'),
      crisisCall(locale, 'lifeline'),
      crisisCall(locale, 'lifeline', 'text'),
    ];

    test('911, call 988 and text 988 full width under the title, at least 48px tall, on the first screen above the bar, before any admissions control', async ({
      page,
    }) => {
      for (const colorScheme of schemes) {
        await open(page, path, small, colorScheme);
        const where = `${path}, ${colorScheme}`;
        const main = page.getByRole('main');
        const title = (await boxOf(page.locator('h1')))!;
        const width = (await boxOf(page.locator('main header')))!.width;
        const barTop = await barRestsAt(page);
        const boxes: Box[] = [];
        for (const { name, href } of controls) {
          // Its name: "Call 911", then when to call it.
          const link = main
            .locator('[data-crisis-controls]')
            .getByRole('link', { name: new RegExp(`^${escapeRegExp(name)} \\S`) });
          await expect(link, where).toHaveAttribute('href', href);
          const box = (await boxOf(link))!;
          expect(box.height, `${where}: ${name} height`).toBeGreaterThanOrEqual(48);
          expect(box.width, `${where}: ${name} across the column`).toBeGreaterThanOrEqual(width - 1);
          expect(box.bottom, `${where}: ${name} on the first screen, above the bar`).toBeLessThanOrEqual(
            Math.min(small.height, barTop),
          );
          expect(box.top, `${where}: ${name} under the title`).toBeGreaterThan(title.bottom - 1);
          const when = (await link.locator('.call-button-when').textContent()) ?? '';
          expect(when.trim().length, `${where}: ${name} says when to use it`).toBeGreaterThan(10);
          expect(await linesOf(link.locator('.call-button-label')), `${where}: ${name} on one line`).toBe(1);
          boxes.push(box);
        }
        boxes.forEach(
          (box, index) =>
            index > 0 && expect(box.top, 'in this order').toBeGreaterThanOrEqual(boxes[index - 1]!.bottom),
        );
        // In the emergency colour, distinct from the 988 line's.
        const colours = await page
          .locator('[data-crisis-controls] a')
          .evaluateAll((links) => links.slice(0, 2).map((link) => getComputedStyle(link).backgroundColor));
        const danger = await page
          .locator('.call-bar .call-button-emergency')
          .evaluate((element) => getComputedStyle(element).backgroundColor);
        expect(colours[0], `${where}: 911 in the emergency colour`).toBe(danger);
        expect(colours[1]).not.toBe(colours[0]);
        // Before any admissions control, on the screen and in reading order.
        for (const admissions of await page.locator(`a[href="${callLinkHref}"]`).filter({ visible: true }).all()) {
          expect((await boxOf(admissions))!.top, `${where}: admissions after the crisis controls`).toBeGreaterThan(
            boxes[2]!.bottom,
          );
        }
        const order = await page
          .locator(`a[href="${callLinkHref}"], [data-crisis-controls] a`)
          .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
        expect(order.slice(0, 3), `${where}: reading order`).toEqual(controls.map((control) => control.href));
        // The bar carries 911 and 988, on one line.
        const { box, lines } = await callBar(page);
        expect(box.height).toBeLessThanOrEqual(64);
        expect(lines).toEqual([
          { words: 1, number: 1 },
          { words: 1, number: 1 },
        ]);
        expect(
          await page.locator(`${bar} a`).evaluateAll((links) => links.map((link) => link.getAttribute('href'))),
        ).toEqual(['tel:911', 'tel:988']);
      }
    });
  });

  test(`${locale}: every box that says "call 911" holds a tel:911 control at least 44 by 44 pixels, on every page`, async ({
    page,
  }) => {
    test.slow();
    await page.setViewportSize(small);
    const paths = sitemapPaths().filter((path) => localeOfPath(path) === locale);
    let boxes = 0;
    for (const path of paths) {
      await page.goto(path);
      const sizes = await page
        .locator('.safety-box')
        .evaluateAll((elements) =>
          elements
            .filter((box) => /\b(call|llame al|llamar al) 911\b/i.test(box.textContent ?? ''))
            .map((box) =>
              Math.max(
                0,
                ...[...box.querySelectorAll('a[href="tel:911"]')].map((link) =>
                  Math.min(link.getBoundingClientRect().width, link.getBoundingClientRect().height),
                ),
              ),
            ),
        );
      boxes += sizes.length;
      sizes.forEach((size, index) =>
        expect(size, `${path}: box ${index + 1}, its largest tel:911 control`).toBeGreaterThanOrEqual(44),
      );
    }
    expect(boxes).toBeGreaterThan(10);
  });
}

test('the focus ring stands out on every background: a dark ring on a light halo, or the reverse, in both schemes', async ({
  page,
}) => {
  const contrast = (a: number[], b: number[]) => {
    const luminance = (rgb: number[]) =>
      rgb
        .map((value) => value / 255)
        .map((value) => (value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4))
        .reduce((sum, value, index) => sum + value * [0.2126, 0.7152, 0.0722][index]!, 0);
    const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (light! + 0.05) / (dark! + 0.05);
  };
  for (const colorScheme of schemes) {
    for (const path of ['/get-help-now/', '/benzodiazepine-addiction/alprazolam-xanax/']) {
      await open(page, path, small, colorScheme);
      for (let stop = 0; stop < 40; stop++) {
        await page.keyboard.press('Tab');
        const ring = await page.evaluate(() => {
          const element = document.activeElement!;
          const style = getComputedStyle(element);
          const rgb = (color: string) => (color.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
          let around = element.parentElement;
          while (around && /rgba\(0, 0, 0, 0\)|transparent/.test(getComputedStyle(around).backgroundColor))
            around = around.parentElement;
          return {
            name: (element.textContent ?? '').trim().slice(0, 30),
            width: parseFloat(style.outlineWidth),
            ring: rgb(style.outlineColor),
            halo: rgb(style.boxShadow),
            around: rgb(around ? getComputedStyle(around).backgroundColor : 'rgb(255, 255, 255)'),
          };
        });
        if (!ring.name) continue;
        const where = `${path}, ${colorScheme}: "${ring.name}"`;
        expect(ring.width, where).toBeGreaterThanOrEqual(3);
        expect(contrast(ring.ring, ring.halo), `${where}: ring against its halo`).toBeGreaterThanOrEqual(3);
        expect(contrast(ring.ring, ring.around), `${where}: ring against what is around it`).toBeGreaterThanOrEqual(3);
      }
    }
  }
});
