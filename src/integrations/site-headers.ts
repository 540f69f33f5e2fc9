import { createHash } from 'node:crypto';
import { globSync, readFileSync, renameSync, rmdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Element, Root } from 'hast';
import { htmlToHast } from 'satteri';
import { defaultLocale, localeRoot, locales } from '../i18n/locales.ts';
import { contentSecurityPolicy, headerPolicy } from '../lib/csp.ts';

/**
 * The sha256 source of each inline <style> of a page, as CSP writes it. Astro puts every stylesheet in
 * the head, so only the head is parsed: parsing whole pages was most of this pass's time. A <style>
 * anywhere else would go unhashed, and the browser tests' check for CSP errors would catch it.
 */
function styleHashesOf(html: string): string[] {
  const hashes: string[] = [];
  const visit = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === 'style') {
        const css = child.children.map((text) => (text.type === 'text' ? text.value : '')).join('');
        hashes.push(`'sha256-${createHash('sha256').update(css).digest('base64')}'`);
      }
      visit(child);
    }
  };
  const headEnd = html.indexOf('</head>');
  visit(htmlToHast(headEnd === -1 ? html : html.slice(0, headEnd)) as Root);
  return hashes;
}

/**
 * After the build: the default language's not-found page moves to 404.html, where hosts (and
 * `astro preview`) look for it: Astro names it so only for a route file called 404, and the site has
 * one route for every page. Each page's Content-Security-Policy gets the hashes of its own inline stylesheet,
 * and dist/_headers gets the same policy (plus frame-ancestors) for every file, HTML or not; and
 * dist/_redirects sends a missing address in each language to that language's not-found page.
 */
export function siteHeaders(): AstroIntegration {
  return {
    name: 'site-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        renameSync(`${root}/404/index.html`, `${root}/404.html`);
        rmdirSync(`${root}/404`);
        const placeholder = contentSecurityPolicy();
        const all = new Set<string>();
        for (const file of globSync('**/*.html', { cwd: root })) {
          const path = `${root}/${file}`;
          const html = readFileSync(path, 'utf8');
          const hashes = styleHashesOf(html);
          hashes.forEach((hash) => all.add(hash));
          const policy = contentSecurityPolicy(hashes.length > 0 ? hashes : ["'none'"]);
          if (!html.includes(placeholder))
            throw new Error(`${file}: no Content-Security-Policy to complete (BaseLayout puts it first in <head>).`);
          writeFileSync(path, html.replace(placeholder, policy));
        }
        const headers = `${root}/_headers`;
        const policyLine = `  Content-Security-Policy: ${headerPolicy([...all].sort())}`;
        writeFileSync(headers, readFileSync(headers, 'utf8').replace(/^ {2}Content-Security-Policy: .*$/m, policyLine));
        const redirects = locales
          .filter((locale) => locale !== defaultLocale)
          .map((locale) => `${localeRoot(locale)}*  ${localeRoot(locale)}404/  404`);
        writeFileSync(
          `${root}/_redirects`,
          `# Netlify: a missing address in a language gets that language's not-found page, with status 404.\n${redirects.join('\n')}\n`,
        );
        logger.info(
          `Content-Security-Policy completed on every page and in _headers (${all.size} style hash${all.size === 1 ? '' : 'es'}).`,
        );
      },
    },
  };
}
