import { readFileSync, statSync } from 'node:fs';
import { builtFile, builtPages } from './dist';
import { all, attribute, parseHtml } from './html-tree';

/** The elements and attributes whose addresses a page depends on. */
const addressAttributes: Record<string, readonly string[]> = {
  a: ['href'],
  link: ['href'],
  img: ['src', 'srcSet'],
  script: ['src'],
  source: ['src', 'srcSet'],
};

/** Admissions and help lines: + and eleven digits (+1 and a US number), or a short code such as 911 or 988. */
const dialable = /^tel:(\+\d{11}|\d{3})$/;

interface Address {
  tag: string;
  attribute: string;
  /** As written in the page; one candidate of a srcset. */
  value: string;
}

/** The href, src and srcset addresses of a page's links, stylesheets, images and scripts. */
function addressesIn(html: string): Address[] {
  return all(parseHtml(html), Object.keys(addressAttributes).join(', ')).flatMap((element) =>
    addressAttributes[element.tagName]!.flatMap((name) => {
      const value = attribute(element, name);
      if (value === undefined) return [];
      // A srcset lists "address width-or-density" candidates, separated by commas.
      const values =
        name === 'srcSet' ? value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0]!) : [value];
      return values.filter(Boolean).map((one) => ({ tag: element.tagName, attribute: name.toLowerCase(), value: one }));
    }),
  );
}

/** The ids a #fragment can point at. */
function idsIn(html: string): Set<string> {
  return new Set(all(parseHtml(html), '[id]').map((element) => attribute(element, 'id')!));
}

const isFile = (path: string) => statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;

/**
 * Checks every built page of the site in `dist`, never touching the network: each internal link,
 * stylesheet, script and image leads to a built file, each #fragment to an id on its page, each
 * external address is https and each tel: link can be dialled. `siteUrl` is the site's own address:
 * absolute links to it, such as the canonical link, are internal. Returns "page: what is wrong".
 */
export function linkProblems(dist: string, siteUrl: string): string[] {
  const site = new URL(siteUrl);
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    if (!ids.has(file)) ids.set(file, idsIn(readFileSync(file, 'utf8')));
    return ids.get(file)!;
  };

  function problemWith({ tag, attribute, value }: Address, page: string): string | undefined {
    const where = `<${tag} ${attribute}="${value}">`;
    const base = new URL(page, site);
    if (!URL.canParse(value, base)) return `${where} is not a valid address`;
    const url = new URL(value, base);
    switch (url.protocol) {
      case 'tel:':
        return dialable.test(value)
          ? undefined
          : `${where} cannot be dialled: write tel:+ and 11 digits, or a 3-digit code such as tel:988`;
      case 'sms:':
      case 'mailto:':
        return undefined;
      case 'http:':
      case 'https:':
        break;
      default:
        return `${where} uses ${url.protocol} addresses, which this site does not use`;
    }
    if (url.origin !== site.origin) return url.protocol === 'https:' ? undefined : `${where} must use https`;

    const file = builtFile(url.pathname, dist);
    if (!isFile(file)) {
      const withSlash = `${url.pathname}/`;
      return isFile(builtFile(withSlash, dist))
        ? `${where} leads to ${url.pathname}, which was not built; the page is ${withSlash}, with a trailing slash`
        : `${where} leads to ${url.pathname}, which was not built`;
    }
    // Only pages are searched for ids; other files (an SVG sprite, say) have fragments of their own kind.
    const id = decodeURIComponent(url.hash.slice(1));
    if (id && file.endsWith('.html') && !idsOf(file).has(id)) {
      return `${where} points to #${id}, but no element on ${url.pathname} has that id`;
    }
    return undefined;
  }

  return builtPages(dist).flatMap(({ path, file }) => {
    const problems = addressesIn(readFileSync(file, 'utf8')).map((address) => problemWith(address, path));
    // A broken link repeated on a page is one problem.
    return [...new Set(problems)].filter((problem) => problem !== undefined).map((problem) => `${path}: ${problem}`);
  });
}
