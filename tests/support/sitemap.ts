import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { distPath } from './checks/dist';
import { all, attribute, parseHtml, textOf } from './checks/html-tree';

export interface SitemapEntry {
  /** The page's path, e.g. "/treatment/". */
  path: string;
  /** hreflang → absolute address, from the entry's xhtml:link alternates. */
  alternates: Record<string, string>;
}

/** Every page the built sitemap lists, with its alternates in other languages (of dist/, or of another built site). */
export function sitemapEntries(dist = distPath()): SitemapEntry[] {
  const file = join(dist, 'sitemap.xml');
  if (!existsSync(file)) throw new Error('dist/ has no sitemap.xml: run "npm run build" first.');
  const entries = all(parseHtml(readFileSync(file, 'utf8')), 'url').map((url) => ({
    path: new URL(textOf(all(url, 'loc')[0]!)).pathname,
    alternates: Object.fromEntries(
      all(url, 'xhtml\\:link').map((link) => [
        attribute(link, 'hreflang') ?? attribute(link, 'hrefLang')!,
        attribute(link, 'href')!,
      ]),
    ),
  }));
  if (entries.length === 0) throw new Error('The built sitemap lists no pages.');
  return entries;
}

/** The path of every page listed in the built sitemap, e.g. "/treatment/". */
export const sitemapPaths = (dist = distPath()) => sitemapEntries(dist).map((entry) => entry.path);
