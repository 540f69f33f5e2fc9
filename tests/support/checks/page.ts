import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** WCAG 2.0, 2.1 and 2.2 A and AA, plus axe's best practices. */
const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Every axe violation on the page, one line each: rule, element and what to fix. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(axeTags).analyze();
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')} (${violation.help})`),
  );
}

/** One h1, and no level skipped on the way down (h2 to h4 is a skip; h4 back to h2 is fine). */
export async function headingProblems(page: Page): Promise<string[]> {
  const levels = await page
    .locator('h1, h2, h3, h4, h5, h6')
    .evaluateAll((headings) =>
      headings.map((heading) => ({ level: Number(heading.tagName[1]), text: heading.textContent?.trim() ?? '' })),
    );
  const problems: string[] = [];
  const h1s = levels.filter((heading) => heading.level === 1).length;
  if (h1s !== 1) problems.push(`expected exactly one h1, found ${h1s}`);
  levels.forEach((heading, index) => {
    const previous = index === 0 ? 1 : levels[index - 1]!.level;
    if (heading.level > previous + 1) {
      problems.push(`h${heading.level} "${heading.text}" follows h${previous}: a level is skipped`);
    }
  });
  return problems;
}

/** Link text that means nothing out of context, as a screen reader's list of links shows it. */
const vagueTexts = new Set(['click here', 'here', 'read more', 'more', 'learn more', 'link', 'this page', 'click']);

export async function vagueLinkProblems(page: Page): Promise<string[]> {
  const names = await page
    .locator('a[href]')
    .evaluateAll((links) =>
      links.map((link) => (link.getAttribute('aria-label') ?? link.textContent ?? '').replace(/\s+/g, ' ').trim()),
    );
  return names
    .filter((name) => vagueTexts.has(name.toLowerCase().replace(/[.!…]+$/, '')))
    .map((name) => `vague link text "${name}": say where the link goes`);
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
