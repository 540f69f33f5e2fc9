import { authoritativeDomains } from './authoritative.ts';

/**
 * The one URL policy of the site, used by the content lint, the link component and the schemas. It is
 * an allowlist, judged on the address as a browser would read it (parsed with URL, so leading spaces
 * and control characters, upper-case schemes and backslashes make no difference):
 *
 * - a link may be a site path (/treatment/, never //host or /\host), an anchor (#steps), or an
 *   https:, tel:, sms: or mailto: address;
 * - an image may only be a site path: nothing loads from another site;
 * - a source cited on a medical page must be https on an authoritative domain (src/lib/authoritative.ts).
 *
 * Each check returns what is wrong and what to write instead, or undefined when the address is fine.
 */
const siteOrigin = 'https://site.invalid';
const linkSchemes = new Set(['https:', 'tel:', 'sms:', 'mailto:']);

function parse(url: string, base?: string): URL | undefined {
  try {
    return new URL(url, base);
  } catch {
    return undefined;
  }
}

/** What a browser drops before reading an address: spaces and control characters. */
// eslint-disable-next-line no-control-regex -- those characters are the point
const leadingIgnored = /^[\u0000-\u0020]+/;

/** A path on this site: starts with / or #, and a browser resolves it on this site, not on another host. */
function isSitePath(url: string): boolean {
  const written = url.replace(leadingIgnored, '');
  return /^[/#]/.test(written) && parse(written, `${siteOrigin}/page/`)?.origin === siteOrigin;
}

export function linkProblem(url: string): string | undefined {
  if (isSitePath(url)) return undefined;
  const parsed = parse(url);
  if (parsed && linkSchemes.has(parsed.protocol) && (parsed.protocol !== 'https:' || parsed.hostname !== ''))
    return undefined;
  if (parsed?.protocol === 'http:')
    return `http: link ${url.trim()} is not allowed: use https:${url.trim().slice('http:'.length)} (check that the address works).`;
  const written = url.replace(leadingIgnored, '');
  if (/^[/\\]{2}/.test(written))
    return `the link ${written} leads to another site without saying how: write it in full as https://…, or use a site path such as /get-help-now/.`;
  const what = parsed ? `${parsed.protocol} links are` : `the address "${written.slice(0, 60)}" is`;
  return `${what} not allowed: link to a site path such as /get-help-now/, an https:// address, or tel:, sms: or mailto:.`;
}

export function imageProblem(url: string): string | undefined {
  return isSitePath(url) && !url.trim().startsWith('#')
    ? undefined
    : `images may only come from this site (a path such as /images/chart.png), not ${url.trim().slice(0, 60)}: nothing may load from other sites.`;
}

export function sourceUrlProblem(url: string): string | undefined {
  const parsed = parse(url);
  if (!parsed || parsed.protocol !== 'https:' || parsed.hostname === '')
    return 'sources[].url must be a full https address, such as https://www.fda.gov/...';
  const host = parsed.hostname;
  return authoritativeDomains.some((domain) => host === domain || host.endsWith(`.${domain}`))
    ? undefined
    : `sources[].url must be on an authoritative domain: ${authoritativeDomains.join(', ')} (see src/lib/authoritative.ts).`;
}
