import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultLocale, localeRoot, locales } from '../../src/i18n/locales';
import { headerPolicy } from '../../src/lib/csp';
import { builtPages, distPath } from '../support/checks/dist';
import { all, parseHtml } from '../support/checks/html-tree';

/** dist/_headers as rules: path pattern → header name (lower case) → value. */
function parseHeaders(text: string): Map<string, Map<string, string>> {
  const rules = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      current = new Map();
      rules.set(line.trim(), current);
    } else if (current) {
      const [name, ...value] = line.trim().split(':');
      current.set(name!.trim().toLowerCase(), value.join(':').trim());
    }
  }
  return rules;
}

const rules = parseHeaders(readFileSync(distPath('_headers'), 'utf8'));
const everyFile = rules.get('/*') ?? new Map<string, string>();

describe('the response headers the build writes to dist/_headers', () => {
  it('force HTTPS for two years, subdomains included', () => {
    const hsts = everyFile.get('strict-transport-security') ?? '';
    expect(Number(/max-age=(\d+)/.exec(hsts)?.[1])).toBeGreaterThanOrEqual(31_536_000);
    expect(hsts).toContain('includeSubDomains');
  });

  it('stop content-type sniffing, and turn off camera, microphone and location', () => {
    expect(everyFile.get('x-content-type-options')).toBe('nosniff');
    for (const feature of ['camera=()', 'microphone=()', 'geolocation=()'])
      expect(everyFile.get('permissions-policy')).toContain(feature);
  });

  it('send no referrer at all: other sites must not learn that a visitor read an addiction-treatment site', () => {
    expect(everyFile.get('referrer-policy')).toBe('no-referrer');
  });

  it('carry the full Content-Security-Policy of the pages, with every inline stylesheet’s hash, for every file', () => {
    const hashes = new Set(
      builtPages().flatMap(({ file }) =>
        all(parseHtml(readFileSync(file, 'utf8')), 'meta[http-equiv]').flatMap((meta) =>
          [...String(meta.properties.content).matchAll(/'sha256-[^']+'/g)].map((match) => match[0]),
        ),
      ),
    );
    expect(hashes.size).toBeGreaterThan(0);
    expect(everyFile.get('content-security-policy')).toBe(headerPolicy([...hashes].sort()));
  });

  it('let browsers cache hashed assets for a year', () => {
    const cache = rules.get('/_astro/*')?.get('cache-control') ?? '';
    expect(cache).toContain('immutable');
    expect(Number(/max-age=(\d+)/.exec(cache)?.[1])).toBeGreaterThanOrEqual(31_536_000);
  });

  it('send a missing address in each language to that language’s not-found page', () => {
    const redirects = readFileSync(distPath('_redirects'), 'utf8');
    for (const locale of locales.filter((other) => other !== defaultLocale)) {
      expect(redirects).toContain(`${localeRoot(locale)}*  ${localeRoot(locale)}404/  404`);
    }
    expect(readFileSync(distPath('404.html'), 'utf8')).toContain('<meta name="robots"');
  });

  it('are read the way hosts read them, so a missing rule is noticed', () => {
    const parsed = parseHeaders('/*\n  X-Content-Type-Options: nosniff\n');
    expect(parsed.get('/*')?.get('x-content-type-options')).toBe('nosniff');
    expect(parsed.get('/*')?.get('referrer-policy')).toBeUndefined();
  });
});
