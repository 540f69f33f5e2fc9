import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { localeOfPath } from '../../src/i18n/locales';
import { contentSecurityPolicy } from '../../src/lib/csp';
import { site } from '../../src/settings';
import { builtFile, builtPages, distFolder } from '../support/checks/dist';
import { gluedWords, headingProblems, htmlProblems, vagueLinkProblems } from '../support/checks/html';
import { all, attribute, first, parseHtml } from '../support/checks/html-tree';
import { linkProblems } from '../support/checks/links';
import { sitemapPaths } from '../support/sitemap';
import { createHash } from 'node:crypto';

/**
 * Checks that read the built files as a host would serve them, no browser needed: every page of dist/,
 * the not-found pages included.
 */
const pages = builtPages().map((page) => ({ ...page, html: readFileSync(page.file, 'utf8') }));
const treeOf = new Map(pages.map((page) => [page.path, parseHtml(page.html)]));

describe('the built site', () => {
  it('has a page for every address in the sitemap, and lists every page but the not-found pages', () => {
    const built = pages.map((page) => page.path).filter((path) => !/(^|\/)404(\.html|\/)$/.test(path));
    expect(built.sort()).toEqual(sitemapPaths().sort());
  });

  it('leads every link, anchor and image somewhere that exists, and uses only https, tel:, sms: and mailto: addresses outside', () => {
    expect(linkProblems(distFolder, site.siteUrl)).toEqual([]);
  });

  it('lets a reader reach every page from the home page by following links', () => {
    const reached = new Set(['/']);
    const queue = ['/'];
    while (queue.length > 0) {
      const tree = parseHtml(readFileSync(builtFile(queue.shift()!), 'utf8'));
      for (const link of all(first(tree, 'body')!, 'a[href]')) {
        const target = new URL(attribute(link, 'href')!, 'https://site.invalid/');
        if (target.host !== 'site.invalid' || reached.has(target.pathname)) continue;
        reached.add(target.pathname);
        queue.push(target.pathname);
      }
    }
    expect(sitemapPaths().filter((path) => !reached.has(path))).toEqual([]);
  });
});

describe.each(pages)('$path', ({ path, html }) => {
  const tree = treeOf.get(path)!;
  const head = first(tree, 'head')!;

  it('is valid HTML with no word glued to a link or a date', async () => {
    expect(await htmlProblems(path, html)).toEqual([]);
    expect(gluedWords(html), 'text glued to a link or a date').toEqual([]);
  });

  it('has one h1, no skipped heading level and no vague link text', () => {
    expect(headingProblems(tree)).toEqual([]);
    expect(vagueLinkProblems(tree)).toEqual([]);
  });

  it('opens its head with the charset, then a complete Content-Security-Policy, and sends no referrer', () => {
    const [charset, policy] = head.children.filter((child) => child.type === 'element');
    expect(attribute(charset!, 'charSet')).toBe('utf-8');
    expect(attribute(policy!, 'httpEquiv')).toBe('content-security-policy');
    const styles = all(tree, 'style').map(
      (style) =>
        `'sha256-${createHash('sha256')
          .update(String((style.children[0] as { value?: string })?.value ?? ''))
          .digest('base64')}'`,
    );
    expect(attribute(policy!, 'content')).toBe(contentSecurityPolicy(styles));
    expect(attribute(first(head, 'meta[name="referrer"]')!, 'content')).toBe('no-referrer');
  });

  it('carries no script, frame, base, refresh, inline handler or style attribute: only the JSON-LD data block', () => {
    expect(
      all(tree, 'script:not([type="application/ld+json"]), iframe, frame, object, embed, base, form').map(
        (element) => element.tagName,
      ),
    ).toEqual([]);
    expect(all(tree, 'meta[http-equiv]').map((meta) => attribute(meta, 'httpEquiv'))).toEqual([
      'content-security-policy',
    ]);
    const handlers = all(tree, '*').flatMap((element) =>
      Object.keys(element.properties).filter((name) => /^on[A-Z]/.test(name)),
    );
    expect(handlers).toEqual([]);
    expect(all(tree, '[style]').map((element) => element.tagName)).toEqual([]);
  });

  it('links only to pages in its own language, but for the language switch', () => {
    const locale = localeOfPath(path);
    const foreign = all(first(tree, 'body')!, 'a[href^="/"]')
      .filter((link) => attribute(link, 'hrefLang') === undefined)
      .map((link) => attribute(link, 'href')!)
      .filter((href) => localeOfPath(href) !== locale);
    expect(foreign).toEqual([]);
  });

  it('arrives in one round trip: HTML with its inline CSS at most 14 KB gzipped, and no JavaScript', () => {
    expect(gzipSync(html, { level: 9 }).length).toBeLessThanOrEqual(14 * 1024);
  });
});
