import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';

/** WCAG 2.0, 2.1 and 2.2 A and AA, plus axe's best practices. */
const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * Every axe violation on the page, one line each: rule, element and what to fix. Besides the tags above, the
 * AAA contrast rule (7:1 for text, 4.5:1 for large text) runs: the site promises it in both schemes.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .options({ runOnly: { type: 'tag', values: axeTags }, rules: { 'color-contrast-enhanced': { enabled: true } } })
    .analyze();
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')} (${violation.help})`),
  );
}

/**
 * The browser's default text size, as a reader sets it in the browser's settings: 200 doubles every rem and
 * em, media queries included (Chromium's DevTools protocol, Page.setFontSizes). Call it before `goto`.
 */
export async function setTextSize(page: Page, percent: number): Promise<void> {
  const session = await page.context().newCDPSession(page);
  await session.send('Page.enable');
  await session.send('Page.setFontSizes', {
    fontSizes: { standard: Math.round((16 * percent) / 100), fixed: Math.round((13 * percent) / 100) },
  });
}

/** An element's box on the screen: top and bottom from the top of the viewport. */
export interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
  height: number;
  width: number;
}

/** Where `locator` is on the screen now (scrolling changes it), or undefined when it is not rendered. */
export async function boxOf(locator: Locator): Promise<Box | undefined> {
  if ((await locator.count()) === 0) return undefined;
  return locator.evaluate((element) => {
    const { top, bottom, left, right, height, width } = element.getBoundingClientRect();
    return width === 0 && height === 0 ? undefined : { top, bottom, left, right, height, width };
  });
}

/** How many lines the words of `locator` take: its text's boxes, grouped where they overlap from top to bottom. */
export async function linesOf(locator: Locator): Promise<number> {
  return locator.evaluate((element) => {
    const boxes: DOMRect[] = [];
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent?.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      boxes.push(...[...range.getClientRects()].filter((rect) => rect.width > 0));
    }
    boxes.sort((a, b) => a.top - b.top);
    let lines = 0;
    let bottom = -Infinity;
    for (const box of boxes) {
      // A box that starts at the current line's bottom (2px of overlap allowed) starts a new line.
      if (box.top >= bottom - 2) {
        lines++;
        bottom = box.bottom;
      } else bottom = Math.max(bottom, box.bottom);
    }
    return lines;
  });
}

/**
 * The elements that stick out of the viewport sideways, so the page scrolls or clips, ignoring what a box
 * that scrolls or cuts its content holds (a table that scrolls on its own, a back link shortened with "…")
 * and visually hidden text. Each as "tag.class: left to right of width".
 */
export async function widerThanViewport(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const scrolls = (element: Element) => /auto|scroll|hidden|clip/.test(getComputedStyle(element).overflowX);
    const found: string[] = [];
    for (const element of document.body.querySelectorAll('*')) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || box.width <= 1) continue;
      let ancestor = element.parentElement;
      let inScroller = false;
      while (ancestor && ancestor !== document.body) {
        if (scrolls(ancestor)) inScroller = true;
        ancestor = ancestor.parentElement;
      }
      const hidden = getComputedStyle(element).clipPath === 'inset(50%)';
      if (!inScroller && !hidden && (box.right > width + 1 || box.left < -1)) {
        found.push(
          `${element.tagName.toLowerCase()}.${[...element.classList].join('.')}: ${Math.round(box.left)} to ${Math.round(box.right)} of ${width}`,
        );
      }
    }
    return found;
  });
}

/**
 * Words cut across two lines inside the cells of the tables on the page, each as "word (in the cell "…")".
 * A line may end after a hyphen ("Short-" / "acting"), as in print; never inside a run of letters. Cells that
 * are only for screen readers (visually hidden, one pixel wide) are skipped.
 */
export async function wordsBrokenInTables(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const broken: string[] = [];
    const hidden = (element: Element | null): boolean =>
      !!element && (getComputedStyle(element).clipPath === 'inset(50%)' || hidden(element.parentElement));
    for (const cell of document.querySelectorAll('table th, table td')) {
      if (hidden(cell)) continue;
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const match of (node.textContent ?? '').matchAll(/[^\s-]+-?/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const lines = new Set(
            [...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top)),
          );
          if (lines.size > 1)
            broken.push(`${match[0]} (in the cell "${(cell.textContent ?? '').trim().slice(0, 40)}")`);
        }
      }
    }
    return broken;
  });
}

/**
 * Tabs through the page from the top, up to `stops` times, and lists each focused element that the sticky
 * element `barSelector` covers, even partly (WCAG 2.2, 2.4.11 Focus Not Obscured).
 */
export async function focusUnder(page: Page, barSelector: string, stops = 80): Promise<string[]> {
  const hidden: string[] = [];
  for (let stop = 0; stop < stops; stop++) {
    await page.keyboard.press('Tab');
    const covered = await page.evaluate((selector) => {
      const focused = document.activeElement;
      const bar = document.querySelector(selector);
      if (!focused || focused === document.body || !bar || bar.contains(focused)) return undefined;
      const a = focused.getBoundingClientRect();
      const b = bar.getBoundingClientRect();
      if (b.height === 0) return undefined;
      const overlaps = a.bottom > b.top + 0.5 && a.top < b.bottom - 0.5 && a.right > b.left && a.left < b.right;
      return overlaps
        ? `${focused.tagName.toLowerCase()} "${(focused.textContent ?? '').trim().slice(0, 40)}"`
        : undefined;
    }, barSelector);
    if (covered) hidden.push(covered);
  }
  return hidden;
}

export interface Traffic {
  /** Requests to any origin but the site's own. */
  offsite: string[];
  /** Console errors and uncaught exceptions, CSP violations among them. */
  errors: string[];
}

/**
 * Watches what a page asks for. Off-site requests are recorded and then
 * aborted, so a test never reaches the live web.
 */
export async function watchTraffic(page: Page, siteOrigin: string): Promise<Traffic> {
  const traffic: Traffic = { offsite: [], errors: [] };
  await page.route(
    (url) => url.origin !== siteOrigin && /^(https?|wss?):$/.test(url.protocol),
    (route) => {
      traffic.offsite.push(route.request().url());
      return route.abort();
    },
  );
  page.on('console', (message) => {
    // The 404 page is served with status 404 on purpose; Chromium logs that as an error about the page itself.
    const isOwnStatus = message.text().startsWith('Failed to load resource') && message.location().url === page.url();
    if (message.type() === 'error' && !isOwnStatus) traffic.errors.push(message.text());
  });
  page.on('pageerror', (error) => traffic.errors.push(error.message));
  return traffic;
}
