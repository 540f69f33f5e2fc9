import { readdirSync, readFileSync } from 'node:fs';
import { distPath } from './checks/dist';

/** The path of every page listed in the built sitemap, e.g. "/treatment/". */
export function sitemapPaths(): string[] {
  const files = readdirSync(distPath()).filter((name) => /^sitemap-\d+\.xml$/.test(name));
  if (files.length === 0) throw new Error('dist/ has no sitemap: run "npm run build" before the browser tests.');
  const paths = files.flatMap((file) =>
    [...readFileSync(distPath(file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
      (match) => new URL(match[1]!).pathname,
    ),
  );
  if (paths.length === 0) throw new Error('The built sitemap lists no pages.');
  return paths;
}
