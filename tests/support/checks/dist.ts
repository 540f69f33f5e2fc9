import { readdirSync } from 'node:fs';
import { join, sep } from 'node:path';
import { projectRoot } from '../../../scripts/lib/astro';

/** A path inside the built site, e.g. distPath('robots.txt'); distPath() is the folder itself. Tests build no dist/ paths of their own. */
export function distPath(...parts: string[]): string {
  return join(projectRoot, 'dist', ...parts);
}

/** Where `astro build` writes the site. */
export const distFolder = distPath();

/** The built file that answers a site path, as a static host finds it: "/x/" is x/index.html, "/x.xml" is x.xml. */
export function builtFile(pathname: string, dist: string = distFolder): string {
  const path = decodeURIComponent(pathname);
  return join(dist, path.endsWith('/') ? `${path}index.html` : path);
}

export interface BuiltPage {
  /** The site path the page answers, e.g. "/treatment/" or "/404.html". */
  path: string;
  file: string;
}

/** Every HTML file in a built site. */
export function builtPages(dist: string = distFolder): BuiltPage[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'))
    .sort()
    .map((name) => ({
      path: `/${name.split(sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1'),
      file: join(dist, name),
    }));
}
