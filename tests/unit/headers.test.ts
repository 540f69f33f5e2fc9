import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../scripts/lib/astro';

/** public/_headers as rules: path pattern → header name (lower case) → value. */
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

const rules = parseHeaders(readFileSync(join(projectRoot, 'public/_headers'), 'utf8'));
const everyPage = rules.get('/*') ?? new Map<string, string>();

describe('the response headers in public/_headers', () => {
  it('force HTTPS for two years, subdomains included', () => {
    const hsts = everyPage.get('strict-transport-security') ?? '';
    expect(Number(/max-age=(\d+)/.exec(hsts)?.[1])).toBeGreaterThanOrEqual(31_536_000);
    expect(hsts).toContain('includeSubDomains');
  });

  it('stop content-type sniffing', () => {
    expect(everyPage.get('x-content-type-options')).toBe('nosniff');
  });

  it('send no more than the origin to other sites', () => {
    expect(['strict-origin-when-cross-origin', 'strict-origin', 'same-origin', 'no-referrer']).toContain(
      everyPage.get('referrer-policy'),
    );
  });

  it('turn off camera, microphone and location', () => {
    const policy = everyPage.get('permissions-policy') ?? '';
    for (const feature of ['camera=()', 'microphone=()', 'geolocation=()']) expect(policy).toContain(feature);
  });

  it('refuse to be framed by any site', () => {
    expect(everyPage.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });

  it('let browsers cache hashed assets for a year', () => {
    const cache = rules.get('/_astro/*')?.get('cache-control') ?? '';
    expect(cache).toContain('immutable');
    expect(Number(/max-age=(\d+)/.exec(cache)?.[1])).toBeGreaterThanOrEqual(31_536_000);
  });

  it('reads rules the way hosts do, so a missing rule is noticed', () => {
    const parsed = parseHeaders('/*\n  X-Content-Type-Options: nosniff\n');
    expect(parsed.get('/*')?.get('x-content-type-options')).toBe('nosniff');
    expect(parsed.get('/*')?.get('referrer-policy')).toBeUndefined();
  });
});
